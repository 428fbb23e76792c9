using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>
/// Where the network has gaps on a day (SPEC §3.6): communes without a child-protection worker at work, villages
/// without a collaborator, communes without a standing group, and per district the share of communes and villages
/// covered. Over the units of the user's activity scope (optionally one subtree of it) that exist on the day.
/// </summary>
public static class PeopleCoverage
{
    public sealed record Place(string Code, string Name, string? DistrictName);

    public sealed record DistrictShare(string Code, string Name, int Communes, int CommunesCovered, int Villages, int VillagesCovered);

    public sealed record Result(DateOnly Day, string? UnitLabel, List<Place> CommunesWithoutWorker, List<Place> VillagesWithoutCollaborator,
        List<Place> CommunesWithoutStandingGroup, List<DistrictShare> Districts, int Communes, int Villages);

    /// <summary>The coverage on the day; null when <paramref name="unitCode"/> names no unit of the user's scope.</summary>
    public static async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, string? unitCode, DateOnly day, CancellationToken ct = default)
    {
        var readable = db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityRead));
        string? unitLabel = null;
        if (!string.IsNullOrWhiteSpace(unitCode))
        {
            var root = await readable.Where(u => u.Code == unitCode).Select(u => new { u.Path, u.Name, u.Code }).FirstOrDefaultAsync(ct);
            if (root is null) return null;
            unitLabel = $"{root.Name} ({root.Code})";
            readable = readable.Where(u => u.Path.StartsWith(root.Path));
        }
        var units = await readable
            .Where(u => (u.ValidFrom == null || u.ValidFrom <= day) && (u.ValidTo == null || u.ValidTo > day))
            .Where(u => u.Type!.Tier == UnitTier.Commune || u.Type.Tier == UnitTier.Village)
            .Select(u => new { u.Id, u.Code, u.Name, u.Path, u.Type!.Tier })
            .ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToList();

        var workers = (await db.People.AsNoTracking()
            .Where(p => ids.Contains(p.UnitId) && (p.Kind == PersonKind.CanBoXa || p.Kind == PersonKind.CongTacVien))
            .Where(p => p.StartDate <= day && (p.EndDate == null || p.EndDate >= day))
            .Select(p => new { p.UnitId, p.Kind }).ToListAsync(ct))
            .Select(p => (p.UnitId, p.Kind)).ToHashSet();
        var groups = (await db.Committees.AsNoTracking()
            .Where(c => ids.Contains(c.UnitId) && c.Kind == CommitteeKind.NhomThuongTruc && c.EstablishedOn <= day)
            .Select(c => c.UnitId).ToListAsync(ct)).ToHashSet();

        // The district of a unit is the district-level ancestor on its path (the 2021 tree: tỉnh → huyện → xã → thôn).
        var ancestorCodes = units.SelectMany(u => Ancestors(u.Path)).Distinct().ToList();
        var districts = await db.Units.AsNoTracking()
            .Where(u => ancestorCodes.Contains(u.Code) && u.Type!.Tier == UnitTier.District)
            .Select(u => new { u.Code, u.Name }).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        string? DistrictOf(string path) => Ancestors(path).FirstOrDefault(districts.ContainsKey);

        var communes = units.Where(u => u.Tier == UnitTier.Commune).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        var villages = units.Where(u => u.Tier == UnitTier.Village).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();
        Place ToPlace(string code, string name, string path) =>
            new(code, name, DistrictOf(path) is { } d ? districts[d] : null);

        var shares = communes.Select(c => (District: DistrictOf(c.Path), Commune: true, Covered: workers.Contains((c.Id, PersonKind.CanBoXa))))
            .Concat(villages.Select(v => (District: DistrictOf(v.Path), Commune: false, Covered: workers.Contains((v.Id, PersonKind.CongTacVien)))))
            .Where(x => x.District is not null)
            .GroupBy(x => x.District!)
            .Select(g => new DistrictShare(g.Key, districts[g.Key],
                g.Count(x => x.Commune), g.Count(x => x.Commune && x.Covered),
                g.Count(x => !x.Commune), g.Count(x => !x.Commune && x.Covered)))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

        return new Result(day, unitLabel,
            communes.Where(c => !workers.Contains((c.Id, PersonKind.CanBoXa))).Select(c => ToPlace(c.Code, c.Name, c.Path)).ToList(),
            villages.Where(v => !workers.Contains((v.Id, PersonKind.CongTacVien))).Select(v => ToPlace(v.Code, v.Name, v.Path)).ToList(),
            communes.Where(c => !groups.Contains(c.Id)).Select(c => ToPlace(c.Code, c.Name, c.Path)).ToList(),
            shares, communes.Count, villages.Count);
    }

    /// <summary>The codes of a path's ancestors, nearest first ("/64/633/23944/" → 633, 64).</summary>
    private static IEnumerable<string> Ancestors(string path)
    {
        var codes = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = codes.Length - 2; i >= 0; i--) yield return codes[i];
    }
}
