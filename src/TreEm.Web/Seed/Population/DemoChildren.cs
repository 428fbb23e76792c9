using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;

namespace TreEm.Web.Seed.Population;

/// <summary>
/// Writes the demo population of a province into the register, in batches (a few thousand children with their
/// caregivers and classifications per save, audited like any change). Idempotent: a commune that already has its
/// share of children gets none, so a second run adds nothing and a larger count only tops the communes up.
/// </summary>
public static class DemoChildren
{
    public const int BatchSize = 2000;

    public static async Task<int> SeedAsync(TreEmDbContext db, string provinceCode, int count, int seed, DateOnly today, DateTime now,
        ILogger? log = null, CancellationToken ct = default)
    {
        if (count <= 0) return 0;
        var province = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == provinceCode, ct);
        if (province is null) return 0;

        var existing = await db.Children.AsNoTracking()
            .Where(c => c.Unit!.Path.StartsWith(province.Path))
            .GroupBy(c => c.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        if (existing.Sum(e => e.Count) >= count) return 0;

        var communes = await CommunesAsync(db, province.Path, today, ct);
        var communeOf = communes.SelectMany(c => c.VillageIds.Append(c.UnitId).Select(id => (id, c.Code))).ToDictionary(x => x.id, x => x.Code);
        var have = existing.Where(e => communeOf.ContainsKey(e.UnitId)).GroupBy(e => communeOf[e.UnitId]).ToDictionary(g => g.Key, g => g.Sum(e => e.Count));

        var taken = existing.Count == 0 ? [] : await db.Children.AsNoTracking()
            .Where(c => c.IdentityNumber != null).Select(c => c.IdentityNumber!).ToListAsync(ct);
        var atRisk = await db.AtRiskSituations.AsNoTracking().Where(a => a.IsActive).Select(a => a.Code).ToListAsync(ct);
        var subgroups = await db.SpecialCircumstanceSubgroups.AsNoTracking().Select(s => s.Code).ToListAsync(ct);

        var population = new DemoPopulation(seed, today, now, atRisk, subgroups, taken);
        var shares = population.Allocate(communes, count);
        var added = 0;
        var pending = 0;
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var commune in communes)
            {
                foreach (var child in population.Generate(commune, shares[commune.Code]).Skip(have.GetValueOrDefault(commune.Code)))
                {
                    db.Children.Add(child);
                    if (++pending < BatchSize) continue;
                    added += await SaveAsync(db, pending, ct);
                    pending = 0;
                    if (added % 50_000 == 0) log?.LogInformation("Demo children: {Added} added", added);
                }
            }
            if (pending > 0) added += await SaveAsync(db, pending, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
        return added;
    }

    private static async Task<int> SaveAsync(TreEmDbContext db, int pending, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return pending;
    }

    /// <summary>The communes (tier Commune) of the province in force today, by code, with their village units.</summary>
    public static async Task<List<DemoCommune>> CommunesAsync(TreEmDbContext db, string provincePath, DateOnly today, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Path.StartsWith(provincePath) && (u.ValidTo == null || u.ValidTo > today))
            .Select(u => new { u.Id, u.Code, u.TypeCode, u.ParentId, u.Type!.Tier })
            .ToListAsync(ct);
        var byId = units.ToDictionary(u => u.Id);
        var villages = units.Where(u => u.Tier == UnitTier.Village && u.ParentId is not null)
            .GroupBy(u => u.ParentId!.Value)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<int>)g.OrderBy(v => v.Code, StringComparer.Ordinal).Select(v => v.Id).ToList());
        return units.Where(u => u.Tier == UnitTier.Commune)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .Select(u =>
            {
                var parent = u.ParentId is { } p && byId.TryGetValue(p, out var x) && x.Tier == UnitTier.District ? x.Code : "";
                return new DemoCommune(u.Code, u.TypeCode, parent, u.Id, villages.GetValueOrDefault(u.Id) ?? []);
            })
            .ToList();
    }
}
