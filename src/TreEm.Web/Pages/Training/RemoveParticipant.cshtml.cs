using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Training;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Removes a participant from a session after the user confirms it (a checkbox).</summary>
public class RemoveParticipantModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<TrainingResource> l) : PageModel
{
    [BindProperty]
    public bool Confirm { get; set; }

    public TrainingSession Session { get; private set; } = null!;
    public string Name { get; private set; } = "";
    private TrainingParticipant? _participant;

    public async Task<IActionResult> OnGetAsync(int sid, int pid, CancellationToken ct) => await LoadAsync(sid, pid, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int sid, int pid, CancellationToken ct)
    {
        if (await LoadAsync(sid, pid, ct) is { } refused) return refused;
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), l["Hãy đánh dấu ô xác nhận để bỏ người này khỏi buổi tập huấn."]);
            return Page();
        }
        db.TrainingParticipants.Remove(_participant!);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã bỏ {0} khỏi buổi tập huấn.", Name].Value;
        return Redirect(TrainingText.SessionUrl(sid));
    }

    private async Task<IActionResult?> LoadAsync(int sid, int pid, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var session = await TrainingText.FindSessionAsync(db, scope, sid, ct);
        if (session is null) return NotFound();
        var participant = await db.TrainingParticipants.Include(p => p.Person).FirstOrDefaultAsync(p => p.Id == pid && p.SessionId == sid, ct);
        if (participant is null) return NotFound();
        if (!TrainingText.CanWrite(scope, session.Course!.Unit!.Path)) return Forbid();
        Session = session;
        _participant = participant;
        Name = participant.Person?.FullName ?? participant.FullName ?? "";
        return null;
    }
}
