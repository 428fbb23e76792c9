using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.Plans;
using TreEm.Security;

namespace TreEm.Data.Plans;

/// <summary>
/// Which plans a user reads and writes. A plan is read by the users whose report scope covers its unit
/// (<see cref="Scoping.VisibleTo(IQueryable{Plan}, UserScope)"/>) and also by the users of the units below it: the
/// province plan is the plan in force for every district and commune that has none of its own, and the plan a
/// district derives its own from.
/// </summary>
public static class PlanQueries
{
    /// <summary>The paths of a unit path and of every unit above it ("/64/633/" → "/64/", "/64/633/").</summary>
    public static IReadOnlyList<string> SelfAndAncestorPaths(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var codes = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var result = new List<string>(codes.Length);
        var current = "/";
        foreach (var code in codes)
        {
            current += code + "/";
            result.Add(current);
        }
        return result;
    }

    /// <summary>Plans the user may read: those of the units in scope and those of the units above them.</summary>
    public static IQueryable<Plan> Readable(TreEmDbContext db, UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var s = scope.For(Capabilities.ReportRead);
        if (s.All) return db.Plans.VisibleTo(scope);
        var above = s.Paths.SelectMany(SelfAndAncestorPaths).Distinct(StringComparer.Ordinal).ToList();
        var inScope = db.Plans.VisibleTo(scope).Select(p => p.Id);
        return db.Plans.Where(p => above.Contains(p.Unit!.Path) || inScope.Contains(p.Id));
    }

    /// <summary>Whether the user may change plans of the unit with this path.</summary>
    public static bool CanWrite(UserScope scope, string unitPath)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.For(Capabilities.PlanWrite).Covers(unitPath);
    }

    /// <summary>Whether the user may keep plans anywhere.</summary>
    public static bool CanWriteAny(UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var s = scope.For(Capabilities.PlanWrite);
        return s.All || s.Paths.Count > 0;
    }

    /// <summary>Units (province, district, commune) where the user may keep plans.</summary>
    public static IQueryable<OrgUnit> WritableUnits(TreEmDbContext db, UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        return db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.PlanWrite)).Where(u => u.Type!.Tier != UnitTier.Village);
    }

    /// <summary>
    /// The plan in force for a unit and a year: its own plan of that year, or else the plan of the nearest unit above
    /// it. Null when there is none. The caller has checked the unit is in the user's scope.
    /// </summary>
    public static async Task<Plan?> InForceAsync(TreEmDbContext db, OrgUnit unit, int year, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var paths = SelfAndAncestorPaths(unit.Path);
        var candidates = await db.Plans.AsNoTracking().Include(p => p.Unit).Include(p => p.Targets)
            .Where(p => p.Year == year && paths.Contains(p.Unit!.Path)).ToListAsync(ct);
        return candidates
            .OrderByDescending(p => p.Unit!.Path.Length)
            .ThenByDescending(p => p.IssuedOn)
            .ThenByDescending(p => p.Id)
            .FirstOrDefault();
    }

    /// <summary>The years of the plans in force for a unit (its own and those above it), latest first.</summary>
    public static async Task<List<int>> YearsAsync(TreEmDbContext db, OrgUnit unit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        var paths = SelfAndAncestorPaths(unit.Path);
        return await db.Plans.AsNoTracking().Where(p => paths.Contains(p.Unit!.Path))
            .Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }
}
