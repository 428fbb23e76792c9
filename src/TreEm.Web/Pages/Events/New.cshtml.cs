using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>Records an event of a unit the user may record activities for. Forum rules only warn: the event is saved.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<EventsResource> l) : EventFormPage(db, l)
{
    public async Task<IActionResult> OnGetAsync(EventKind? kind, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LoadOptionsAsync(scope, ct);
        if (UnitOptions.Count == 0) return Forbid();
        Input.Kind = kind;
        Input.UnitCode = UnitOptions[0].Code;
        Input.StartDate = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LoadOptionsAsync(scope, ct);
        if (UnitOptions.Count == 0) return Forbid();
        var checkedEvent = await CheckAsync(scope, ct);
        if (checkedEvent is not { } ok) return Page();
        var e = ok.Event;
        e.CreatedAt = time.GetUtcNow().UtcDateTime;
        e.CreatedByUserId = me.Id;
        Db.ChildEvents.Add(e);
        await Db.SaveChangesAsync(ct);
        var warnings = ForumRules.Warnings(e, ForumRules.LevelOf(ok.Unit.Type?.Tier));
        TempData["Flash"] = SavedMessage(L["Đã ghi sự kiện «{0}».", e.Theme].Value, warnings);
        return Redirect(EventText.Url(e.Id));
    }
}
