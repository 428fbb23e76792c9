using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>
/// Ends a person's work on a date, with a reason (kept in the audit and in the note) and an explicit confirmation.
/// The record stays: past coverage and training keep counting it.
/// </summary>
public class EndModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor actor, IStringLocalizer<PeopleResource> l) : PageModel
{
    public sealed class EndInput
    {
        [Required(ErrorMessage = "Vui lòng nhập ngày kết thúc công tác (ngày/tháng/năm).")]
        public string? EndDate { get; set; }

        [Required(ErrorMessage = "Vui lòng ghi lý do.")]
        [StringLength(300, ErrorMessage = "Lý do dài quá 300 ký tự.")]
        public string? Reason { get; set; }

        public bool Confirm { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public EndInput Input { get; set; } = new();

    public Person Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, tracked: false, ct);
        if (result is not null) return result;
        Input.EndDate = Display.Date(Display.Today(time));
        Input.Version = Person.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var result = await LoadAsync(id, tracked: true, ct);
        if (result is not null) return result;
        var end = Display.ParseDate(Input.EndDate);
        if (!string.IsNullOrWhiteSpace(Input.EndDate) && end is null)
            ModelState.AddModelError("Input.EndDate", l[PersonForm.DateFormat]);
        if (end is { } e)
            foreach (var (field, message) in PeopleRules.CheckDates(Person.StartDate, e, Display.Today(time)))
                ModelState.AddModelError("Input." + field, l[message]);
        if (!Input.Confirm)
            ModelState.AddModelError("Input.Confirm", l["Vui lòng đánh dấu xác nhận trước khi kết thúc công tác."]);
        if (!ModelState.IsValid || end is null) return Page();

        var reason = Input.Reason!.Trim();
        db.Entry(Person).Property(p => p.Version).OriginalValue = Input.Version;
        Person.EndDate = end;
        var line = l["Kết thúc công tác ngày {0}: {1}", Display.Date(end), reason].Value;
        var note = string.IsNullOrWhiteSpace(Person.Note) ? line : Person.Note.TrimEnd() + "\n" + line;
        Person.Note = note.Length <= 1000 ? note : note[..1000];
        actor.Reason = reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Flash"] = l[EditModel.Stale].Value;
            return Redirect(PeopleText.Url(id));
        }
        TempData["Flash"] = l["Đã ghi kết thúc công tác của {0}.", Person.FullName].Value;
        return Redirect(PeopleText.Url(id));
    }

    private async Task<IActionResult?> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var person = await PeopleAccess.FindAsync(db, scope, id, tracked, ct);
        if (person is null) return NotFound();
        if (!PeopleAccess.CanWrite(scope, person.Unit!.Path)) return Forbid();
        Person = person;
        if (person.EndDate is not null)
        {
            TempData["Flash"] = l["Người này đã kết thúc công tác."].Value;
            return Redirect(PeopleText.Url(id));
        }
        return null;
    }
}
