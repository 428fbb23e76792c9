using Microsoft.EntityFrameworkCore;
using TreEm.Data.Indicators;
using TreEm.Domain;
using TreEm.Domain.Indicators;
using TreEm.Domain.Reports;
using TreEm.Security;

namespace TreEm.Data.Reports;

/// <summary>A unit whose report the consolidating unit receives, and whether its accepted report is in the sums.</summary>
public sealed record ConsolidationSource(int UnitId, string UnitCode, string UnitName, int? ReportId, ReportStatus? Status, bool Included);

/// <summary>One consolidated figure beside the unit's live figure for the same line, and their difference.</summary>
public sealed record ConsolidationLine(string Code, string Key, decimal? Value, decimal? Numerator, decimal? Denominator,
    decimal? PreviousValue, decimal? Live, decimal? Difference)
{
    public bool Differs => Difference is { } d && d != 0;
}

/// <summary>The consolidation of a report: its sources and lines.</summary>
public sealed record Consolidation(IReadOnlyList<ConsolidationSource> Sources, IReadOnlyList<ConsolidationLine> Lines)
{
    public int Included => Sources.Count(s => s.Included);
    public int Missing => Sources.Count(s => !s.Included);

    /// <summary>The consolidated lines as figure rows (what "Tổng hợp" writes and submission freezes).</summary>
    public List<ReportFigure> Figures() => Lines
        .Where(l => l.Value is not null || l.Numerator is not null || l.PreviousValue is not null)
        .Select(l => new ReportFigure
        {
            Code = l.Code,
            Key = l.Key,
            Value = l.Value,
            Numerator = l.Numerator,
            Denominator = l.Denominator,
            PreviousValue = l.PreviousValue,
        }).ToList();
}

/// <summary>
/// Consolidation (issue 6 item 5): a province (or district) report sums the frozen figures of the ACCEPTED reports
/// of the units that report to it, and shows where the sums differ from today's live figures of the same unit and
/// period (records changed after submission, or units whose reports are missing).
/// </summary>
public static class ReportConsolidation
{
    /// <summary>Builds the consolidation of <paramref name="report"/> (its unit and period loaded).</summary>
    public static async Task<Consolidation> BuildAsync(TreEmDbContext db, UserScope scope, Report report, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(report);
        var unit = report.Unit ?? await db.Units.Include(u => u.Type).SingleAsync(u => u.Id == report.UnitId, ct);
        var period = report.Period ?? await db.ReportPeriods.SingleAsync(p => p.Id == report.PeriodId, ct);
        var senders = await ReportUnits.SendersToAsync(db, unit, ct);
        var senderIds = senders.Select(s => s.Id).ToList();
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.PeriodId == period.Id && senderIds.Contains(r.UnitId))
            .Select(r => new { r.Id, r.UnitId, r.Status })
            .ToListAsync(ct);
        var byUnit = reports.ToDictionary(r => r.UnitId);
        var sources = senders.Select(s =>
        {
            var r = byUnit.GetValueOrDefault(s.Id);
            return new ConsolidationSource(s.Id, s.Code, s.Name, r?.Id, r?.Status, r?.Status == ReportStatus.Accepted);
        }).ToList();
        var acceptedIds = sources.Where(s => s.Included).Select(s => s.ReportId!.Value).ToList();
        var figures = await db.ReportFigures.AsNoTracking().Where(f => acceptedIds.Contains(f.ReportId)).ToListAsync(ct);
        var live = await ReportFigureBuilder.ComputeAsync(db, scope, unit, period.Figures, now, ct);
        return new Consolidation(sources, Lines(figures, live));
    }

    /// <summary>
    /// Sums figure rows line by line (code and key): counts and amounts add up; a percent adds its numerators and
    /// denominators and is recomputed. A percent's previous-year value cannot be summed from the shares of the
    /// units, so it is taken from the live figures (last year's records are closed).
    /// </summary>
    public static List<ConsolidationLine> Lines(IEnumerable<ReportFigure> figures, IReadOnlyList<ReportFigure> live)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(live);
        var liveByLine = live.GroupBy(f => (f.Code, f.Key)).ToDictionary(g => g.Key, g => g.First());
        var lines = new List<ConsolidationLine>();
        foreach (var g in figures.GroupBy(f => (f.Code, f.Key)).OrderBy(g => g.Key.Code, StringComparer.Ordinal).ThenBy(g => g.Key.Key, StringComparer.Ordinal))
        {
            var rows = g.ToList();
            var liveRow = liveByLine.GetValueOrDefault(g.Key);
            var percent = IndicatorCatalogue.Find(g.Key.Code)?.Measure == IndicatorMeasure.Percent
                || rows.Any(r => r.Denominator is not null);
            decimal? value, numerator = null, denominator = null, previous;
            if (percent)
            {
                numerator = Sum(rows.Select(r => r.Numerator));
                denominator = Sum(rows.Select(r => r.Denominator));
                value = numerator is { } n && denominator is { } d && d != 0 ? Math.Round(n * 100m / d, 2) : null;
                previous = liveRow?.PreviousValue;
            }
            else
            {
                value = Sum(rows.Select(r => r.Value));
                previous = Sum(rows.Select(r => r.PreviousValue));
            }
            // No live line means nothing counted today: 0 for a count or an amount; a percent of nothing has no value.
            var liveValue = liveRow?.Value ?? (percent ? null : 0m);
            lines.Add(new ConsolidationLine(g.Key.Code, g.Key.Key, value, numerator, denominator, previous, liveValue,
                value is { } v && liveValue is { } lv ? v - lv : null));
        }
        // Lines the live figures have and no accepted report does: the difference is the whole live value.
        var seen = lines.Select(l => (l.Code, l.Key)).ToHashSet();
        lines.AddRange(live.Where(l => !seen.Contains((l.Code, l.Key)) && l.Value is not null)
            .OrderBy(l => l.Code, StringComparer.Ordinal).ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new ConsolidationLine(l.Code, l.Key, null, null, null, null, l.Value, -l.Value)));
        return lines;
    }

    private static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal? total = null;
        foreach (var v in values)
            if (v is { } x) total = (total ?? 0) + x;
        return total;
    }
}
