using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Security;

namespace TreEm.Web.Pages.People;

/// <summary>
/// Who may read and keep which records of people: read through the activity scope (outside it: 404), write
/// with <see cref="Capabilities.PeopleWrite"/> over the record's unit (inside read but not write: 403).
/// </summary>
public static class PeopleAccess
{
    public static bool CanWrite(UserScope scope, string unitPath) => scope.For(Capabilities.PeopleWrite).Covers(unitPath);

    public static bool CanWriteAnywhere(UserScope scope)
    {
        var s = scope.For(Capabilities.PeopleWrite);
        return s.All || s.Paths.Count > 0;
    }

    public static Task<Person?> FindAsync(TreEmDbContext db, UserScope scope, int id, bool tracked, CancellationToken ct)
    {
        var q = db.People.VisibleTo(scope).Include(p => p.Unit).ThenInclude(u => u!.Type).AsQueryable();
        if (!tracked) q = q.AsNoTracking();
        return q.FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    public sealed record UnitOption(string Code, string Label, int Depth);

    /// <summary>Units where the user may keep people, in tree order, for the unit choice of a form.</summary>
    public static async Task<List<UnitOption>> WritableUnitsAsync(TreEmDbContext db, UserScope scope, DateOnly today, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.PeopleWrite))
            .Where(u => u.ValidTo == null || u.ValidTo > today)
            .Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);
        return units.OrderBy(u => u.Path, StringComparer.Ordinal)
            .Select(u => new UnitOption(u.Code, u.Name + " (" + u.Code + ")", u.Path.Count(c => c == '/') - 2)).ToList();
    }

    /// <summary>The unit with that code where the user may keep people, with its type, or null.</summary>
    public static Task<OrgUnit?> WritableUnitAsync(TreEmDbContext db, UserScope scope, string? code, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(code)
            ? Task.FromResult<OrgUnit?>(null)
            : db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.PeopleWrite)).Include(u => u.Type)
                .FirstOrDefaultAsync(u => u.Code == code.Trim(), ct);
}
