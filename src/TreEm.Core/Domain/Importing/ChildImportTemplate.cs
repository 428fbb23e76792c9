using System.Text;

namespace TreEm.Domain.Importing;

/// <summary>The columns of the children import template.</summary>
public enum ChildColumn
{
    FullName,
    DateOfBirth,
    BirthYear,
    Sex,
    Ethnicity,
    IdentityNumber,
    UnitCode,
    Address,
    Poverty,
    FatherName,
    FatherBirthYear,
    MotherName,
    MotherBirthYear,
    OtherCaregiver,
    Relationship,
    CaregiverPhone,
    Groups,
    AtRisk,
    Disability,
    Notes,
}

/// <summary>One column: its header as the template writes it, what it means, and two example values.</summary>
public sealed record ChildColumnInfo(ChildColumn Column, string Header, bool Required, string Explanation, string Example1, string Example2, string[] Aliases);

/// <summary>
/// The documented spreadsheet layout for importing children: Vietnamese headers in the first row (or below a few
/// title rows), one child a row. Headers are recognised without diacritics, case or punctuation, with a few
/// common variants, and also when the header row itself is in TCVN3 or VNI.
/// </summary>
public static class ChildImportTemplate
{
    public static IReadOnlyList<ChildColumnInfo> Columns { get; } =
    [
        new(ChildColumn.FullName, "Họ và tên", true,
            "Họ và tên đầy đủ của trẻ, có dấu.", "Nguyễn Văn An", "Ksor H'Nhi", ["Họ tên", "Họ tên trẻ", "Họ và tên trẻ", "Tên trẻ"]),
        new(ChildColumn.DateOfBirth, "Ngày sinh (dd/mm/yyyy)", true,
            "Ngày sinh dạng ngày/tháng/năm, ví dụ 17/05/2016. Nếu không rõ ngày, để trống và ghi năm sinh ở cột sau. Trẻ phải dưới 16 tuổi.",
            "17/05/2016", "", ["Ngày tháng năm sinh"]),
        new(ChildColumn.BirthYear, "Năm sinh (nếu không rõ ngày)", false,
            "Năm sinh (ước tính) khi không biết ngày sinh, ví dụ 2014. Bắt buộc khi cột ngày sinh để trống.",
            "", "2014", ["Năm sinh ước tính"]),
        new(ChildColumn.Sex, "Giới tính (Nam/Nữ)", true, "Ghi «Nam» hoặc «Nữ».", "Nam", "Nữ", ["Giới"]),
        new(ChildColumn.Ethnicity, "Mã dân tộc hoặc tên dân tộc", true,
            "Mã dân tộc của Tổng cục Thống kê (01 Kinh … 54 Rơ-măm) hoặc tên dân tộc, ví dụ «Kinh», «Gia-rai», «Ba-na».",
            "01", "Gia-rai", ["Dân tộc", "Mã dân tộc", "Tên dân tộc"]),
        new(ChildColumn.IdentityNumber, "Số định danh", false,
            "Số định danh cá nhân (12 chữ số) nếu có. Nên định dạng ô là văn bản để Excel không bỏ số 0 ở đầu. Trẻ đã có trong sổ với cùng số định danh sẽ được cập nhật.",
            "", "064214000123", ["Số định danh cá nhân", "Mã định danh", "CCCD", "Số CCCD"]),
        new(ChildColumn.UnitCode, "Mã đơn vị (thôn hoặc xã)", true,
            "Mã thôn, làng (ví dụ 23944-01) hoặc mã xã (ví dụ 23944) nơi trẻ đang sinh sống; phải thuộc phạm vi bạn quản lý.",
            "23944-01", "23944-02", ["Mã đơn vị", "Mã thôn", "Mã xã", "Mã ĐVHC"]),
        new(ChildColumn.Address, "Địa chỉ", false, "Địa chỉ chi tiết (số nhà, xóm…).", "Làng Tiêm, xã Ia Tiêm", "", ["Nơi ở", "Địa chỉ cư trú"]),
        new(ChildColumn.Poverty, "Hộ nghèo (Nghèo/Cận nghèo/Không)", false,
            "Tình trạng hộ gia đình: «Nghèo», «Cận nghèo» hoặc «Không». Để trống là «Không».", "Nghèo", "Cận nghèo", ["Hộ nghèo", "Hộ nghèo, cận nghèo"]),
        new(ChildColumn.FatherName, "Họ tên cha", false, "Họ và tên cha (nếu có).", "Nguyễn Văn Bình", "", ["Họ và tên cha", "Tên cha"]),
        new(ChildColumn.FatherBirthYear, "Năm sinh cha", false, "Năm sinh của cha, ví dụ 1988.", "1988", "", []),
        new(ChildColumn.MotherName, "Họ tên mẹ", false, "Họ và tên mẹ (nếu có).", "Trần Thị Cúc", "Ksor H'Lan", ["Họ và tên mẹ", "Tên mẹ"]),
        new(ChildColumn.MotherBirthYear, "Năm sinh mẹ", false, "Năm sinh của mẹ, ví dụ 1990.", "1990", "1993", []),
        new(ChildColumn.OtherCaregiver, "Người chăm sóc khác", false,
            "Họ tên người chăm sóc khác (ông, bà, người thân, gia đình nhận chăm sóc thay thế). Nếu có, đây là người chăm sóc chính.",
            "", "Rơ Châm H'Mai", ["Họ tên người chăm sóc khác", "Người chăm sóc"]),
        new(ChildColumn.Relationship, "Quan hệ", false, "Quan hệ của người chăm sóc khác với trẻ, ví dụ «Bà ngoại».", "", "Bà ngoại", ["Quan hệ với trẻ"]),
        new(ChildColumn.CaregiverPhone, "SĐT người chăm sóc", false,
            "Số điện thoại của người chăm sóc chính: người chăm sóc khác nếu có, nếu không thì mẹ, nếu không thì cha.",
            "0912345678", "0987654321", ["Số điện thoại", "Điện thoại", "SĐT"]),
        new(ChildColumn.Groups, "Nhóm HCĐB (chữ cái, cách nhau dấu phẩy)", false,
            "Các nhóm trẻ em có hoàn cảnh đặc biệt theo Điều 10 Luật Trẻ em 2016, ghi chữ cái a, b, c, d, đ, e, g, h, i, k, l, m, n, o (có thể ghi nhóm con, ví dụ a.3), cách nhau dấu phẩy. Ngày bắt đầu là ngày nhập.",
            "", "d", ["Nhóm HCĐB", "Nhóm hoàn cảnh đặc biệt", "Hoàn cảnh đặc biệt"]),
        new(ChildColumn.AtRisk, "Nhóm nguy cơ (mã)", false,
            "Mã các tình huống có nguy cơ rơi vào hoàn cảnh đặc biệt (ví dụ NC01, NC05), cách nhau dấu phẩy; xem danh mục ở trang nhập.",
            "NC01", "", ["Nhóm nguy cơ", "Nguy cơ", "Mã nguy cơ"]),
        new(ChildColumn.Disability, "Khuyết tật (có/không)", false,
            "«Có» hoặc «Không»; có thể ghi dạng khuyết tật: vận động, nghe nói, nhìn, thần kinh tâm thần, trí tuệ, khác.", "Không", "Có", ["Khuyết tật", "Dạng khuyết tật"]),
        new(ChildColumn.Notes, "Ghi chú", false, "Ghi chú thêm (tối đa 2000 ký tự).", "", "Đang học lớp 2", []),
    ];

