using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.Placements;

/// <summary>A placement: child, caregiver, dates, visits; links to end it and to add a visit. Opening it is audited.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public CarePlacement Placement { get; private set; } = null!;
    public List<CareVisit> Visits { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public bool VisitDue { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (placement, canWrite) = await PlacementLoader.LoadAsync(db, scope, id, track: false, ct);
        if (placement is null) return NotFound();
        Placement = placement;
        CanWrite = canWrite;
        Visits = await db.CareVisits.AsNoTracking().Where(v => v.PlacementId == id).OrderByDescending(v => v.Date).ThenByDescending(v => v.Id).ToListAsync(ct);
        VisitDue = CareRules.VisitDue(placement, Visits.Count == 0 ? null : Visits[0].Date, Display.Today(time));
        db.AuditRead(nameof(CarePlacement), CareText.Id(id), placement.UnitId);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
