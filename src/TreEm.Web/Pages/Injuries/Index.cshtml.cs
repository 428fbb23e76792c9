using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Injuries;

/// <summary>Injuries in the units of the user's scope: filters, totals injured and died by kind, sorting, paging.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public InjuryListQuery Filters { get; private set; } = new();
    public InjuryListQuery.Result Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = InjuryListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        CanWrite = ActivityKit.CanWriteSomewhere(scope, Capabilities.ActivityWrite);
        return Page();
    }
}
