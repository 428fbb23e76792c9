using System.Globalization;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// Labels of the case values the deadline, referral and partner pages show: Vietnamese, or English when chosen.
/// </summary>
public static class FollowUpText
{
    /// <summary>A step is "due soon" within this time of its limit.</summary>
    public static readonly TimeSpan DueSoon = TimeSpan.FromHours(24);

    public static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    public static string CaseUrl(int caseId) => CaseText.Url(caseId);

    /// <summary>The Vietnamese name of a step (also used in the notices the deadline job writes).</summary>
    public static string StepVi(CaseStepKind kind) => kind switch
    {
        CaseStepKind.TiepNhan => "Tiếp nhận thông tin",
        CaseStepKind.DanhGiaBanDau => "Đánh giá nguy cơ ban đầu",
        CaseStepKind.CanThiepKhanCap => "Quyết định can thiệp khẩn cấp, tạm thời cách ly",
        CaseStepKind.CachLy => "Tạm thời cách ly",
        CaseStepKind.DanhGiaCuThe => "Đánh giá nguy cơ cụ thể",
        CaseStepKind.LapKeHoach => "Xây dựng kế hoạch hỗ trợ, can thiệp",
        CaseStepKind.PheDuyetKeHoach => "Phê duyệt kế hoạch",
        CaseStepKind.RaSoat => "Theo dõi, rà soát, đánh giá",
        CaseStepKind.DongHoSo => "Đóng hồ sơ",
        CaseStepKind.MoLai => "Mở lại hồ sơ",
        _ => kind.ToString(),
    };

    public static string Step(CaseStepKind kind) => !English ? StepVi(kind) : kind switch
    {
        CaseStepKind.TiepNhan => "Intake",
        CaseStepKind.DanhGiaBanDau => "Initial risk assessment",
        CaseStepKind.CanThiepKhanCap => "Emergency measures or temporary separation decision",
        CaseStepKind.CachLy => "Temporary separation",
        CaseStepKind.DanhGiaCuThe => "Specific risk assessment",
        CaseStepKind.LapKeHoach => "Support and intervention plan",
        CaseStepKind.PheDuyetKeHoach => "Plan approval",
        CaseStepKind.RaSoat => "Follow-up and review",
        CaseStepKind.DongHoSo => "Case closure",
        CaseStepKind.MoLai => "Case reopened",
        _ => kind.ToString(),
    };

    /// <summary>The steps that wait for a decision of the commune chairman.</summary>
    public static readonly IReadOnlySet<CaseStepKind> ChairmanSteps = new HashSet<CaseStepKind>
    {
        CaseStepKind.PheDuyetKeHoach, CaseStepKind.CanThiepKhanCap, CaseStepKind.DongHoSo, CaseStepKind.CachLy,
    };

    public static string Status(ReferralStatus s) => CaseText.Referral(s);

    public static string Kind(PartnerKind k) => CaseText.Partner(k);

    public static string Giver(ConsentGiver g) => CaseText.Consent(g);

    /// <summary>"còn 3 giờ 20 phút" before the limit, "quá hạn 2 giờ" after it (<see cref="CaseText.Remaining"/>).</summary>
    public static string Remaining(DateTime due, DateTime now) => CaseText.Remaining(due, now).Text;

    /// <summary>The badge class of a due time (<see cref="CaseText.Remaining"/>).</summary>
    public static string BadgeClass(DateTime due, DateTime now) => CaseText.Remaining(due, now).Css;
}
