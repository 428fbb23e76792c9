using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Inspections;

/// <summary>Records an inspection visit of a unit below one where the user may record inspections.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : PageModel
{
    [BindProperty]
    public InspectionForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ActivityKit.CanWriteSomewhere(scope, Capabilities.InspectionWrite)) return Forbid();
        Input.InspectorUnitCode = ActivityKit.HomeUnitCode(scope, Capabilities.InspectionWrite);
        Input.Date = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ActivityKit.CanWriteSomewhere(scope, Capabilities.InspectionWrite)) return Forbid();
        var result = await Input.CheckAsync(db, scope, Display.Today(time), ModelState, l, ct);
        if (result.Forbidden) return Forbid();
        if (result.Unit is null || result.Inspector is null) return Page();
        var visit = Input.ToVisit(result.Unit.Id, result.Inspector.Id, time.GetUtcNow().UtcDateTime, me.Id);
        db.InspectionVisits.Add(visit);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi cuộc kiểm tra {0}.", result.Unit.Name].Value;
        return Redirect("/inspections/" + visit.Id.ToString(CultureInfo.InvariantCulture));
    }
}
