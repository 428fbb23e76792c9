using System.Globalization;
using System.Text;
using TreEm.Data.Indicators;
using TreEm.Domain.Indicators;
using TreEm.Domain.Plans;

namespace TreEm.Domain.Reports;

/// <summary>
/// The sentences a report starts with (issue 6 item 4): section III.1 compares the figures with the same period of
/// the previous year, and section IV states each target of the plan against its value, in plain Vietnamese
/// ("Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với cùng kỳ năm 2020"). The officer edits them afterwards.
/// </summary>
public static class ReportWording
{
    public const string Comparison = "III.1";
    public const string Targets = "IV.3";

    /// <summary>The main figures section III.1 compares with the same period of the previous year, in this order.</summary>
    public static IReadOnlyList<string> ComparedCodes { get; } =
    [
        "TE_SO_TRE", "HCDB_SO_TRE", "NGUY_CO_SO_TRE", "VU_VIEC_SO", "TE_BI_XAM_HAI", "XAM_HAI_KIP_THOI_PT", "TNTT_SO",
        "TNTT_TU_VONG", "HCDB_TRO_GIUP_PT", "NGUY_CO_TRO_GIUP_PT", "TRO_GIUP_LUOT", "TRO_GIUP_GIA_TRI", "QUY_VAN_DONG",
    ];

    /// <summary>
    /// The pre-written text of the sections it writes, by section key ("III.1", "IV.3"); a section with nothing to say
    /// is absent. Lines are separated by '\n'.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Prefill(ReportPeriod period, IReadOnlyList<ReportFigure> figures,
        IReadOnlyList<PlanTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(targets);
        var totals = new Dictionary<string, ReportFigure>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in figures.Where(f => f.Key.Length == 0))
            totals.TryAdd(f.Code, f);
        var previousYear = period.Year - 1;

        var result = new Dictionary<string, string>();
        var comparison = ComparedCodes
            .Select(code => (Definition: IndicatorCatalogue.Find(code)!, Figure: totals.GetValueOrDefault(code)))
            .Where(x => x.Figure?.Value is not null)
            .Select(x => CompareSentence(x.Definition, x.Figure!.Value!.Value, x.Figure.PreviousValue, previousYear))
            .ToList();
        if (comparison.Count > 0) result[Comparison] = string.Join('\n', comparison);

        var lines = targets.OrderBy(t => t.Order)
            .Select(t => TargetSentence(t, totals.GetValueOrDefault(t.IndicatorCode), previousYear))
            .ToList();
        if (lines.Count > 0) result[Targets] = string.Join('\n', lines);
        return result;
    }

    /// <summary>
    /// "Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với cùng kỳ năm 2020." for a count or an amount; "Tỷ lệ ... đạt
    /// 97,2 %, tăng 1,5 điểm phần trăm so với cùng kỳ năm 2020." for a percent; without a previous value, the value alone.
    /// </summary>
    public static string CompareSentence(IndicatorDefinition definition, decimal value, decimal? previous, int previousYear)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var year = previousYear.ToString(CultureInfo.InvariantCulture);
        if (definition.Measure == IndicatorMeasure.Percent)
        {
            var head = $"{definition.NameVi} đạt {ReportNumbers.Percent(value)} %";
            if (previous is not { } p) return head + ".";
            var d = value - p;
            return d == 0
                ? $"{head}, không thay đổi so với cùng kỳ năm {year}."
                : $"{head}, {(d > 0 ? "tăng" : "giảm")} {ReportNumbers.Percent(Math.Abs(d))} điểm phần trăm so với cùng kỳ năm {year}.";
        }
        var unit = Word(definition);
        if (previous is not { } before) return $"{definition.NameVi}: {ReportNumbers.Whole(value)} {unit}.";
        return $"{definition.NameVi} {Difference(value, before, unit)} so với cùng kỳ năm {year}.";
    }

    /// <summary>
    /// One line of section IV.3 for a plan target: "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 97,2 %, chưa
    /// đạt chỉ tiêu 98,5 %."; for a "lower than last year" target: "Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với
    /// năm 2020, đạt chỉ tiêu."
    /// </summary>
    public static string TargetSentence(PlanTarget target, ReportFigure? figure, int previousYear)
    {
        ArgumentNullException.ThrowIfNull(target);
        var definition = IndicatorCatalogue.Find(target.IndicatorCode);
        var name = definition?.NameVi ?? (string.IsNullOrWhiteSpace(target.Text) ? target.IndicatorCode : target.Text.Trim());
        var measure = definition?.Measure ?? IndicatorMeasure.Count;
        var year = previousYear.ToString(CultureInfo.InvariantCulture);
        if (figure?.Value is not { } value) return $"{name}: chưa có số liệu.";

        if (target.Comparator == TargetComparator.BelowPreviousYear)
        {
            if (figure.PreviousValue is not { } before)
                return $"{name} là {Amount(value, measure, definition)}, chưa có số liệu năm {year} để so sánh.";
            var met = value < before;
            var change = measure == IndicatorMeasure.Percent
                ? value == before ? "không thay đổi" : $"{(value > before ? "tăng" : "giảm")} {ReportNumbers.Percent(Math.Abs(value - before))} điểm phần trăm"
                : Difference(value, before, definition is null ? "" : Word(definition));
            return $"{name} {change} so với năm {year}, {(met ? "đạt" : "chưa đạt")} chỉ tiêu.";
        }

        if (target.Value is not { } goal) return $"{name} đạt {Amount(value, measure, definition)}.";
        var reached = target.Comparator switch
        {
            TargetComparator.AtMost => value <= goal,
            TargetComparator.Equal => value == goal,
            _ => value >= goal,
        };
        var bound = target.Comparator == TargetComparator.AtMost ? "không quá " : "";
        var goalText = measure == IndicatorMeasure.Percent ? ReportNumbers.Target(goal) + " %"
            : (ReportNumbers.Target(goal) + " " + (definition is null ? "" : Word(definition))).TrimEnd();
        return $"{name} đạt {Amount(value, measure, definition)}, {(reached ? "đạt" : "chưa đạt")} chỉ tiêu {bound}{goalText}.";
    }

    /// <summary>"giảm 3 em (12,5 %)", "tăng 2 vụ", "không thay đổi".</summary>
    private static string Difference(decimal value, decimal previous, string unit)
    {
        var d = value - previous;
        if (d == 0) return "không thay đổi";
        var sb = new StringBuilder(d > 0 ? "tăng " : "giảm ");
        sb.Append(ReportNumbers.Whole(Math.Abs(d)));
        if (unit.Length > 0) sb.Append(' ').Append(unit);
        if (previous > 0) sb.Append(" (").Append(ReportNumbers.Percent(Math.Abs(d) * 100m / previous)).Append(" %)");
        return sb.ToString();
    }

    private static string Amount(decimal value, IndicatorMeasure measure, IndicatorDefinition? definition) =>
        measure == IndicatorMeasure.Percent ? ReportNumbers.Percent(value) + " %"
        : (ReportNumbers.Whole(value) + " " + (definition is null ? "" : Word(definition))).TrimEnd();

    /// <summary>The unit as a sentence counts it: children are "em" ("giảm 3 em").</summary>
    private static string Word(IndicatorDefinition definition) =>
        definition.UnitOfMeasure == "trẻ em" ? "em" : definition.UnitOfMeasure;
}
