using Microsoft.EntityFrameworkCore;
using TreEm.Data.Indicators;
using TreEm.Domain;
using TreEm.Domain.Indicators;
using TreEm.Domain.Plans;
using TreEm.Security;

namespace TreEm.Data.Plans;

/// <summary>
/// The figures of a unit's dashboard (issue 6 items 2 and 7): each target of the plan in force with its value over the
/// year so far and its <see cref="TargetStatus"/>, the trend of one target at the end of each month, and the units
/// directly below with their value of that target, worst first. The indicator engine is set-based: it is called once
/// per span with every code that span needs (the year so far, the same span of the previous year when a target
/// compares with it, and one call per earlier month-end for the trend).
/// </summary>
public static class PlanDashboard
{
    public sealed record TargetLine(PlanTarget Target, IndicatorDefinition? Definition, bool Accumulates, decimal? Value,
        decimal? Previous, TargetState State);

    public sealed record TrendPoint(DateOnly MonthEnd, decimal? Value);

    public sealed record ChildLine(string Code, string Name, decimal? Value, decimal? Previous, TargetState State, decimal? Gap, bool Judged);

    public sealed record Result(FigurePeriod Span, decimal Elapsed, IReadOnlyList<TargetLine> Targets, TargetLine? Selected,
        IReadOnlyList<TrendPoint> Trend, IReadOnlyList<ChildLine> Children);

    /// <summary>Builds the dashboard of <paramref name="unit"/> (in the user's scope) for the plan's year.</summary>
    /// <param name="today">Today in Vietnam: the year so far runs from 1 January to min(today, 31 December).</param>
    /// <param name="selectedTargetId">The target whose trend and units are shown; the first target when null or unknown.</param>
    /// <param name="withTrend">False to compute the targets' values only (no trend, no units below).</param>
    public static async Task<Result> ComputeAsync(TreEmDbContext db, UserScope scope, OrgUnit unit, Plan plan, DateOnly today,
        DateTime now, int? selectedTargetId, bool withTrend = true, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(plan);
        var year = plan.Year;
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var end = today < last ? today : last;
        var started = end >= first;
        var span = new FigurePeriod(first, started ? end : first);
        var elapsed = TargetStatus.ElapsedShare(year, end);

        var targets = plan.Targets.OrderBy(t => t.Order).ThenBy(t => t.Id).ToList();
        var codes = targets.Select(t => t.IndicatorCode).Where(c => IndicatorCatalogue.Find(c) is not null)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var previousCodes = targets.Where(t => t.Comparator == TargetComparator.BelowPreviousYear).Select(t => t.IndicatorCode)
            .Where(c => IndicatorCatalogue.Find(c) is not null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        IReadOnlyList<IndicatorValue> current = [];
        IReadOnlyList<IndicatorValue> previous = [];
        if (started && codes.Count > 0)
            current = await IndicatorEngine.ComputeAsync(db, scope, unit, span, codes, now, ct);
        if (started && previousCodes.Count > 0)
            previous = await IndicatorEngine.ComputeAsync(db, scope, unit, span.PreviousYear(), previousCodes, now, ct);

        var lines = targets.Select(t =>
        {
            var def = IndicatorCatalogue.Find(t.IndicatorCode);
            var accumulates = def is null || TargetStatus.Accumulates(def.Measure, def.PeriodType);
            var value = Total(current, t.IndicatorCode);
            var prev = Total(previous, t.IndicatorCode);
            return new TargetLine(t, def, accumulates, value, prev, TargetStatus.Of(t.Comparator, t.Value, accumulates, value, prev, elapsed));
        }).ToList();
        var selected = lines.FirstOrDefault(l => l.Target.Id == selectedTargetId) ?? lines.FirstOrDefault();

        var trend = new List<TrendPoint>();
        var children = new List<ChildLine>();
        if (withTrend && selected is not null)
        {
            if (selected.Definition is not null && started)
            {
                var code = selected.Target.IndicatorCode;
                for (var month = 1; month <= end.Month; month++)
                {
                    var monthEnd = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
                    if (monthEnd >= end)
                    {
                        trend.Add(new TrendPoint(end, selected.Value));
                        break;
                    }
                    var values = await IndicatorEngine.ComputeAsync(db, scope, unit, new FigurePeriod(first, monthEnd), [code], now, ct);
                    trend.Add(new TrendPoint(monthEnd, Total(values, code)));
                }
            }
            children = await ChildrenAsync(db, scope, unit, selected, current, previous, elapsed, ct);
        }
        return new Result(span, elapsed, lines, selected, trend, children);
    }

    private static async Task<List<ChildLine>> ChildrenAsync(TreEmDbContext db, UserScope scope, OrgUnit unit, TargetLine selected,
        IReadOnlyList<IndicatorValue> current, IReadOnlyList<IndicatorValue> previous, decimal elapsed, CancellationToken ct)
    {
        var below = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ReportRead))
            .Where(u => u.ParentId == unit.Id && u.Type!.Tier != UnitTier.Village)
            .Select(u => new { u.Code, u.Name }).ToListAsync(ct);
        var t = selected.Target;
        // A unit below is judged against the same target only when the target is a share or a comparison with its
        // own previous year: the province's amount or count is not a district's.
        var judged = !selected.Accumulates || t.Comparator == TargetComparator.BelowPreviousYear;
        return below.Select(u =>
            {
                var key = IndicatorCatalogue.ByUnit + ":" + u.Code;
                var value = Breakdown(current, t.IndicatorCode, key);
                var prev = Breakdown(previous, t.IndicatorCode, key);
                var state = judged ? TargetStatus.Of(t.Comparator, t.Value, selected.Accumulates, value, prev, elapsed) : TargetState.NoData;
                var gap = TargetStatus.Gap(t.Comparator, t.Value, selected.Accumulates, value, prev, elapsed);
                return new ChildLine(u.Code, u.Name, value, prev, state, gap, judged);
            })
            .OrderBy(c => Rank(c.State))
            .ThenBy(c => c.Gap ?? decimal.MaxValue)
            .ThenBy(c => c.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Worst first: behind, on track, met, then the units without a value.</summary>
    private static int Rank(TargetState state) => state switch
    {
        TargetState.Behind => 0,
        TargetState.OnTrack => 1,
        TargetState.Met => 2,
        _ => 3,
    };

    private static decimal? Total(IReadOnlyList<IndicatorValue> values, string code) => Breakdown(values, code, IndicatorValue.Total);

    private static decimal? Breakdown(IReadOnlyList<IndicatorValue> values, string code, string key) =>
        values.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.OrdinalIgnoreCase) && v.Key == key)?.Value;
}
