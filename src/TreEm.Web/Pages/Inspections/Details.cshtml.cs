using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Inspections;

/// <summary>One inspection visit, its findings and follow-up.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public InspectionVisit Visit { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public bool IsOverdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var v = await db.InspectionVisits.AsNoTracking().VisibleTo(scope).Include(x => x.Unit).Include(x => x.InspectorUnit)
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return NotFound();
        Visit = v;
        CanWrite = ActivityKit.CanWrite(scope, Capabilities.InspectionWrite, v.Unit!.Path);
        IsOverdue = v.FollowUpOverdueOn(Display.Today(time));
        return Page();
    }
}
