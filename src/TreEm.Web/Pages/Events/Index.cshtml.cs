using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>Events visible to the user: filters (year, kind, unit subtree), sorting, paging, children by sex.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public EventListQuery Filters { get; private set; } = new();
    public EventListQuery.Result Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = EventListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        var write = scope.For(Capabilities.ActivityWrite);
        CanWrite = write.All || write.Paths.Count > 0;
        return Page();
    }
}
