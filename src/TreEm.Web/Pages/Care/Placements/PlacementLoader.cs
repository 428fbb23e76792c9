using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Security;

namespace TreEm.Web.Pages.Care.Placements;

/// <summary>Finds a placement in the user's scope with the child and caregiver, and says whether the user may write it.</summary>
public static class PlacementLoader
{
    public static async Task<(CarePlacement? Placement, bool CanWrite)> LoadAsync(TreEmDbContext db, UserScope scope, int id, bool track, CancellationToken ct)
    {
        var query = db.CarePlacements.VisibleTo(scope).Include(p => p.Child).Include(p => p.CareGiver).Include(p => p.Unit).Include(p => p.Need);
        var placement = await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (placement is null) return (null, false);
        return (placement, await CareText.CanWriteAsync(db, scope, placement.UnitId, ct));
    }
}
