using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Communication;

/// <summary>Records a communication activity of a unit the user may record activities for.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : CommunicationFormPage
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ActivityKit.CanWriteSomewhere(scope, Capabilities.ActivityWrite)) return Forbid();
        Input.UnitCode = ActivityKit.HomeUnitCode(scope, Capabilities.ActivityWrite);
        Input.Date = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ActivityKit.CanWriteSomewhere(scope, Capabilities.ActivityWrite)) return Forbid();
        var (unit, refused) = await CheckAsync(db, scope, Display.Today(time), l, ct);
        if (refused is not null) return refused;
        if (unit is null) return Page();
        var activity = new CommunicationActivity { CreatedAt = time.GetUtcNow().UtcDateTime, CreatedByUserId = me.Id };
        Input.ApplyTo(activity, unit.Id);
        db.CommunicationActivities.Add(activity);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi hoạt động truyền thông \"{0}\".", activity.Title].Value;
        return Redirect("/communication/" + activity.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
