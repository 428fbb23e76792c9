using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Injuries;

/// <summary>Records an accident or injury of a child in a unit the user may record activities for.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : InjuryFormPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ActivityKit.CanWriteSomewhere(scope, Capabilities.ActivityWrite)) return Forbid();
        Input.UnitCode = ActivityKit.HomeUnitCode(scope, Capabilities.ActivityWrite);
        Input.Date = Display.Date(Display.Today(time));
        await LoadOptionsAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ActivityKit.CanWriteSomewhere(scope, Capabilities.ActivityWrite)) return Forbid();
        var result = await Input.CheckAsync(db, scope, Display.Today(time), ModelState, l, ct);
        if (result.Forbidden) return Forbid();
        if (result.Unit is null)
        {
            await LoadOptionsAsync(db, ct);
            return Page();
        }
        var record = new InjuryRecord { CreatedAt = time.GetUtcNow().UtcDateTime, CreatedByUserId = me.Id };
        Input.ApplyTo(record, result.Unit.Id, result.Child);
        db.InjuryRecords.Add(record);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi trường hợp tai nạn, thương tích."].Value;
        return Redirect("/injuries/" + record.Id.ToString(CultureInfo.InvariantCulture));
    }
}
