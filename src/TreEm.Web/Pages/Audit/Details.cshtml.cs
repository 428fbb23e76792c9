using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Audit;

/// <summary>One audit entry in full. Same scope as the list: an entry the viewer may not see is 404. Read-only.</summary>
[Authorize(Policy = Policies.AuditRead)]
[ReadOnlyPage]
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public AuditRow Entry { get; private set; } = null!;
    public IReadOnlyList<AuditChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var entry = await new AuditQuery(db).FindAsync(scope, id, ct);
        if (entry is null) return NotFound();
        Entry = entry;
        Changes = AuditChanges.Of(entry);
        return Page();
    }
}
