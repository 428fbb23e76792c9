using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Data.Plans;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Plans;

/// <summary>The plans the user reads: by year and unit, searchable, sorted, paged.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public PlanListQuery Filters { get; private set; } = new();
    public PlanListQuery.Result Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = PlanListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, ct);
        if (result is null) return NotFound();
        Result = result;
        CanWrite = PlanQueries.CanWriteAny(scope);
        return Page();
    }
}
