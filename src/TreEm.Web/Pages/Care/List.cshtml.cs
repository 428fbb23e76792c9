using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care;

/// <summary>The 6-monthly list of children needing alternative care, with the .xlsx export link.</summary>
public class ListModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public CareListQuery Filters { get; private set; } = new();
    public CareListQuery.Result Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = CareListQuery.Parse(Request.Query, Display.Today(time));
        var result = await Filters.RunAsync(db, scope, all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        return Page();
    }
}
