using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>Finds an event for a page: null when outside the user's read scope (404); whether they may change it.</summary>
public static class EventAccess
{
    public sealed record Found(int Id, string Theme, int UnitId, string UnitPath, bool CanWrite);

    public static async Task<Found?> FindAsync(TreEmDbContext db, UserScope scope, int id, CancellationToken ct)
    {
        var e = await db.ChildEvents.AsNoTracking().VisibleTo(scope).Where(x => x.Id == id)
            .Select(x => new { x.Id, x.Theme, x.UnitId, x.Unit!.Path }).FirstOrDefaultAsync(ct);
        return e is null ? null : new Found(e.Id, e.Theme, e.UnitId, e.Path, scope.For(Capabilities.ActivityWrite).Covers(e.Path));
    }
}
