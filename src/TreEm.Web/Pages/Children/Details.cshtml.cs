using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// One child's record: every field, caregivers, current and past classifications and the status history.
/// Opening it is recorded in the audit log.
/// </summary>
[ReadOnlyPage]
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public ChildDetailsQuery.Result Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var details = await ChildDetailsQuery.LoadAsync(db, scope, id, Display.Today(time), ct);
        if (details is null) return NotFound();
        Details = details;
        db.AuditRead("Child", id.ToString(System.Globalization.CultureInfo.InvariantCulture), details.Child.UnitId);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
