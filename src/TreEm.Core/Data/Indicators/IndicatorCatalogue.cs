using TreEm.Domain.Indicators;

namespace TreEm.Data.Indicators;

/// <summary>
/// Every indicator TreEm computes (issue 6 item 1): the targets of the 2021 plan (requirements C.19–C.26) and the
/// figures of appendices 1–4 (SPEC §3.8). Codes are stable: plans, appendix layouts, snapshots, the API and the DHIS2
/// export refer to them. The formulas are in <see cref="IndicatorEngine"/>.
/// </summary>
public static class IndicatorCatalogue
{
    // Breakdown dimensions: the part before ':' in IndicatorValue.Key.
    public const string BySex = "sex";
    public const string ByUnit = "unit";
    public const string ByGroup = "group";
    public const string ByForm = "form";
    public const string ByKind = "kind";
    public const string BySource = "source";
    public const string ByEvent = "event";
    public const string ByOutcome = "outcome";

    private static IndicatorDefinition D(string code, string vi, string en, IndicatorMeasure m, string uom, string formula,
        int appendix, IndicatorPeriodType period = IndicatorPeriodType.SixMonthsOrYear, params string[] by) =>
        new(code, vi, en, m, uom, by, period, formula, appendix);

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        // Appendix 1: children and special circumstances.
        D("TE_SO_TRE", "Số trẻ em đang quản lý", "Children in the register", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý trong kỳ: không phải bản ghi trùng đã gộp, sinh không sau ngày cuối kỳ, đang quản lý hoặc ra khỏi sổ (đủ 16 tuổi, tử vong, chuyển đi) từ ngày đầu kỳ; tính tại đơn vị đang đăng ký", 1, by: [BySex, ByUnit]),
        D("TE_DTTS", "Số trẻ em người dân tộc thiểu số", "Ethnic-minority children", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý trong kỳ không thuộc dân tộc Kinh", 1, by: [BySex, ByUnit]),
        D("HCDB_SO_TRE", "Số trẻ em có hoàn cảnh đặc biệt", "Children in special circumstances", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý trong kỳ có ít nhất một nhóm hoàn cảnh đặc biệt có hiệu lực trong kỳ (bắt đầu không sau ngày cuối kỳ, chưa kết thúc hoặc kết thúc sau ngày đầu kỳ); mỗi em tính một lần, và một lần ở mỗi nhóm", 1, by: [BySex, ByGroup, ByUnit]),
        D("NGUY_CO_SO_TRE", "Số trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", "Children at risk", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý trong kỳ có ít nhất một nguy cơ có hiệu lực trong kỳ (bắt đầu không sau ngày cuối kỳ, chưa kết thúc hoặc kết thúc sau ngày đầu kỳ)", 1, by: [BySex, ByUnit]),
        D("TE_KHUYET_TAT", "Số trẻ em khuyết tật", "Children with disabilities", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý trong kỳ có dạng khuyết tật", 1, by: [BySex, ByUnit]),

        // Appendix 2: protection.
        D("VU_VIEC_SO", "Số vụ việc xâm hại trẻ em", "Abuse cases received", IndicatorMeasure.Count, "vụ",
            "Vụ việc tiếp nhận trong kỳ (ngày giờ Việt Nam) tại các đơn vị của địa bàn; vụ việc có nhiều hình thức tính ở mỗi hình thức", 2, by: [ByForm, ByUnit]),
        D("TE_BI_XAM_HAI", "Số trẻ em bị xâm hại", "Abused children", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em liên quan đến các vụ việc tiếp nhận trong kỳ: trẻ trong sổ tính một lần dù liên quan nhiều vụ (bản ghi trùng đã gộp tính theo bản ghi giữ lại), trẻ chưa xác định tính một lần mỗi vụ", 2, by: [BySex, ByForm, ByUnit]),
        D("XAM_HAI_KIP_THOI_PT", "Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", "Abused children handled on time",
            IndicatorMeasure.Percent, "%", "Trẻ em (mỗi vụ một lần) của các vụ việc tiếp nhận trong kỳ có mọi bước xử lý trong thời hạn / trẻ em (mỗi vụ một lần) của các vụ việc tiếp nhận trong kỳ", 2, by: [ByUnit]),
        D("TNTT_SO", "Số trẻ em bị tai nạn, thương tích", "Children injured", IndicatorMeasure.Count, "trẻ em",
            "Trường hợp tai nạn, thương tích xảy ra trong kỳ tại các đơn vị của địa bàn", 2, by: [ByKind, ByOutcome, BySex, ByUnit]),
        D("TNTT_TU_VONG", "Số trẻ em tử vong do tai nạn, thương tích", "Child deaths from injuries", IndicatorMeasure.Count, "trẻ em",
            "Trường hợp tai nạn, thương tích tử vong xảy ra trong kỳ", 2, by: [ByKind, ByUnit]),

        // Appendix 3: care, education, participation.
        D("HCDB_TRO_GIUP_PT", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", "Children in special circumstances supported",
            IndicatorMeasure.Percent, "%", "Trẻ em có hoàn cảnh đặc biệt trong kỳ có ít nhất một lượt trợ giúp ghi ngày trong kỳ / trẻ em có hoàn cảnh đặc biệt trong kỳ", 3, by: [ByUnit]),
        D("NGUY_CO_TRO_GIUP_PT", "Tỷ lệ trẻ em có nguy cơ được trợ giúp", "Children at risk supported",
            IndicatorMeasure.Percent, "%", "Trẻ em có nguy cơ trong kỳ có ít nhất một lượt trợ giúp ghi ngày trong kỳ / trẻ em có nguy cơ trong kỳ", 3, by: [ByUnit]),
        D("TRO_GIUP_LUOT", "Số lượt trẻ em được trợ giúp", "Support given", IndicatorMeasure.Count, "lượt",
            "Lượt trợ giúp ghi ngày trong kỳ, tính tại đơn vị nơi trẻ sống khi được trợ giúp", 3, by: [ByForm, BySource, ByUnit]),
        D("TRO_GIUP_GIA_TRI", "Giá trị trợ giúp", "Value of support", IndicatorMeasure.Amount, "đồng",
            "Tổng giá trị các lượt trợ giúp ghi ngày trong kỳ", 3, by: [ByForm, BySource, ByUnit]),
        D("SU_KIEN_HUYEN_PT", "Tỷ lệ huyện tổ chức đủ các hoạt động, sự kiện", "Districts holding every event",
            IndicatorMeasure.Percent, "%", "Đơn vị cấp huyện (của địa bàn, hoặc chính đơn vị nếu là huyện) có đủ Tháng hành động, Diễn đàn trẻ em và Tết Trung thu diễn ra trong kỳ, do huyện hoặc đơn vị cấp dưới tổ chức / số đơn vị cấp huyện; phân tổ: tỷ lệ tổ chức từng sự kiện", 3, by: [ByEvent]),
        D("TRUYEN_THONG_SO", "Số hoạt động truyền thông", "Communication activities", IndicatorMeasure.Count, "hoạt động",
            "Hoạt động truyền thông trong kỳ", 3, by: [ByKind, ByUnit]),
        D("TRUYEN_THONG_LUOT", "Số lượt người được truyền thông", "People reached", IndicatorMeasure.Count, "lượt người",
            "Tổng số lượt người được truyền thông trong kỳ", 3, by: [ByUnit]),
        D("CAN_BO_TAP_HUAN_PT", "Tỷ lệ cán bộ làm công tác trẻ em được tập huấn", "Officers trained",
            IndicatorMeasure.Percent, "%", "Cán bộ cấp tỉnh, huyện, xã đang làm việc vào ngày cuối kỳ dự ít nhất một buổi tập huấn ghi ngày trong kỳ / cán bộ cấp tỉnh, huyện, xã đang làm việc vào ngày cuối kỳ", 3,
            IndicatorPeriodType.Year, by: [ByUnit]),
        D("KHAM_SANG_LOC_SO", "Số trẻ em được khám sàng lọc", "Children screened", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em được khám sàng lọc trong kỳ (mỗi em tính một lần)", 3, by: [ByUnit]),
        D("PHAU_THUAT_SO", "Số trẻ em được phẫu thuật", "Children operated", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em được phẫu thuật trong kỳ (mỗi em tính một lần)", 3, by: [ByUnit]),
        D("CHAM_SOC_THAY_THE_SO", "Số trẻ em được chăm sóc thay thế", "Children in alternative care", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em có thời gian được bố trí chăm sóc thay thế giao với kỳ", 3, by: [ByUnit]),

        // Appendix 4: resources.
        D("QUY_VAN_DONG", "Kinh phí vận động cho Quỹ Bảo trợ trẻ em", "Raised for the child protection fund", IndicatorMeasure.Amount, "đồng",
            "Tổng các khoản thu ghi ngày trong kỳ của các quỹ do đơn vị và các đơn vị trực thuộc quản lý (tiền mặt, hiện vật quy đổi, chương trình), trừ các bút toán đảo ghi ngày trong kỳ", 4, by: [ByKind]),
        D("QUY_CHI", "Kinh phí quỹ đã chi", "Spent from the fund", IndicatorMeasure.Amount, "đồng",
            "Tổng các khoản chi ghi ngày trong kỳ của các quỹ do đơn vị và các đơn vị trực thuộc quản lý, trừ các bút toán đảo ghi ngày trong kỳ", 4),
        D("KINH_PHI_TRE_EM", "Tổng kinh phí trợ giúp trẻ em theo nguồn", "Support funding by source", IndicatorMeasure.Amount, "đồng",
            "Giá trị trợ giúp trong kỳ theo nguồn kinh phí", 4, by: [BySource]),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByCode =
        All.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static IndicatorDefinition? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var d) ? d : null;
}
