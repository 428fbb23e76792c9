using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>The reports of a period (the latest by default): the user's own units' and, for a receiving unit, the
/// completeness and timeliness of the units that report to it.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Period { get; set; }

    /// <summary>Which units below to list: all, ontime, late, missing.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public ReportListQuery.Result Result { get; private set; } = null!;
    public bool CanManagePeriods { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var actor = await ReportAccess.ActorAsync(db, me, ct);
        Today = Display.Today(time);
        Result = await ReportListQuery.RunAsync(db, scope, actor, me.Id, Period, Show, time.GetUtcNow().UtcDateTime, ct);
        if (Period is not null && Result.Period is null) return NotFound();
        CanManagePeriods = ReportAccess.CanManagePeriods(scope);
        return Page();
    }
}
