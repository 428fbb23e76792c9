using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Communication;

/// <summary>Communication activities visible to the user: filters, totals of reach, sorting, paging, export link.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public CommunicationListQuery Filters { get; private set; } = new();
    public CommunicationListQuery.Result Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = CommunicationListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        CanWrite = ActivityKit.CanWriteSomewhere(scope, Capabilities.ActivityWrite);
        return Page();
    }
}
