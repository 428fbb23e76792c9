using TreEm.Data.Indicators;
using TreEm.Domain.Plans;
using TreEm.Domain.Reports;

namespace TreEm.Tests.Reports;

public class ReportWordingTests
{
    private static readonly ReportPeriod Period2021 = new()
    {
        Year = 2021, Kind = ReportPeriodKind.SixMonths, From = new(2021, 1, 1), CutOff = new(2021, 5, 15), Deadline = new(2021, 5, 25),
    };

    private static ReportFigure F(string code, decimal? value, decimal? previous, string key = "", decimal? numerator = null) =>
        new() { Code = code, Key = key, Value = value, PreviousValue = previous, Numerator = numerator };

    private static PlanTarget T(int order, string code, TargetComparator comparator, decimal? value = null) =>
        new() { Order = order, IndicatorCode = code, Comparator = comparator, Value = value };

    private static string[] Lines(IReadOnlyDictionary<string, string> text, string key) => text[key].Split('\n');

    [Fact]
    public void Prefill_AbusedChildrenFewerThanLastYear_WritesTheIssueSentence()
    {
        var text = ReportWording.Prefill(Period2021, [F("TE_BI_XAM_HAI", 21, 24)], []);
        Assert.Equal(["Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với cùng kỳ năm 2020."], Lines(text, "III.1"));
    }

    [Fact]
    public void Prefill_MoreCasesThanLastYear_SaysTang()
    {
        var text = ReportWording.Prefill(Period2021, [F("VU_VIEC_SO", 10, 8)], []);
        Assert.Equal(["Số vụ việc xâm hại trẻ em tăng 2 vụ (25,0 %) so với cùng kỳ năm 2020."], Lines(text, "III.1"));
    }

    [Fact]
    public void Prefill_SameAsLastYear_SaysKhongThayDoi()
    {
        var text = ReportWording.Prefill(Period2021, [F("TNTT_SO", 5, 5)], []);
        Assert.Equal(["Số trẻ em bị tai nạn, thương tích không thay đổi so với cùng kỳ năm 2020."], Lines(text, "III.1"));
    }

    [Fact]
    public void Prefill_NoPreviousValue_StatesTheValueWithoutComparison()
    {
        var text = ReportWording.Prefill(Period2021, [F("TE_BI_XAM_HAI", 21, null)], []);
        Assert.Equal(["Số trẻ em bị xâm hại: 21 em."], Lines(text, "III.1"));
    }

    [Fact]
    public void Prefill_IncreaseFromZero_HasNoPercentage()
    {
        var text = ReportWording.Prefill(Period2021, [F("TNTT_TU_VONG", 2, 0)], []);
        Assert.Equal(["Số trẻ em tử vong do tai nạn, thương tích tăng 2 em so với cùng kỳ năm 2020."], Lines(text, "III.1"));
    }

    [Fact]
    public void Prefill_PercentAndAmount_UseVietnameseNumbers()
    {
        var text = ReportWording.Prefill(Period2021,
            [F("HCDB_TRO_GIUP_PT", 97.2m, 95.7m), F("QUY_VAN_DONG", 3_500_000_000m, 3_000_000_000m)], []);
        Assert.Equal(
            [
                "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 97,2 %, tăng 1,5 điểm phần trăm so với cùng kỳ năm 2020.",
                "Kinh phí vận động cho Quỹ Bảo trợ trẻ em tăng 500.000.000 đồng (16,7 %) so với cùng kỳ năm 2020.",
            ], Lines(text, "III.1"));
    }

    [Fact]
    public void Prefill_ComparisonSkipsBreakdownsAndMissingValues_AndFollowsTheCatalogueOrder()
    {
        var text = ReportWording.Prefill(Period2021,
            [F("TE_BI_XAM_HAI", 21, 24), F("TE_BI_XAM_HAI", 3, 1, "sex:Nu"), F("VU_VIEC_SO", null, 4), F("TE_SO_TRE", 1234, 1200)], []);
        Assert.Equal(
            [
                "Số trẻ em đang quản lý tăng 34 em (2,8 %) so với cùng kỳ năm 2020.",
                "Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với cùng kỳ năm 2020.",
            ], Lines(text, "III.1"));
    }

    [Fact]
    public void Prefill_TargetBelowItsValue_WritesTheIssueSentence()
    {
        var text = ReportWording.Prefill(Period2021, [F("HCDB_TRO_GIUP_PT", 97.2m, null)],
            [T(1, "HCDB_TRO_GIUP_PT", TargetComparator.AtLeast, 98.5m)]);
        Assert.Equal(["Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 97,2 %, chưa đạt chỉ tiêu 98,5 %."], Lines(text, "IV.3"));
    }

    [Fact]
    public void Prefill_Targets_OneLinePerTargetInPlanOrder()
    {
        var text = ReportWording.Prefill(Period2021,
            [
                F("SU_KIEN_HUYEN_PT", 100m, null), F("QUY_VAN_DONG", 4_200_000_000m, 3_000_000_000m),
                F("TE_BI_XAM_HAI", 21, 24), F("TNTT_SO", 12, 10),
            ],
            [
                T(4, "TNTT_SO", TargetComparator.BelowPreviousYear),
                T(1, "SU_KIEN_HUYEN_PT", TargetComparator.Equal, 100m),
                T(3, "TE_BI_XAM_HAI", TargetComparator.BelowPreviousYear),
                T(2, "QUY_VAN_DONG", TargetComparator.AtLeast, 4_000_000_000m),
                T(5, "CAN_BO_TAP_HUAN_PT", TargetComparator.Equal, 100m),
            ]);
        Assert.Equal(
            [
                "Tỷ lệ huyện tổ chức đủ các hoạt động, sự kiện đạt 100,0 %, đạt chỉ tiêu 100 %.",
                "Kinh phí vận động cho Quỹ Bảo trợ trẻ em đạt 4.200.000.000 đồng, đạt chỉ tiêu 4.000.000.000 đồng.",
                "Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với năm 2020, đạt chỉ tiêu.",
                "Số trẻ em bị tai nạn, thương tích tăng 2 em (20,0 %) so với năm 2020, chưa đạt chỉ tiêu.",
                "Tỷ lệ cán bộ làm công tác trẻ em được tập huấn: chưa có số liệu.",
            ], Lines(text, "IV.3"));
    }

    [Fact]
    public void Prefill_BelowPreviousYearWithoutPreviousValue_SaysThereIsNothingToCompare()
    {
        var text = ReportWording.Prefill(Period2021, [F("TE_BI_XAM_HAI", 21, null)], [T(1, "TE_BI_XAM_HAI", TargetComparator.BelowPreviousYear)]);
        Assert.Equal(["Số trẻ em bị xâm hại là 21 em, chưa có số liệu năm 2020 để so sánh."], Lines(text, "IV.3"));
    }

    [Fact]
    public void Prefill_NothingToSay_ReturnsNoSections()
    {
        var text = ReportWording.Prefill(Period2021, [], []);
        Assert.Empty(text);
    }

    [Fact]
    public void ComparedCodes_AreAllInTheCatalogue()
    {
        Assert.All(ReportWording.ComparedCodes, code => Assert.NotNull(IndicatorCatalogue.Find(code)));
    }
}
