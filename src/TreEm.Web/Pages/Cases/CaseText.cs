using System.Globalization;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// The case values as the user reads them (Vietnamese, or English when chosen), the remaining time of a step and
/// the address of a case. Shared by every case page.
/// </summary>
public static class CaseText
{
    public static bool English => CultureInfo.CurrentUICulture.Name.StartsWith("en", StringComparison.Ordinal);

    private static string Pick(string vi, string en) => English ? en : vi;

    /// <summary>The address of a case's details page.</summary>
    public static string Url(int id) => "/cases/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Source(CaseSource s) => s switch
    {
        CaseSource.TongDai111 => Pick("Tổng đài 111", "Hotline 111"),
        CaseSource.CongAn => Pick("Công an", "Police"),
        CaseSource.TruongHoc => Pick("Trường học", "School"),
        CaseSource.YTe => Pick("Y tế", "Health services"),
        CaseSource.GiaDinh => Pick("Gia đình", "Family"),
        CaseSource.HangXom => Pick("Hàng xóm", "Neighbour"),
        CaseSource.TreEm => Pick("Trẻ em tự báo", "The child"),
        CaseSource.UbndXa => Pick("UBND xã", "Commune People's Committee"),
        CaseSource.Web => Pick("Trang thông tin điện tử", "Website"),
        CaseSource.Khac => Pick("Khác", "Other"),
        _ => s.ToString(),
    };

    /// <summary>The seven forms of abuse, in the order of the law (single flags only).</summary>
    public static readonly IReadOnlyList<AbuseForm> AbuseFormValues =
        [AbuseForm.BaoLuc, AbuseForm.BocLot, AbuseForm.XamHaiTinhDuc, AbuseForm.MuaBan, AbuseForm.BoRoi, AbuseForm.BoMac, AbuseForm.Khac];

    public static string Abuse(AbuseForm f) => f switch
    {
        AbuseForm.BaoLuc => Pick("Bạo lực", "Violence"),
        AbuseForm.BocLot => Pick("Bóc lột", "Exploitation"),
        AbuseForm.XamHaiTinhDuc => Pick("Xâm hại tình dục", "Sexual abuse"),
        AbuseForm.MuaBan => Pick("Mua bán", "Trafficking"),
        AbuseForm.BoRoi => Pick("Bỏ rơi", "Abandonment"),
        AbuseForm.BoMac => Pick("Bỏ mặc", "Neglect"),
        AbuseForm.Khac => Pick("Khác", "Other"),
        _ => f.ToString(),
    };

    /// <summary>Every form set in the flags, comma separated ("" when none).</summary>
    public static string AbuseForms(AbuseForm flags) =>
        string.Join(", ", AbuseFormValues.Where(f => flags.HasFlag(f)).Select(Abuse));

    public static string Concern(CaseConcern c) => c switch
    {
        CaseConcern.BiXamHai => Pick("Trẻ em bị xâm hại", "Child abused"),
        CaseConcern.CoNguyCo => Pick("Trẻ em có nguy cơ bị bạo lực, bóc lột, bỏ rơi", "Child at risk of violence, exploitation or abandonment"),
        CaseConcern.HoanCanhDacBiet => Pick("Trẻ em có hoàn cảnh đặc biệt", "Child in special circumstances"),
        _ => c.ToString(),
    };

    public static string Channel(IntakeChannel c) => c switch
    {
        IntakeChannel.DienThoai => Pick("Điện thoại", "Telephone"),
        IntakeChannel.TrucTiep => Pick("Trực tiếp", "In person"),
        IntakeChannel.NguoiKhacBao => Pick("Người khác báo", "Reported by someone else"),
        IntakeChannel.VanBan => Pick("Văn bản", "In writing"),
        IntakeChannel.TrucTuyen => Pick("Trực tuyến", "Online"),
        _ => c.ToString(),
    };

    public static string Sex(CaseChildSex s) => s switch
    {
        CaseChildSex.Nam => Pick("Nam", "Male"),
        CaseChildSex.Nu => Pick("Nữ", "Female"),
        CaseChildSex.KhongRo => Pick("Không rõ", "Unknown"),
        _ => s.ToString(),
    };

