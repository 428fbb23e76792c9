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
            "Trẻ em dưới 16 tuổi đang quản lý vào ngày cuối kỳ", 1, by: [BySex, ByUnit]),
        D("TE_DTTS", "Số trẻ em người dân tộc thiểu số", "Ethnic-minority children", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý không thuộc dân tộc Kinh", 1, by: [BySex, ByUnit]),
        D("HCDB_SO_TRE", "Số trẻ em có hoàn cảnh đặc biệt", "Children in special circumstances", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý có ít nhất một nhóm hoàn cảnh đặc biệt còn hiệu lực trong kỳ", 1, by: [BySex, ByGroup, ByUnit]),
        D("NGUY_CO_SO_TRE", "Số trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt", "Children at risk", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý có ít nhất một nguy cơ còn hiệu lực trong kỳ", 1, by: [BySex, ByUnit]),
        D("TE_KHUYET_TAT", "Số trẻ em khuyết tật", "Children with disabilities", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em đang quản lý có dạng khuyết tật", 1, by: [BySex, ByUnit]),

        // Appendix 2: protection.
        D("VU_VIEC_SO", "Số vụ việc xâm hại trẻ em", "Abuse cases received", IndicatorMeasure.Count, "vụ",
            "Vụ việc tiếp nhận trong kỳ", 2, by: [ByForm, ByUnit]),
        D("TE_BI_XAM_HAI", "Số trẻ em bị xâm hại", "Abused children", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em liên quan đến các vụ việc tiếp nhận trong kỳ (mỗi em tính một lần)", 2, by: [BySex, ByForm, ByUnit]),
        D("XAM_HAI_KIP_THOI_PT", "Tỷ lệ trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời", "Abused children handled on time",
            IndicatorMeasure.Percent, "%", "Trẻ em trong các vụ việc có mọi bước đúng thời hạn / trẻ em trong các vụ việc tiếp nhận trong kỳ", 2, by: [ByUnit]),
        D("TNTT_SO", "Số trẻ em bị tai nạn, thương tích", "Children injured", IndicatorMeasure.Count, "trẻ em",
            "Trường hợp tai nạn, thương tích xảy ra trong kỳ", 2, by: [ByKind, ByOutcome, BySex, ByUnit]),
        D("TNTT_TU_VONG", "Số trẻ em tử vong do tai nạn, thương tích", "Child deaths from injuries", IndicatorMeasure.Count, "trẻ em",
            "Trường hợp tai nạn, thương tích tử vong xảy ra trong kỳ", 2, by: [ByKind, ByUnit]),

        // Appendix 3: care, education, participation.
        D("HCDB_TRO_GIUP_PT", "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", "Children in special circumstances supported",
            IndicatorMeasure.Percent, "%", "Trẻ em có hoàn cảnh đặc biệt có ít nhất một lần trợ giúp trong kỳ / trẻ em có hoàn cảnh đặc biệt", 3, by: [ByUnit]),
        D("NGUY_CO_TRO_GIUP_PT", "Tỷ lệ trẻ em có nguy cơ được trợ giúp", "Children at risk supported",
            IndicatorMeasure.Percent, "%", "Trẻ em có nguy cơ có ít nhất một lần trợ giúp trong kỳ / trẻ em có nguy cơ", 3, by: [ByUnit]),
        D("TRO_GIUP_LUOT", "Số lượt trẻ em được trợ giúp", "Support given", IndicatorMeasure.Count, "lượt",
            "Lượt trợ giúp ghi nhận trong kỳ", 3, by: [ByForm, BySource, ByUnit]),
        D("TRO_GIUP_GIA_TRI", "Giá trị trợ giúp", "Value of support", IndicatorMeasure.Amount, "đồng",
            "Tổng giá trị các lượt trợ giúp trong kỳ", 3, by: [ByForm, BySource, ByUnit]),
        D("SU_KIEN_HUYEN_PT", "Tỷ lệ huyện tổ chức đủ các hoạt động, sự kiện", "Districts holding every event",
            IndicatorMeasure.Percent, "%", "Huyện tổ chức Tháng hành động, Diễn đàn trẻ em và Tết Trung thu trong kỳ / số huyện", 3, by: [ByEvent]),
        D("TRUYEN_THONG_SO", "Số hoạt động truyền thông", "Communication activities", IndicatorMeasure.Count, "hoạt động",
            "Hoạt động truyền thông trong kỳ", 3, by: [ByKind, ByUnit]),
        D("TRUYEN_THONG_LUOT", "Số lượt người được truyền thông", "People reached", IndicatorMeasure.Count, "lượt người",
            "Tổng số lượt người được truyền thông trong kỳ", 3, by: [ByUnit]),
        D("CAN_BO_TAP_HUAN_PT", "Tỷ lệ cán bộ làm công tác trẻ em được tập huấn", "Officers trained",
            IndicatorMeasure.Percent, "%", "Cán bộ đang làm việc dự ít nhất một buổi tập huấn trong năm / cán bộ đang làm việc", 3,
            IndicatorPeriodType.Year, by: [ByUnit]),
        D("KHAM_SANG_LOC_SO", "Số trẻ em được khám sàng lọc", "Children screened", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em được khám sàng lọc trong kỳ", 3, by: [ByUnit]),
        D("PHAU_THUAT_SO", "Số trẻ em được phẫu thuật", "Children operated", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em được phẫu thuật trong kỳ", 3, by: [ByUnit]),
        D("CHAM_SOC_THAY_THE_SO", "Số trẻ em được chăm sóc thay thế", "Children in alternative care", IndicatorMeasure.Count, "trẻ em",
            "Trẻ em có nơi chăm sóc thay thế còn hiệu lực trong kỳ", 3, by: [ByUnit]),

        // Appendix 4: resources.
        D("QUY_VAN_DONG", "Kinh phí vận động cho Quỹ Bảo trợ trẻ em", "Raised for the child protection fund", IndicatorMeasure.Amount, "đồng",
            "Tổng các khoản thu của quỹ trong kỳ (tiền mặt, hiện vật quy đổi, chương trình), trừ các bút toán điều chỉnh", 4, by: [ByKind]),
        D("QUY_CHI", "Kinh phí quỹ đã chi", "Spent from the fund", IndicatorMeasure.Amount, "đồng",
            "Tổng các khoản chi của quỹ trong kỳ, trừ các bút toán điều chỉnh", 4),
        D("KINH_PHI_TRE_EM", "Tổng kinh phí trợ giúp trẻ em theo nguồn", "Support funding by source", IndicatorMeasure.Amount, "đồng",
            "Giá trị trợ giúp trong kỳ theo nguồn kinh phí", 4, by: [BySource]),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByCode =
        All.ToDictionary(d => d.Code, StringComparer.OrdinalIgnoreCase);

    public static IndicatorDefinition? Find(string? code) =>
        code is not null && ByCode.TryGetValue(code, out var d) ? d : null;
}
