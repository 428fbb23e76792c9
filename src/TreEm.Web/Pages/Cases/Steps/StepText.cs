using System.Globalization;
using Microsoft.Extensions.Localization;
using TreEm.Domain.Cases;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>The words of the step pages (Vietnamese keys, translated by <see cref="CaseStepsResource"/>) and small functions of the step pages.</summary>
public static class StepText
{
    public static string CaseUrl(int id) => CaseText.Url(id);

    public static string StepUrl(int id, string step) => CaseUrl(id) + "/" + step;

    public static string Status(CaseStatus s) => s switch
    {
        CaseStatus.TiepNhan => "Đã tiếp nhận",
        CaseStatus.DaDanhGiaBanDau => "Đã đánh giá ban đầu",
        CaseStatus.DaDanhGiaCuThe => "Đã đánh giá cụ thể",
        CaseStatus.ChoPheDuyet => "Chờ phê duyệt kế hoạch",
        CaseStatus.DangThucHien => "Đang thực hiện kế hoạch",
        CaseStatus.DaDong => "Đã đóng hồ sơ",
        _ => s.ToString(),
    };

    public static string Rating(RiskRating r) => AssessmentForms.RatingName(r);

    public static string MeasureKind(EmergencyMeasureKind k) => k switch
    {
        EmergencyMeasureKind.CanThiepKhanCap => "Biện pháp can thiệp khẩn cấp",
        _ => "Tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc",
    };

    public static string Proposal(ReviewProposal p) => p switch
    {
        ReviewProposal.TiepTuc => "Tiếp tục thực hiện kế hoạch",
        ReviewProposal.KeHoachMoi => "Xây dựng kế hoạch mới",
        _ => "Kết thúc kế hoạch, đóng hồ sơ",
    };

    public static string Field(string property) => property switch
    {
        nameof(Case.Status) => "Trạng thái",
        nameof(Case.ClosedAt) => "Ngày đóng hồ sơ",
        nameof(Case.Place) => "Nơi xảy ra",
        nameof(Case.Description) => "Mô tả sự việc",
        nameof(Case.AbuseForms) => "Hình thức xâm hại",
        nameof(Case.ReceivedAt) => "Thời điểm tiếp nhận",
        _ => property,
    };

    /// <summary>A value of the audit log as the user reads it (a status by its name, other values as stored).</summary>
    public static string? Value(string field, string? value)
    {
        if (value is null) return null;
        var raw = value.Trim('"');
        if (field == nameof(Case.Status) && Enum.TryParse<CaseStatus>(raw, out var s) && Enum.IsDefined(s)) return Status(s);
        return raw;
    }

    /// <summary>Parses a Vietnam date and time typed as dd/MM/yyyy HH:mm (the time may be left out: 00:00); UTC.</summary>
    public static DateTime? ParseDateTime(string? text)
    {
        if (!DateTime.TryParseExact(text?.Trim(), ["dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-ddTHH:mm"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        return DateTime.SpecifyKind(local - Display.VietnamOffset, DateTimeKind.Utc);
    }

    /// <summary>"/64/633/23944/" → "/64/", "/64/633/", "/64/633/23944/": the units whose roles or agencies serve it.</summary>
    public static IReadOnlyList<string> AncestorPaths(string path)
    {
        var result = new List<string>();
        for (var i = path.IndexOf('/', 1); i > 0; i = path.IndexOf('/', i + 1))
            result.Add(path[..(i + 1)]);
        return result;
    }
}
