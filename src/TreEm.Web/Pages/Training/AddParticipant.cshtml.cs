using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Adds one participant to a session: a person of the network the user sees (handler "person") or a free person ("free").</summary>
public class AddParticipantModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<TrainingResource> l) : PageModel
{
    public sealed class FreeInput
    {
        public string? FullName { get; set; }
        public string? Organisation { get; set; }
        public PersonKind? Kind { get; set; }
        public Sex? Sex { get; set; }
    }

    [BindProperty]
    public int? PersonId { get; set; }

    [BindProperty]
    public FreeInput Free { get; set; } = new();

    public TrainingSession Session { get; private set; } = null!;

    public IActionResult OnGet(int sid) => Redirect(TrainingText.SessionUrl(sid));

    public async Task<IActionResult> OnPostPersonAsync(int sid, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (await LoadAsync(sid, ct) is { } refused) return refused;
        var person = await db.People.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == PersonId, ct);
        if (person is null) return NotFound();
        if (await db.TrainingParticipants.AnyAsync(p => p.SessionId == sid && p.PersonId == person.Id, ct))
        {
            TempData["Flash"] = l["{0} đã có trong danh sách buổi này.", person.FullName].Value;
            return Redirect(TrainingText.SessionUrl(sid));
        }
        db.TrainingParticipants.Add(new TrainingParticipant { SessionId = sid, PersonId = person.Id });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm {0}.", person.FullName].Value;
        return Redirect(TrainingText.SessionUrl(sid));
    }

    public async Task<IActionResult> OnPostFreeAsync(int sid, CancellationToken ct)
    {
        if (await LoadAsync(sid, ct) is { } refused) return refused;
        var free = new FreeParticipant(Free.FullName, Free.Organisation, Free.Kind, Free.Sex);
        if (free.Check() is { } error)
        {
            ModelState.AddModelError("Free.FullName", l[error]);
            return Page();
        }
        var participant = free.ToParticipant();
        participant.SessionId = sid;
        db.TrainingParticipants.Add(participant);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm {0}.", participant.FullName!].Value;
        return Redirect(TrainingText.SessionUrl(sid));
    }

    private async Task<IActionResult?> LoadAsync(int sid, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var session = await TrainingText.FindSessionAsync(db, scope, sid, ct);
        if (session is null) return NotFound();
        if (!TrainingText.CanWrite(scope, session.Course!.Unit!.Path)) return Forbid();
        Session = session;
        return null;
    }
}
