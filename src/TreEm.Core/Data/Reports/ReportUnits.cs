using Microsoft.EntityFrameworkCore;
using TreEm.Domain;

namespace TreEm.Data.Reports;

/// <summary>
/// Who reports to whom (issue 6 item 5): a commune's report goes to the nearest district above it (the province
/// when communes hang directly under it, as in the 2025 tree), a district's report to the province; the province's
/// report leaves the system (Ủy ban nhân dân tỉnh). Villages do not report.
/// </summary>
public static class ReportUnits
{
    /// <summary>Whether units of this tier write reports.</summary>
    public static bool Reports(UnitTier? tier) => tier is UnitTier.Province or UnitTier.District or UnitTier.Commune;

    /// <summary>Whether a unit of <paramref name="receiver"/>'s tier receives the reports of a unit of <paramref name="sender"/>'s tier.</summary>
    public static bool Receives(UnitTier? receiver, UnitTier? sender) => sender switch
    {
        UnitTier.Commune => receiver is UnitTier.District or UnitTier.Province,
        UnitTier.District => receiver is UnitTier.Province,
        _ => false,
    };

    /// <summary>The unit that receives <paramref name="unit"/>'s report, or null (the province, a village).</summary>
    public static async Task<OrgUnit?> ReceiverOfAsync(TreEmDbContext db, OrgUnit unit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var tier = unit.Type?.Tier ?? await db.UnitTypes.Where(t => t.Code == unit.TypeCode).Select(t => (UnitTier?)t.Tier).FirstOrDefaultAsync(ct);
        if (tier is not (UnitTier.Commune or UnitTier.District)) return null;
        var codes = AncestorCodes(unit.Path);
        if (codes.Count == 0) return null;
        var ancestors = await db.Units.AsNoTracking().Include(u => u.Type)
            .Where(u => codes.Contains(u.Code)).ToListAsync(ct);
        // Nearest first: the longest path.
        return ancestors
            .Where(a => unit.Path.StartsWith(a.Path, StringComparison.Ordinal) && a.Id != unit.Id)
            .OrderByDescending(a => a.Path.Length)
            .FirstOrDefault(a => Receives(a.Type?.Tier, tier));
    }

    /// <summary>
    /// The units whose reports <paramref name="receiver"/> receives, by name: the districts of a province (and any
    /// commune directly under it), the communes of a district.
    /// </summary>
    public static async Task<List<OrgUnit>> SendersToAsync(TreEmDbContext db, OrgUnit receiver, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(receiver);
        var path = receiver.Path;
        var below = await db.Units.AsNoTracking().Include(u => u.Type)
            .Where(u => u.Path.StartsWith(path) && u.Id != receiver.Id)
            .Where(u => u.Type!.Tier == UnitTier.District || u.Type!.Tier == UnitTier.Commune || u.Type!.Tier == UnitTier.Province)
            .ToListAsync(ct);
        var receiverTier = receiver.Type?.Tier ?? await db.UnitTypes.Where(t => t.Code == receiver.TypeCode).Select(t => (UnitTier?)t.Tier).FirstOrDefaultAsync(ct);
        // A unit reports to receiver when no unit between them would receive its report first.
        return below
            .Where(u => Receives(receiverTier, u.Type?.Tier))
            .Where(u => !below.Any(m => m.Id != u.Id && u.Path.StartsWith(m.Path, StringComparison.Ordinal) && Receives(m.Type?.Tier, u.Type?.Tier)))
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>"/64/633/23944/" → ["64", "633"] (the unit's own code left out).</summary>
    public static List<string> AncestorCodes(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var codes = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (codes.Count > 0) codes.RemoveAt(codes.Count - 1);
        return codes;
    }
}
