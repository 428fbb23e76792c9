using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>Adds an officer or collaborator to a unit the user keeps people of.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<PeopleResource> l) : PersonFormPage
{
    public async Task<IActionResult> OnGetAsync(string? unit, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PeopleAccess.CanWriteAnywhere(scope)) return Forbid();
        UnitOptions = await PeopleAccess.WritableUnitsAsync(db, scope, Display.Today(time), ct);
        Input.UnitCode = unit;
        Input.StartDate = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PeopleAccess.CanWriteAnywhere(scope)) return Forbid();
        var today = Display.Today(time);
        UnitOptions = await PeopleAccess.WritableUnitsAsync(db, scope, today, ct);
        var ok = await PersonForm.CheckAsync(Input, null, db, scope, today, ModelState, l, ct);
        if (ok is not { } checkedInput) return Page();

        var person = new Person { CreatedAt = time.GetUtcNow().UtcDateTime };
        PersonForm.Apply(Input, person, checkedInput.Unit, checkedInput.Start);
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm {0}.", person.FullName].Value;
        return Redirect(PeopleText.Url(person.Id));
    }
}
