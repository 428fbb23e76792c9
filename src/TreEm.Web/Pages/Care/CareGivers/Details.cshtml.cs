using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>A registered caregiver: checks, whether it may receive a child, and the children it cares or cared for.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public sealed record PlacementRow(int Id, string ChildName, DateOnly StartDate, DateOnly? EndDate);

    public CareGiver Giver { get; private set; } = null!;
    public List<string> Missing { get; private set; } = [];
    public List<PlacementRow> Placements { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var giver = await db.AlternativeCareGivers.AsNoTracking().VisibleTo(scope).Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (giver is null) return NotFound();
        Giver = giver;
        Missing = CareRules.MissingChecks(giver);
        CanWrite = await CareText.CanWriteAsync(db, scope, giver.UnitId, ct);
        Placements = await db.CarePlacements.AsNoTracking().VisibleTo(scope).Where(p => p.CareGiverId == id)
            .OrderByDescending(p => p.StartDate).Select(p => new PlacementRow(p.Id, p.Child!.FullName, p.StartDate, p.EndDate)).ToListAsync(ct);
        return Page();
    }
}
