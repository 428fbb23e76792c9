using System.Globalization;
using TreEm.Data.Indicators;
using TreEm.Domain.Plans;
using TreEm.Domain.Reports;
using TreEm.Web.Charts;

namespace TreEm.Web.Documents;

/// <summary>
/// The charts of a printed report (issue 6 item 7), drawn with <see cref="FigureChart"/> as in the pages: the progress
/// of each plan target towards its target (100 % = reached), and the main percent by unit directly below.
/// </summary>
public static class ReportCharts
{
    /// <summary>The indicator the chart by unit shows: the first target of the 2021 plan.</summary>
    public const string ByUnitCode = "HCDB_TRO_GIUP_PT";

    private const double WidthMm = 160, HeightMm = 80;

    /// <summary>The charts of the report that have something to show, as document pictures.</summary>
    public static IReadOnlyList<Picture> Pictures(ReportPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var pictures = new List<Picture>();
        var n = 0;
        if (TargetProgress(print) is { } progress)
            pictures.Add(new Picture(progress.Png(), WidthMm, HeightMm,
                $"Biểu đồ {++n}. Mức độ thực hiện các chỉ tiêu kế hoạch năm {print.Period.Year.ToString(CultureInfo.InvariantCulture)} (100 % là đạt chỉ tiêu)"));
        if (ByUnit(print) is { } units)
            pictures.Add(new Picture(units.Png(), WidthMm, HeightMm, $"Biểu đồ {++n}. {units.Title}"));
        return pictures;
    }

    /// <summary>
    /// One bar per target: its value as a share of the target (for "at most" and "below last year", the target or last
    /// year's value as a share of the value), so that 100 marks the target whatever the unit. Null without targets.
    /// </summary>
    public static FigureChart? TargetProgress(ReportPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        return TargetProgress(print.Figures, print.Targets);
    }

    /// <summary>The target progress chart of figures against targets (the report page draws it too).</summary>
    public static FigureChart? TargetProgress(IReadOnlyList<ReportFigure> figures, IReadOnlyList<PlanTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Count == 0) return null;
        var totals = figures.Where(f => f.Key.Length == 0).GroupBy(f => f.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var points = targets.Select((t, i) => new ChartPoint(
            "CT " + (i + 1).ToString(CultureInfo.InvariantCulture),
            Progress(t, totals.GetValueOrDefault(t.IndicatorCode)))).ToList();
        return FigureChart.Bars("Mức độ thực hiện chỉ tiêu (%)", points, 100m, "%");
    }

    /// <summary>How far a target is reached, in percent of the target; null when it cannot be judged.</summary>
    public static decimal? Progress(PlanTarget target, ReportFigure? figure)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (figure?.Value is not { } v) return null;
        decimal? result = target.Comparator switch
        {
            TargetComparator.BelowPreviousYear => figure.PreviousValue is { } p ? (v == 0 ? (p == 0 ? 100m : 200m) : p * 100m / v) : null,
            TargetComparator.AtMost => target.Value is { } t ? (v == 0 ? 100m : t * 100m / v) : null,
            _ => target.Value is { } t && t != 0 ? v * 100m / t : null,
        };
        return result is { } r ? Math.Round(Math.Min(r, 200m), 1) : null;
    }

    /// <summary>
    /// The main percent (<see cref="ByUnitCode"/>) for each unit directly below, from the figures keyed "unit:CODE",
    /// with the plan's target as a line. A public version leaves out a unit whose numerator is 1 to 4. Null without
    /// such figures.
    /// </summary>
    public static FigureChart? ByUnit(ReportPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        return ByUnit(print.Figures, print.Targets, print.UnitNames, print.Public);
    }

    /// <summary>The chart by unit of figures (the report page draws it too); <paramref name="unitNames"/> by unit code.</summary>
    public static FigureChart? ByUnit(IReadOnlyList<ReportFigure> figures, IReadOnlyList<PlanTarget> targets,
        IReadOnlyDictionary<string, string> unitNames, bool publicVersion)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(unitNames);
        var rows = figures
            .Where(f => string.Equals(f.Code, ByUnitCode, StringComparison.OrdinalIgnoreCase)
                && f.Key.StartsWith(ReportPrint.UnitKey, StringComparison.Ordinal) && f.Value is not null)
            .Where(f => !publicVersion || !AppendixTable.IsSmall(f.Numerator))
            .Select(f => (Code: f.Key[ReportPrint.UnitKey.Length..], f.Value))
            .ToList();
        if (rows.Count == 0) return null;
        var points = rows
            .Select(r => new ChartPoint(ShortName(unitNames.GetValueOrDefault(r.Code) ?? r.Code), r.Value))
            .OrderBy(p => p.Label, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false))
            .ToList();
        var target = targets.FirstOrDefault(t => string.Equals(t.IndicatorCode, ByUnitCode, StringComparison.OrdinalIgnoreCase)
            && t.Comparator is TargetComparator.AtLeast or TargetComparator.Equal)?.Value;
        var name = IndicatorCatalogue.Find(ByUnitCode)?.NameVi ?? ByUnitCode;
        return FigureChart.Bars($"{name} theo đơn vị (%)", points, target, "%");
    }

    /// <summary>"Huyện Chư Sê" → "Chư Sê".</summary>
    private static string ShortName(string name)
    {
        foreach (var prefix in new[] { "Thành phố ", "Thị xã ", "Thị trấn ", "Huyện ", "Quận ", "Phường ", "Xã " })
            if (name.StartsWith(prefix, StringComparison.Ordinal)) return name[prefix.Length..];
        return name;
    }
}