    public static string Status(CaseStatus s) => s switch
    {
        CaseStatus.TiepNhan => Pick("Đã tiếp nhận", "Received"),
        CaseStatus.DaDanhGiaBanDau => Pick("Đã đánh giá ban đầu", "Initial assessment done"),
        CaseStatus.DaDanhGiaCuThe => Pick("Đã đánh giá cụ thể", "Specific assessment done"),
        CaseStatus.ChoPheDuyet => Pick("Chờ phê duyệt kế hoạch", "Plan awaiting approval"),
        CaseStatus.DangThucHien => Pick("Đang thực hiện kế hoạch", "Plan in progress"),
        CaseStatus.DaDong => Pick("Đã đóng hồ sơ", "Closed"),
        _ => s.ToString(),
    };

    public static string StatusCss(CaseStatus s) => s == CaseStatus.DaDong ? "badge badge-off" : "badge";

    public static string Step(CaseStepKind k) => k switch
    {
        CaseStepKind.TiepNhan => Pick("Tiếp nhận thông tin (Mẫu 01)", "Intake (Form 01)"),
        CaseStepKind.DanhGiaBanDau => Pick("Đánh giá nguy cơ ban đầu (Mẫu 02)", "Initial risk assessment (Form 02)"),
        CaseStepKind.CanThiepKhanCap => Pick("Quyết định can thiệp khẩn cấp, tạm thời cách ly (Mẫu 07)", "Emergency measures, temporary separation (Form 07)"),
        CaseStepKind.CachLy => Pick("Tạm thời cách ly trẻ em (Mẫu 07)", "Temporary separation (Form 07)"),
        CaseStepKind.DanhGiaCuThe => Pick("Đánh giá nguy cơ cụ thể (Mẫu 03)", "Specific risk assessment (Form 03)"),
        CaseStepKind.LapKeHoach => Pick("Xây dựng kế hoạch hỗ trợ, can thiệp (Mẫu 04)", "Support and intervention plan (Form 04)"),
        CaseStepKind.PheDuyetKeHoach => Pick("Phê duyệt kế hoạch (Mẫu 05)", "Plan approval (Form 05)"),
        CaseStepKind.RaSoat => Pick("Theo dõi, rà soát, đánh giá (Mẫu 06)", "Follow-up review (Form 06)"),
        CaseStepKind.DongHoSo => Pick("Kết thúc, đóng hồ sơ", "Closure"),
        CaseStepKind.MoLai => Pick("Mở lại hồ sơ", "Reopening"),
        _ => k.ToString(),
    };

    public static string Assessment(AssessmentKind k) => k switch
    {
        AssessmentKind.BanDau => Pick("Đánh giá nguy cơ ban đầu (Mẫu 02)", "Initial risk assessment (Form 02)"),
        AssessmentKind.CuThe => Pick("Đánh giá nguy cơ cụ thể (Mẫu 03)", "Specific risk assessment (Form 03)"),
        AssessmentKind.RaSoat => Pick("Rà soát, đánh giá (Mẫu 06)", "Review (Form 06)"),
        _ => k.ToString(),
    };

    public static string Rating(RiskRating r) => r switch
    {
        RiskRating.Cao => Pick("Cao", "High"),
        RiskRating.TrungBinh => Pick("Trung bình", "Medium"),
        RiskRating.Thap => Pick("Thấp", "Low"),
        _ => r.ToString(),
    };

    public static string Proposal(ReviewProposal p) => p switch
    {
        ReviewProposal.TiepTuc => Pick("Tiếp tục thực hiện kế hoạch", "Continue the plan"),
        ReviewProposal.KeHoachMoi => Pick("Xây dựng kế hoạch mới", "Draw up a new plan"),
        ReviewProposal.DongHoSo => Pick("Kết thúc kế hoạch, đóng hồ sơ", "End the plan and close the case"),
        _ => p.ToString(),
    };

    public static string Measure(EmergencyMeasureKind k) => k switch
    {
        EmergencyMeasureKind.CanThiepKhanCap => Pick("Biện pháp can thiệp khẩn cấp", "Emergency measures"),
        EmergencyMeasureKind.TamThoiCachLy => Pick("Tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc", "Temporary separation from parents or carers"),
        _ => k.ToString(),
    };

