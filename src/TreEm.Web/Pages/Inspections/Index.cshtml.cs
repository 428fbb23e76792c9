using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Inspections;

/// <summary>Inspection visits of the units in scope, with the overdue follow-ups flagged.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public InspectionListQuery Filters { get; private set; } = new();
    public InspectionListQuery.Result Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = InspectionListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, Display.Today(time), all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        CanWrite = ActivityKit.CanWriteSomewhere(scope, Capabilities.InspectionWrite);
        return Page();
    }
}
