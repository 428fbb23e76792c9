using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TreEm.Data.Indicators;
using TreEm.Domain.Activities;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Domain.Support;

namespace TreEm.Domain.Reports;

/// <summary>
/// One row of an appendix layout: its level (0 a main line, 1 a breakdown under it, 2 deeper), the label printed in
/// "Chỉ tiêu", and the figure it shows (indicator code and key: "" for the total, otherwise "dimension:key"). A row
/// without a code is a heading and shows no figure.
/// </summary>
public sealed record AppendixRow(
    [property: JsonPropertyName("level")] int Level,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("key")] string Key)
{
    [JsonIgnore]
    public bool IsHeading => string.IsNullOrEmpty(Code);
}

/// <summary>A line of the text form that was refused, with its 1-based number.</summary>
public sealed record AppendixRowError(int Line, string Message);

/// <summary>
/// The rows of an appendix layout (<see cref="AppendixLayout.RowsJson"/>): read and written as JSON, edited as text
/// (one row per line, <c>level | label | code | key</c>), validated against the indicator catalogue, and the four
/// default layouts every installation starts with (SPEC §3.8).
/// </summary>
public static class AppendixRows
{
    public const int MaxLevel = 2;
    public const int MaxLabelLength = 300;

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The rows of <paramref name="json"/>; an unreadable value gives no rows.</summary>
    public static IReadOnlyList<AppendixRow> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return [];
        try
        {
            return (JsonSerializer.Deserialize<List<AppendixRow>>(json, Json) ?? [])
                .Select(r => r with { Label = r.Label ?? "", Key = r.Key ?? "" }).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string Serialize(IEnumerable<AppendixRow> rows) => JsonSerializer.Serialize(rows.ToList(), Json);

    /// <summary>The text form: one row per line, <c>level | label | code | key</c> (code and key empty for a heading).</summary>
    public static string ToText(IEnumerable<AppendixRow> rows)
    {
        var sb = new StringBuilder();
        foreach (var r in rows)
        {
            sb.Append(r.Level.ToString(CultureInfo.InvariantCulture)).Append(" | ").Append(r.Label).Append(" | ")
                .Append(r.Code ?? "").Append(" | ").Append(r.Key);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// Reads the text form. Blank lines are skipped; every other line must be <c>level | label</c> (a heading) or
    /// <c>level | label | code</c> or <c>level | label | code | key</c>, with a known indicator code and a key of one
    /// of its breakdowns. The errors name the line.
    /// </summary>
    public static (List<AppendixRow> Rows, List<AppendixRowError> Errors) ParseText(string? text)
    {
        var rows = new List<AppendixRow>();
        var errors = new List<AppendixRowError>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var n = i + 1;
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            if (parts.Length is < 2 or > 4)
            {
                errors.Add(new(n, $"Dòng {n}: cần dạng “cấp | tên chỉ tiêu | mã chỉ tiêu | khóa”."));
                continue;
            }
            if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level > MaxLevel)
            {
                errors.Add(new(n, $"Dòng {n}: cấp phải là 0, 1 hoặc 2."));
                continue;
            }
            var row = new AppendixRow(level, parts[1], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null,
                parts.Length > 3 ? parts[3] : "");
            if (Check(row) is { } message) errors.Add(new(n, $"Dòng {n}: {message}"));
            else rows.Add(row.Code is null ? row : row with { Code = IndicatorCatalogue.Find(row.Code)!.Code });
        }
        if (errors.Count == 0 && rows.Count == 0) errors.Add(new(0, "Phụ lục cần ít nhất một dòng."));
        return (rows, errors);
    }

    /// <summary>Why a row is not valid, or null.</summary>
    public static string? Check(AppendixRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Level is < 0 or > MaxLevel) return "cấp phải là 0, 1 hoặc 2.";
        if (string.IsNullOrWhiteSpace(row.Label)) return "thiếu tên chỉ tiêu.";
        if (row.Label.Length > MaxLabelLength) return $"tên chỉ tiêu dài quá {MaxLabelLength} ký tự.";
        if (row.Code is null)
            return row.Key.Length == 0 ? null : "dòng tiêu đề (không có mã chỉ tiêu) không có khóa.";
        var definition = IndicatorCatalogue.Find(row.Code);
        if (definition is null) return $"mã chỉ tiêu “{row.Code}” không có trong danh mục.";
        if (row.Key.Length == 0) return null;
        var colon = row.Key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == row.Key.Length - 1)
            return $"khóa “{row.Key}” phải có dạng “chiều:giá trị” (ví dụ “sex:Nu”).";
        var dimension = row.Key[..colon];
        if (!definition.Breakdowns.Contains(dimension, StringComparer.Ordinal))
            return $"chỉ tiêu {definition.Code} không chia theo “{dimension}” (chỉ theo: {(definition.Breakdowns.Count == 0 ? "không có" : string.Join(", ", definition.Breakdowns))}).";
        return null;
    }

    // ---- The default layouts (SPEC §3.8) ---------------------------------------------------------------------------

    private static AppendixRow R(int level, string label, string? code, string key = "") => new(level, label, code, key);

    private static List<AppendixRow> Appendix1()
    {
        var rows = new List<AppendixRow>
        {
            R(0, "Tổng số trẻ em dưới 16 tuổi", "TE_SO_TRE"),
            R(1, "Trẻ em nam", "TE_SO_TRE", "sex:Nam"),
            R(1, "Trẻ em nữ", "TE_SO_TRE", "sex:Nu"),
            R(0, "Trẻ em người dân tộc thiểu số", "TE_DTTS"),
            R(0, "Trẻ em có hoàn cảnh đặc biệt", "HCDB_SO_TRE"),
            R(1, "Trẻ em nữ", "HCDB_SO_TRE", "sex:Nu"),
        };
        rows.AddRange(CatalogueData.Groups.Select(g => R(1, $"{g.Code}) {g.Name}", "HCDB_SO_TRE", "group:" + g.Code)));
        rows.Add(R(0, "Trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", "NGUY_CO_SO_TRE"));
        rows.Add(R(0, "Trẻ em khuyết tật", "TE_KHUYET_TAT"));
        return rows;
    }

    private static readonly (AbuseForm Form, string Label)[] AbuseForms =
    [
        (AbuseForm.BaoLuc, "Bạo lực"), (AbuseForm.BocLot, "Bóc lột"), (AbuseForm.XamHaiTinhDuc, "Xâm hại tình dục"),
        (AbuseForm.MuaBan, "Mua bán"), (AbuseForm.BoRoi, "Bỏ rơi"), (AbuseForm.BoMac, "Bỏ mặc"), (AbuseForm.Khac, "Hình thức khác"),
    ];

    private static readonly (InjuryKind Kind, string Label)[] InjuryKinds =
    [
        (InjuryKind.DuoiNuoc, "Đuối nước"), (InjuryKind.GiaoThong, "Tai nạn giao thông"), (InjuryKind.Bong, "Bỏng"),
        (InjuryKind.NgaTeNga, "Ngã"), (InjuryKind.DienGiat, "Điện giật"), (InjuryKind.NgoDoc, "Ngộ độc"),
        (InjuryKind.VatNuoiCan, "Động vật cắn"), (InjuryKind.Khac, "Nguyên nhân khác"),
    ];

    private static List<AppendixRow> Appendix2()
    {
        var rows = new List<AppendixRow>
        {
            R(0, "Số vụ việc xâm hại trẻ em", "VU_VIEC_SO"),
            R(0, "Số trẻ em bị xâm hại", "TE_BI_XAM_HAI"),
            R(1, "Trẻ em nam", "TE_BI_XAM_HAI", "sex:Nam"),
            R(1, "Trẻ em nữ", "TE_BI_XAM_HAI", "sex:Nu"),
        };
        rows.AddRange(AbuseForms.Select(f => R(1, f.Label, "TE_BI_XAM_HAI", "form:" + f.Form)));
        rows.Add(R(0, "Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", "XAM_HAI_KIP_THOI_PT"));
        rows.Add(R(0, "Số trẻ em bị tai nạn, thương tích", "TNTT_SO"));
        rows.AddRange(InjuryKinds.Select(k => R(1, k.Label, "TNTT_SO", "kind:" + k.Kind)));
        rows.Add(R(0, "Số trẻ em tử vong do tai nạn, thương tích", "TNTT_TU_VONG"));
        rows.AddRange(InjuryKinds.Select(k => R(1, k.Label, "TNTT_TU_VONG", "kind:" + k.Kind)));
        return rows;
    }

    private static List<AppendixRow> Appendix3()
    {
        var rows = new List<AppendixRow> { R(0, "Số lượt trẻ em được trợ giúp", "TRO_GIUP_LUOT") };
        rows.AddRange(SupportForm.Standard.Select(f => R(1, f.Name, "TRO_GIUP_LUOT", "form:" + f.Code)));
        rows.AddRange(
        [
            R(0, "Giá trị trợ giúp", "TRO_GIUP_GIA_TRI"),
            R(0, "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", "HCDB_TRO_GIUP_PT"),
            R(0, "Tỷ lệ trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt được trợ giúp", "NGUY_CO_TRO_GIUP_PT"),
            R(0, "Tỷ lệ huyện tổ chức đủ các hoạt động, sự kiện", "SU_KIEN_HUYEN_PT"),
            R(1, "Tháng hành động vì trẻ em", "SU_KIEN_HUYEN_PT", "event:" + EventKind.ThangHanhDong),
            R(1, "Diễn đàn trẻ em", "SU_KIEN_HUYEN_PT", "event:" + EventKind.DienDan),
            R(1, "Tết Trung thu", "SU_KIEN_HUYEN_PT", "event:" + EventKind.TrungThu),
            R(0, "Số hoạt động truyền thông", "TRUYEN_THONG_SO"),
            R(0, "Số lượt người được truyền thông", "TRUYEN_THONG_LUOT"),
            R(0, "Tỷ lệ cán bộ làm công tác trẻ em được tập huấn", "CAN_BO_TAP_HUAN_PT"),
            R(0, "Số trẻ em được khám sàng lọc", "KHAM_SANG_LOC_SO"),
            R(0, "Số trẻ em được phẫu thuật", "PHAU_THUAT_SO"),
            R(0, "Số trẻ em được chăm sóc thay thế", "CHAM_SOC_THAY_THE_SO"),
        ]);
        return rows;
    }

    private static readonly (FundingSource Source, string Label)[] Sources =
    [
        (FundingSource.NganSachTrungUong, "Ngân sách trung ương"), (FundingSource.NganSachTinh, "Ngân sách tỉnh"),
        (FundingSource.NganSachHuyen, "Ngân sách huyện"), (FundingSource.NganSachXa, "Ngân sách xã"),
        (FundingSource.QuyBaoTro, "Quỹ Bảo trợ trẻ em"), (FundingSource.NhaTaiTro, "Nhà tài trợ"), (FundingSource.Khac, "Nguồn khác"),
    ];

    private static List<AppendixRow> Appendix4()
    {
        var rows = new List<AppendixRow>
        {
            R(0, "Kinh phí vận động cho Quỹ Bảo trợ trẻ em", "QUY_VAN_DONG"),
            R(1, "Tiền mặt", "QUY_VAN_DONG", "kind:" + ReceiptType.TienMat),
            R(1, "Hiện vật (quy đổi)", "QUY_VAN_DONG", "kind:" + ReceiptType.HienVat),
            R(1, "Chương trình hỗ trợ", "QUY_VAN_DONG", "kind:" + ReceiptType.ChuongTrinh),
            R(0, "Kinh phí Quỹ Bảo trợ trẻ em đã chi", "QUY_CHI"),
            R(0, "Tổng kinh phí trợ giúp trẻ em", "KINH_PHI_TRE_EM"),
        };
        rows.AddRange(Sources.Select(s => R(1, s.Label, "KINH_PHI_TRE_EM", "source:" + s.Source)));
        return rows;
    }

    /// <summary>The four layouts every installation starts with, by number (declared last: static fields initialise in order).</summary>
    public static IReadOnlyList<(int Number, string Title, IReadOnlyList<AppendixRow> Rows)> Defaults { get; } =
    [
        (1, "Trẻ em và trẻ em có hoàn cảnh đặc biệt", Appendix1()),
        (2, "Công tác bảo vệ trẻ em", Appendix2()),
        (3, "Công tác chăm sóc, giáo dục và thực hiện quyền tham gia của trẻ em", Appendix3()),
        (4, "Nguồn lực cho công tác trẻ em", Appendix4()),
    ];
}
