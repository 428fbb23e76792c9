using System.Globalization;
using TreEm.Domain.Children;

namespace TreEm.Domain.Importing;

/// <summary>A problem with one cell (or one row) of an imported file. Rows are numbered as Excel shows them.</summary>
public sealed record ImportFinding(int Row, string Column, string Reason, string? Value = null);

/// <summary>The catalogue codes a row is checked against.</summary>
public sealed class ChildImportCatalogues
{
    // Names in use besides the official ones (the Jrai and Bahnar of Gia Lai, older spellings). Declared first:
    // static fields initialise in order, and Standard below needs it.
    private static readonly (string Alias, string Code)[] EthnicityAliases =
    [
        ("Việt", "01"), ("Jrai", "10"), ("Gia Lai", "10"), ("Bahnar", "13"), ("Bana", "13"), ("Khmer", "05"),
        ("Hmông", "08"), ("H'Mông", "08"), ("Mèo", "08"), ("Ê Đê", "12"), ("Ede", "12"), ("Xê Đăng", "14"),
        ("Sedang", "14"), ("Thái", "03"), ("Mơ Nông", "20"), ("Giẻ Triêng", "27"), ("Bru Vân Kiều", "23"),
    ];

    public ChildImportCatalogues(IEnumerable<(string Code, string Name)> ethnicities, IEnumerable<string> groups,
        IEnumerable<(string Code, string Group)> subgroups, IEnumerable<string> atRisk)
    {
        foreach (var (code, name) in ethnicities)
        {
            EthnicityCodes.Add(code);
            EthnicityByName.TryAdd(NameKey(name), code);
        }
        foreach (var (alias, code) in EthnicityAliases)
            if (EthnicityCodes.Contains(code)) EthnicityByName.TryAdd(NameKey(alias), code);
        Groups = groups.ToHashSet(StringComparer.Ordinal);
        Subgroups = subgroups.ToDictionary(s => s.Code, s => s.Group, StringComparer.Ordinal);
        AtRisk = atRisk.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public HashSet<string> EthnicityCodes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> EthnicityByName { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Groups { get; }
    public Dictionary<string, string> Subgroups { get; }
    public HashSet<string> AtRisk { get; }

    /// <summary>The catalogues as the migrations load them (for tests and tools without a database).</summary>
    public static ChildImportCatalogues Standard { get; } = new(
        CatalogueData.Ethnicities, CatalogueData.Groups.Select(g => g.Code),
        CatalogueData.Subgroups.Select(s => (s.Code, s.Group)), CatalogueData.AtRisk.Select(a => a.Code));

    public static string NameKey(string name) =>
        new(VietnameseText.Normalize(name).Where(char.IsAsciiLetterOrDigit).ToArray());
}

/// <summary>One row of the file read into the fields of a child's record, with the problems of each cell.</summary>
public sealed class MappedChildRow
{
    public int Row { get; init; }
    public List<ImportFinding> Errors { get; } = [];

    public string FullName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public int? BirthYear { get; set; }
    public Sex? Sex { get; set; }
    public string? EthnicityCode { get; set; }
    public string? IdentityNumber { get; set; }
    public string UnitCode { get; set; } = "";
    public string? Address { get; set; }
    public PovertyStatus? Poverty { get; set; }
    public CaregiverDraft? Father { get; set; }
    public CaregiverDraft? Mother { get; set; }
    public CaregiverDraft? Other { get; set; }
    public string? Phone { get; set; }

    /// <summary>"Có" without a type: the record keeps its type, or gets "other".</summary>
    public bool DisabilityYes { get; set; }
    public DisabilityType? DisabilityType { get; set; }

    /// <summary>"Không": the record has no disability.</summary>
    public bool DisabilityNo { get; set; }
    public string? Notes { get; set; }
    public List<(string Group, string? Subgroup)> Groups { get; } = [];
    public List<string> AtRisk { get; } = [];

    public bool HasErrors => Errors.Count > 0;

    public void AddError(ChildColumn column, string reason, string? value = null) =>
        Errors.Add(new ImportFinding(Row, ChildImportTemplate.Header(column), reason, value));

    /// <summary>The record a new child gets from the row.</summary>
    public ChildDraft ToDraft()
    {
        var draft = new ChildDraft
        {
            FullName = FullName,
            DateOfBirth = DateOfBirth,
            EstimatedBirthYear = DateOfBirth is null ? BirthYear : null,
            Sex = Sex,
            EthnicityCode = EthnicityCode,
            IdentityNumber = IdentityNumber,
            UnitCode = UnitCode,
            Address = Address,
            Poverty = Poverty ?? PovertyStatus.Khong,
            DisabilityType = DisabilityType ?? (DisabilityYes ? Children.DisabilityType.Khac : null),
            Notes = Notes,
        };
        foreach (var g in new[] { Father, Mother, Other }.OfType<CaregiverDraft>())
            draft.Caregivers.Add(Copy(g));
        var main = MainOf(draft.Caregivers);
        if (main is not null)
        {
            main.IsMainCaregiver = true;
            if (Phone is not null) main.Phone = Phone;
        }
        return draft;
    }

    /// <summary>
    /// The record an existing child gets: the row's non-empty cells over what the register holds. Empty optional
    /// cells keep the register's values; a caregiver named in the row replaces the one of the same relation.
    /// </summary>
    public ChildDraft OverlayOn(ChildDraft existing)
    {
        var d = existing;
        d.FullName = FullName;
        if (DateOfBirth is not null)
        {
            d.DateOfBirth = DateOfBirth;
            d.EstimatedBirthYear = null;
        }
        else if (BirthYear is not null)
        {
            d.DateOfBirth = null;
            d.EstimatedBirthYear = BirthYear;
        }
        d.Sex = Sex ?? d.Sex;
        d.EthnicityCode = EthnicityCode ?? d.EthnicityCode;
        if (!string.IsNullOrWhiteSpace(IdentityNumber)) d.IdentityNumber = IdentityNumber;
        d.UnitCode = UnitCode;
        if (!string.IsNullOrWhiteSpace(Address)) d.Address = Address;
        if (Poverty is not null) d.Poverty = Poverty.Value;
        if (DisabilityType is not null) d.DisabilityType = DisabilityType;
        else if (DisabilityYes) d.DisabilityType ??= Children.DisabilityType.Khac;
        else if (DisabilityNo)
        {
            d.DisabilityType = null;
            d.DisabilitySeverity = null;
        }
        if (!string.IsNullOrWhiteSpace(Notes)) d.Notes = Notes;

        var changedCaregivers = false;
        foreach (var (relation, row) in new[] { (CaregiverRelation.Cha, Father), (CaregiverRelation.Me, Mother), (CaregiverRelation.Khac, Other) })
        {
            if (row is null) continue;
            changedCaregivers = true;
            var current = d.Caregivers.Find(g => g.Relation == relation);
            if (current is null)
            {
                d.Caregivers.Add(Copy(row));
                continue;
            }
            if (VietnameseText.Normalize(current.FullName) != VietnameseText.Normalize(row.FullName))
            {
                // Another person: nothing of the former one is kept but their place as main caregiver.
                current.FullName = row.FullName;
                current.BirthYear = row.BirthYear;
                current.RelationshipText = row.RelationshipText;
                current.Phone = null;
                continue;
            }
            current.FullName = row.FullName;
            if (row.BirthYear is not null) current.BirthYear = row.BirthYear;
            if (!string.IsNullOrWhiteSpace(row.RelationshipText)) current.RelationshipText = row.RelationshipText;
        }
        var main = d.Caregivers.Find(g => g.IsMainCaregiver);
        if (main is null && changedCaregivers)
        {
            main = MainOf(d.Caregivers);
            if (main is not null) main.IsMainCaregiver = true;
        }
        if (Phone is not null && (main ?? MainOf(d.Caregivers)) is { } target) target.Phone = Phone;
        return d;
    }

    private static CaregiverDraft? MainOf(List<CaregiverDraft> caregivers) =>
        caregivers.Find(g => g.Relation == CaregiverRelation.Khac)
        ?? caregivers.Find(g => g.Relation == CaregiverRelation.Me)
        ?? caregivers.Find(g => g.Relation == CaregiverRelation.Cha);

    private static CaregiverDraft Copy(CaregiverDraft g) => new()
    {
        Relation = g.Relation, FullName = g.FullName, BirthYear = g.BirthYear, Phone = g.Phone,
        RelationshipText = g.RelationshipText, IsMainCaregiver = g.IsMainCaregiver,
    };

    /// <summary>The template column of a field named by <see cref="ChildDraft.Validate"/>.</summary>
    public string ColumnOf(string field, ChildDraft draft)
    {
        if (field.StartsWith("Caregivers[", StringComparison.Ordinal))
        {
            var end = field.IndexOf(']', StringComparison.Ordinal);
            var index = int.Parse(field[11..end], CultureInfo.InvariantCulture);
            var relation = index < draft.Caregivers.Count ? draft.Caregivers[index].Relation : CaregiverRelation.Khac;
            var property = field[(end + 2)..];
            return ChildImportTemplate.Header(property switch
            {
                nameof(CaregiverDraft.BirthYear) => relation switch
                {
                    CaregiverRelation.Cha => ChildColumn.FatherBirthYear,
                    CaregiverRelation.Me => ChildColumn.MotherBirthYear,
                    _ => ChildColumn.OtherCaregiver,
                },
                nameof(CaregiverDraft.Phone) => ChildColumn.CaregiverPhone,
                _ => relation switch
                {
                    CaregiverRelation.Cha => ChildColumn.FatherName,
                    CaregiverRelation.Me => ChildColumn.MotherName,
                    _ => ChildColumn.OtherCaregiver,
                },
            });
        }
        return ChildImportTemplate.Header(field switch
        {
            nameof(ChildDraft.FullName) => ChildColumn.FullName,
            nameof(ChildDraft.DateOfBirth) => ChildColumn.DateOfBirth,
            nameof(ChildDraft.EstimatedBirthYear) => BirthYear is null && DateOfBirth is null ? ChildColumn.DateOfBirth : ChildColumn.BirthYear,
            nameof(ChildDraft.Sex) => ChildColumn.Sex,
            nameof(ChildDraft.EthnicityCode) => ChildColumn.Ethnicity,
            nameof(ChildDraft.IdentityNumber) => ChildColumn.IdentityNumber,
            nameof(ChildDraft.UnitCode) => ChildColumn.UnitCode,
            nameof(ChildDraft.Address) => ChildColumn.Address,
            nameof(ChildDraft.Notes) => ChildColumn.Notes,
            nameof(ChildDraft.DisabilityType) => ChildColumn.Disability,
            nameof(ChildDraft.Caregivers) => ChildColumn.OtherCaregiver,
            _ => ChildColumn.FullName,
        });
    }

    /// <summary>Adds the draft's validation messages, except on columns that already have a problem.</summary>
    public void AddValidation(ChildDraft draft, DateOnly today, Func<string, bool> ethnicityExists)
    {
        var flagged = Errors.Select(e => e.Column).ToHashSet(StringComparer.Ordinal);
        foreach (var (field, message) in draft.Validate(today, ethnicityExists))
        {
            var column = ColumnOf(field, draft);
            if (flagged.Add(column)) Errors.Add(new ImportFinding(Row, column, message));
        }
    }
}

/// <summary>Reads the cells of one row (already in Unicode) into a <see cref="MappedChildRow"/>.</summary>
public sealed class ChildRowMapper(ChildImportCatalogues catalogues)
{
    private static readonly string[] DateFormats =
        ["dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "d-M-yyyy", "dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    public ChildImportCatalogues Catalogues => catalogues;

    public MappedChildRow Map(int row, IReadOnlyDictionary<ChildColumn, string> cells)
    {
        var m = new MappedChildRow { Row = row };
        string Cell(ChildColumn c) => cells.TryGetValue(c, out var v) ? VietnameseText.Clean(v) : "";
        void Error(ChildColumn c, string reason) =>
            m.Errors.Add(new ImportFinding(row, ChildImportTemplate.Header(c), reason, Cell(c) is { Length: > 0 } v ? Truncate(v) : null));

        m.FullName = Cell(ChildColumn.FullName);

        var dob = Cell(ChildColumn.DateOfBirth);
        if (dob.Length > 0)
        {
            if (ParseDate(dob) is { } d) m.DateOfBirth = d;
            else if (dob.Length == 4 && dob.All(char.IsAsciiDigit))
                Error(ChildColumn.DateOfBirth, $"Ngày sinh «{dob}» không đúng dạng ngày/tháng/năm (dd/mm/yyyy). Nếu chỉ biết năm sinh, hãy ghi vào cột «{ChildImportTemplate.Header(ChildColumn.BirthYear)}».");
            else Error(ChildColumn.DateOfBirth, $"Ngày sinh «{dob}» không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 17/05/2016.");
        }
        var year = Cell(ChildColumn.BirthYear);
        if (year.Length > 0)
        {
            if (ParseYear(year) is { } y)
            {
                m.BirthYear = y;
                if (m.DateOfBirth is { } known && known.Year != y)
                    Error(ChildColumn.BirthYear, $"Năm sinh {y} không khớp với ngày sinh {known:dd/MM/yyyy}.");
            }
            else Error(ChildColumn.BirthYear, $"Năm sinh «{year}» không hợp lệ: cần 4 chữ số, ví dụ 2014.");
        }

        var sex = Cell(ChildColumn.Sex);
        if (sex.Length > 0)
        {
            m.Sex = VietnameseText.Normalize(sex) switch
            {
                "nam" or "trai" or "be trai" or "male" or "m" => Sex.Nam,
                "nu" or "gai" or "be gai" or "female" or "f" => Sex.Nu,
                _ => null,
            };
            if (m.Sex is null) Error(ChildColumn.Sex, $"Giới tính «{sex}» không hợp lệ: ghi «Nam» hoặc «Nữ».");
        }

        var ethnicity = Cell(ChildColumn.Ethnicity);
        if (ethnicity.Length > 0)
        {
            m.EthnicityCode = EthnicityCode(ethnicity);
            if (m.EthnicityCode is null)
                Error(ChildColumn.Ethnicity, $"Không có dân tộc «{ethnicity}» trong danh mục 54 dân tộc: ghi mã 01–54 hoặc tên, ví dụ «Kinh», «Gia-rai», «Ba-na».");
        }

        var id = Cell(ChildColumn.IdentityNumber).Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        // Excel drops the leading zero of a number typed in a number cell; personal numbers start with the 0 of a
        // province code.
        if (id.Length == 11 && id.All(char.IsAsciiDigit)) id = "0" + id;
        m.IdentityNumber = id.Length == 0 ? null : id;

        m.UnitCode = Cell(ChildColumn.UnitCode);
        m.Address = NullIfEmpty(Cell(ChildColumn.Address));

        var poverty = Cell(ChildColumn.Poverty);
        if (poverty.Length > 0)
        {
            m.Poverty = VietnameseText.Normalize(poverty) switch
            {
                "ngheo" or "ho ngheo" => PovertyStatus.Ngheo,
                "can ngheo" or "ho can ngheo" => PovertyStatus.CanNgheo,
                "khong" or "0" or "khong ngheo" or "binh thuong" => PovertyStatus.Khong,
                _ => null,
            };
            if (m.Poverty is null) Error(ChildColumn.Poverty, $"«{poverty}» không hợp lệ: ghi «Nghèo», «Cận nghèo» hoặc «Không».");
        }

        m.Father = Caregiver(CaregiverRelation.Cha, ChildColumn.FatherName, ChildColumn.FatherBirthYear, null);
        m.Mother = Caregiver(CaregiverRelation.Me, ChildColumn.MotherName, ChildColumn.MotherBirthYear, null);
        m.Other = Caregiver(CaregiverRelation.Khac, ChildColumn.OtherCaregiver, null, ChildColumn.Relationship);

        var phone = Cell(ChildColumn.CaregiverPhone);
        if (phone.Length > 0)
        {
            // A number cell loses the leading 0 of a mobile number (912345678).
            if (phone.Length == 9 && phone.All(char.IsAsciiDigit) && phone[0] != '0') phone = "0" + phone;
            if (phone.Length > 20) Error(ChildColumn.CaregiverPhone, "Số điện thoại dài quá 20 ký tự.");
            else if (m.Father is null && m.Mother is null && m.Other is null)
                Error(ChildColumn.CaregiverPhone, "Có số điện thoại nhưng không có tên cha, mẹ hay người chăm sóc khác.");
            else m.Phone = phone;
        }

        ReadGroups(m, Cell(ChildColumn.Groups), Error);
        ReadAtRisk(m, Cell(ChildColumn.AtRisk), Error);

        var disability = Cell(ChildColumn.Disability);
        if (disability.Length > 0)
        {
            var key = VietnameseText.Normalize(disability);
            if (key is "co" or "x" or "1") m.DisabilityYes = true;
            else if (key is "khong" or "0") m.DisabilityNo = true;
            else if (DisabilityOf(key) is { } type) m.DisabilityType = type;
            else Error(ChildColumn.Disability, $"«{disability}» không hợp lệ: ghi «Có», «Không» hoặc dạng khuyết tật (vận động, nghe nói, nhìn, thần kinh tâm thần, trí tuệ, khác).");
        }
        m.Notes = NullIfEmpty(Cell(ChildColumn.Notes));
        return m;

        CaregiverDraft? Caregiver(CaregiverRelation relation, ChildColumn nameColumn, ChildColumn? yearColumn, ChildColumn? relationColumn)
        {
            var name = Cell(nameColumn);
            var yearText = yearColumn is { } yc ? Cell(yc) : "";
            int? born = null;
            if (yearText.Length > 0)
            {
                born = ParseYear(yearText);
                if (born is null) Error(yearColumn!.Value, $"Năm sinh «{yearText}» không hợp lệ: cần 4 chữ số, ví dụ 1988.");
            }
            if (name.Length == 0)
            {
                if (yearText.Length > 0 && born is not null)
                    Error(nameColumn, $"Có năm sinh nhưng thiếu «{ChildImportTemplate.Header(nameColumn)}».");
                return null;
            }
            if (name.Length > 200) Error(nameColumn, "Họ tên dài quá 200 ký tự.");
            var relationText = relationColumn is { } rc ? NullIfEmpty(Cell(rc)) : null;
            if (relationText is { Length: > 100 }) Error(relationColumn!.Value, "Quan hệ dài quá 100 ký tự.");
            return new CaregiverDraft { Relation = relation, FullName = name, BirthYear = born, RelationshipText = relationText };
        }
    }

    private string? EthnicityCode(string text)
    {
        var t = text.Trim();
        if (t.All(char.IsAsciiDigit) && t.Length is 1 or 2)
        {
            var code = t.PadLeft(2, '0');
            return catalogues.EthnicityCodes.Contains(code) ? code : null;
        }
        return catalogues.EthnicityByName.TryGetValue(ChildImportCatalogues.NameKey(t), out var byName) ? byName : null;
    }

    private void ReadGroups(MappedChildRow m, string text, Action<ChildColumn, string> error)
    {
        foreach (var token in Tokens(text))
        {
            var t = token.ToLowerInvariant();
            if (t == "dd") t = "đ";
            if (catalogues.Subgroups.TryGetValue(t, out var group)) AddGroup(m, group, t);
            else if (catalogues.Groups.Contains(t)) AddGroup(m, t, null);
            else error(ChildColumn.Groups, $"Nhóm «{token}» không có trong 14 nhóm trẻ em có hoàn cảnh đặc biệt (a, b, c, d, đ, e, g, h, i, k, l, m, n, o).");
        }
    }

    private static void AddGroup(MappedChildRow m, string group, string? subgroup)
    {
        if (m.Groups.Any(g => g.Group == group)) return;
        m.Groups.Add((group, subgroup));
    }

    private void ReadAtRisk(MappedChildRow m, string text, Action<ChildColumn, string> error)
    {
        foreach (var token in Tokens(text))
        {
            var code = token.ToUpperInvariant();
            if (!catalogues.AtRisk.Contains(code))
                error(ChildColumn.AtRisk, $"Không có mã nguy cơ «{token}» trong danh mục (ví dụ NC01).");
            else if (!m.AtRisk.Contains(code, StringComparer.OrdinalIgnoreCase)) m.AtRisk.Add(code);
        }
    }

    private static string[] Tokens(string text) =>
        text.Split([',', ';', ' ', '/', '\n', '\t', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DisabilityType? DisabilityOf(string key) => key.Replace("khuyet tat", "", StringComparison.Ordinal).Replace(",", " ", StringComparison.Ordinal).Trim() switch
    {
        "van dong" => Children.DisabilityType.VanDong,
        "nghe noi" or "nghe  noi" or "nghe" or "noi" => Children.DisabilityType.NgheNoi,
        "nhin" => Children.DisabilityType.Nhin,
        "than kinh tam than" or "than kinh" or "tam than" or "than kinh  tam than" => Children.DisabilityType.ThanKinhTamThan,
        "tri tue" => Children.DisabilityType.TriTue,
        "khac" => Children.DisabilityType.Khac,
        _ => null,
    };

    /// <summary>dd/mm/yyyy and its usual variants, or an Excel serial day number (a date cell read without its format).</summary>
    public static DateOnly? ParseDate(string text)
    {
        var t = text.Trim();
        if (DateOnly.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (t.Length == 5 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial > 0)
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        return null;
    }

    private static int? ParseYear(string text) =>
        text.Trim().Length == 4 && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y > 1900 ? y : null;

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Truncate(string s) => s.Length > 100 ? s[..100] + "…" : s;
}
