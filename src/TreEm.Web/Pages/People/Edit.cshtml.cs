using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>
/// Corrects a person's record. The form carries the version it was read at: when someone else saved in between,
/// nothing is overwritten, the user is told and what they typed stays in the form.
/// </summary>
public class EditModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<PeopleResource> l) : PersonFormPage
{
    public const string Stale = "Hồ sơ này vừa được người khác sửa. Thay đổi của bạn chưa được lưu: xem lại hồ sơ rồi lưu lại.";

    [BindProperty]
    public int Version { get; set; }

    public int PersonId { get; private set; }
    public string PersonName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var person = await PeopleAccess.FindAsync(db, scope, id, tracked: false, ct);
        if (person is null) return NotFound();
        if (!PeopleAccess.CanWrite(scope, person.Unit!.Path)) return Forbid();
        PersonId = id;
        PersonName = person.FullName;
        Input = PersonInput.From(person);
        Version = person.Version;
        UnitOptions = await PeopleAccess.WritableUnitsAsync(db, scope, Display.Today(time), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var person = await PeopleAccess.FindAsync(db, scope, id, tracked: true, ct);
        if (person is null) return NotFound();
        if (!PeopleAccess.CanWrite(scope, person.Unit!.Path)) return Forbid();
        PersonId = id;
        PersonName = person.FullName;
        var today = Display.Today(time);
        UnitOptions = await PeopleAccess.WritableUnitsAsync(db, scope, today, ct);
        var ok = await PersonForm.CheckAsync(Input, person.EndDate, db, scope, today, ModelState, l, ct);
        if (ok is not { } checkedInput) return Page();

        db.Entry(person).Property(p => p.Version).OriginalValue = Version;
        PersonForm.Apply(Input, person, checkedInput.Unit, checkedInput.Start);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await PeopleAccess.FindAsync(db, scope, id, tracked: false, ct);
            if (current is null) return NotFound();
            // The next save is checked against the record as it is now; what the user typed stays in the form.
            Version = current.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError("", l[Stale]);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu hồ sơ của {0}.", person.FullName].Value;
        return Redirect(PeopleText.Url(id));
    }
}