    private static readonly Dictionary<ChildColumn, ChildColumnInfo> ByColumn = Columns.ToDictionary(c => c.Column);

    private static readonly Dictionary<string, ChildColumn> ByKey = BuildKeys();

    private static Dictionary<string, ChildColumn> BuildKeys()
    {
        var keys = new Dictionary<string, ChildColumn>(StringComparer.Ordinal);
        foreach (var c in Columns)
        {
            keys.TryAdd(Key(c.Header), c.Column);
            foreach (var alias in c.Aliases) keys.TryAdd(Key(alias), c.Column);
        }
        return keys;
    }

    public static ChildColumnInfo Info(ChildColumn column) => ByColumn[column];

    public static string Header(ChildColumn column) => ByColumn[column].Header;

    /// <summary>The comparison form of a header: no diacritics, no case, no parenthesised hint, letters and digits only.</summary>
    public static string Key(string header)
    {
        var text = header;
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) text = text[..paren];
        var n = VietnameseText.Normalize(text);
        var sb = new StringBuilder(n.Length);
        foreach (var c in n) if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>The template column a header names, or null; headers typed in a legacy encoding are recognised too.</summary>
    public static ChildColumn? Match(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        if (ByKey.TryGetValue(Key(header), out var column)) return column;
        if (!LegacyVietnamese.MayBeLegacy(header)) return null;
        foreach (var encoding in Enum.GetValues<LegacyEncoding>())
            if (ByKey.TryGetValue(Key(LegacyVietnamese.ToUnicode(header, encoding)), out column)) return column;
        return null;
    }

    /// <summary>Whether a column must be filled, as the guides say it: the date of birth or the birth year is needed.</summary>
    public static string RequiredText(ChildColumnInfo column) => column.Column switch
    {
        ChildColumn.DateOfBirth => "Có (hoặc năm sinh)",
        ChildColumn.BirthYear => "Khi không rõ ngày sinh",
        _ => column.Required ? "Có" : "Không",
    };

    /// <summary>The headers the file must have; the date of birth or the birth year (at least one).</summary>
    public static IReadOnlyList<ChildColumn> RequiredColumns { get; } =
        [ChildColumn.FullName, ChildColumn.Sex, ChildColumn.Ethnicity, ChildColumn.UnitCode];

    /// <summary>The required headers that a header row lacks (as the template writes them); empty when complete.</summary>
    public static List<string> MissingHeaders(IReadOnlyCollection<ChildColumn> present)
    {
        var missing = RequiredColumns.Where(c => !present.Contains(c)).Select(Header).ToList();
        if (!present.Contains(ChildColumn.DateOfBirth) && !present.Contains(ChildColumn.BirthYear))
            missing.Insert(Math.Min(1, missing.Count), $"{Header(ChildColumn.DateOfBirth)} hoặc {Header(ChildColumn.BirthYear)}");
        return missing;
    }

    /// <summary>How well a row looks like the template's header row: the number of distinct columns it names.</summary>
    public static int HeaderScore(IEnumerable<string> cells) =>
        cells.Select(Match).OfType<ChildColumn>().Distinct().Count();
}