    public static string Plan(PlanStatus s) => s switch
    {
        PlanStatus.ChoPheDuyet => Pick("Chờ phê duyệt", "Awaiting approval"),
        PlanStatus.DaPheDuyet => Pick("Đã phê duyệt", "Approved"),
        PlanStatus.TraLai => Pick("Bị trả lại", "Returned"),
        PlanStatus.ThayThe => Pick("Đã thay thế", "Replaced"),
        PlanStatus.HoanThanh => Pick("Hoàn thành", "Completed"),
        _ => s.ToString(),
    };

    public static string Partner(PartnerKind k) => k switch
    {
        PartnerKind.CongAn => Pick("Công an", "Police"),
        PartnerKind.TruongHoc => Pick("Trường học", "School"),
        PartnerKind.YTe => Pick("Y tế", "Health services"),
        PartnerKind.HoiPhuNu => Pick("Hội Liên hiệp Phụ nữ", "Women's Union"),
        PartnerKind.DoanThanhNien => Pick("Đoàn Thanh niên", "Youth Union"),
        PartnerKind.TroGiupXaHoi => Pick("Cơ sở trợ giúp xã hội", "Social assistance"),
        PartnerKind.TuPhap => Pick("Tư pháp, trợ giúp pháp lý", "Justice, legal aid"),
        PartnerKind.Khac => Pick("Khác", "Other"),
        _ => k.ToString(),
    };

    public static string Consent(ConsentGiver g) => g switch
    {
        ConsentGiver.TreEm => Pick("Trẻ em", "The child"),
        ConsentGiver.ChaMe => Pick("Cha, mẹ", "Parent"),
        ConsentGiver.NguoiChamSoc => Pick("Người chăm sóc", "Carer"),
        _ => g.ToString(),
    };

    public static string Referral(ReferralStatus s) => s switch
    {
        ReferralStatus.DaChuyen => Pick("Đã chuyển", "Referred"),
        ReferralStatus.DaTiepNhan => Pick("Đã tiếp nhận", "Accepted"),
        ReferralStatus.HoanThanh => Pick("Hoàn thành", "Completed"),
        _ => s.ToString(),
    };

    /// <summary>A due time as the intake's message writes it: "HH:mm dd/MM/yyyy" in Vietnam time.</summary>
    public static string DueTime(DateTime utc) =>
        Hosting.Display.ToVietnamTime(utc).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>How long until a step is due, in words, and the badge it is shown in.</summary>
    public sealed record RemainingTime(string Text, string Css, bool Overdue, bool DueSoon);

    /// <summary>Within this time of its limit a step is "due soon".</summary>
    public static readonly TimeSpan DueSoonWithin = TimeSpan.FromHours(24);

    /// <summary>
    /// "còn 3 giờ 20 phút", "còn 2 ngày 4 giờ", "quá hạn 5 giờ", "quá hạn 40 phút"; the badge is ok, due soon (within
    /// 24 hours) or overdue. The one wording of time left in every page of cases.
    /// </summary>
    public static RemainingTime Remaining(DateTime dueAt, DateTime now)
    {
        if (now <= dueAt)
        {
            var text = Duration(dueAt - now);
            var soon = dueAt - now < DueSoonWithin;
            return new RemainingTime(English ? text + " left" : "còn " + text, soon ? "badge badge-warn" : "badge badge-ok", false, soon);
        }
        var late = Duration(now - dueAt);
        return new RemainingTime(English ? "overdue by " + late : "quá hạn " + late, "badge badge-overdue", true, false);
    }

    /// <summary>Days and hours from a day on, hours and minutes under a day, minutes under an hour (at least 1).</summary>
    public static string Duration(TimeSpan span)
    {
        var inv = CultureInfo.InvariantCulture;
        if (span.TotalDays >= 1)
        {
            var days = (int)span.TotalDays;
            return span.Hours == 0
                ? string.Format(inv, English ? "{0} d" : "{0} ngày", days)
                : string.Format(inv, English ? "{0} d {1} h" : "{0} ngày {1} giờ", days, span.Hours);
        }
        if (span.TotalHours >= 1)
            return span.Minutes == 0
                ? string.Format(inv, English ? "{0} h" : "{0} giờ", span.Hours)
                : string.Format(inv, English ? "{0} h {1} min" : "{0} giờ {1} phút", span.Hours, span.Minutes);
        return string.Format(inv, English ? "{0} min" : "{0} phút", Math.Max(1, span.Minutes));
    }
}
