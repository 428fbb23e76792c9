using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Communication;

/// <summary>One communication activity.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public CommunicationActivity Activity { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var a = await db.CommunicationActivities.AsNoTracking().VisibleTo(scope).Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return NotFound();
        Activity = a;
        CanWrite = ActivityKit.CanWrite(scope, Capabilities.ActivityWrite, a.Unit!.Path);
        return Page();
    }
}
