using TreEm.Data.Indicators;
using TreEm.Domain;
using TreEm.Domain.Indicators;
using TreEm.Domain.Reports;
using TreEm.Security;

namespace TreEm.Data.Reports;

/// <summary>
/// The figures of a report: every indicator of the catalogue for the unit's subtree and the period, with the same
/// period of the previous year beside it (section III.1). A draft shows them live; submission freezes them as the
/// report's <see cref="Report.Figures"/>.
/// </summary>
public static class ReportFigureBuilder
{
    /// <summary>Computes the live figures of <paramref name="unit"/> for <paramref name="period"/>.</summary>
    public static async Task<List<ReportFigure>> ComputeAsync(TreEmDbContext db, UserScope scope, OrgUnit unit,
        FigurePeriod period, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var current = await IndicatorEngine.ComputeAsync(db, scope, unit, period, null, now, ct);
        var previous = await IndicatorEngine.ComputeAsync(db, scope, unit, period.PreviousYear(), null, now, ct);
        var before = previous.ToDictionary(v => (v.Code, v.Key), v => v.Value);
        var rows = current.Select(v => new ReportFigure
        {
            Code = v.Code,
            Key = v.Key,
            Value = v.Value,
            Numerator = v.Numerator,
            Denominator = v.Denominator,
            PreviousValue = before.GetValueOrDefault((v.Code, v.Key)),
        }).ToList();
        // A line that had a value last year and none this year still belongs beside it.
        var seen = rows.Select(r => (r.Code, r.Key)).ToHashSet();
        rows.AddRange(previous.Where(v => !seen.Contains((v.Code, v.Key)))
            .Select(v => new ReportFigure { Code = v.Code, Key = v.Key, Value = null, PreviousValue = v.Value }));
        return rows;
    }
}
