using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// What the confirmation pages of the workflow (submit, return, accept) share: the report in scope (404), the user
/// allowed to make this move on it (403 otherwise: a writer of the report's own unit, a reviewer of the unit that
/// receives it), a refusal of the workflow shown on the page with the comments kept, the reason audited.
/// </summary>
public abstract class TransitionPage(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor audit, IStringLocalizer<ReportsResource> l) : PageModel
{
    [BindProperty]
    public string? Comments { get; set; }

    public Report Report { get; private set; } = null!;
    public OrgUnit? Receiver { get; private set; }
    /// <summary>Why the move cannot be made now (shown instead of the button), or null.</summary>
    public string? Refusal { get; private set; }

    protected TreEmDbContext Db => db;
    protected CurrentUser Me => me;
    protected IStringLocalizer<ReportsResource> L => l;
    protected DateTime Now => time.GetUtcNow().UtcDateTime;
    protected ReportActor Actor { get; private set; } = null!;

    /// <summary>Whether the user may make this kind of move on the report at all (403 otherwise).</summary>
    protected abstract bool Allowed(ReportActor actor, Report report, OrgUnit? receiver);

    /// <summary>Why the move is refused in the report's present state, or null.</summary>
    protected abstract string? Check(Report report, ReportActor actor, OrgUnit? receiver);

    /// <summary>Makes the move on the tracked report; returns the refusal or null.</summary>
    protected abstract Task<string?> ApplyAsync(Report report, ReportActor actor, OrgUnit? receiver, CancellationToken ct);

    /// <summary>The flash message after the move.</summary>
    protected abstract string Done(Report report);

    private async Task<IActionResult?> LoadAsync(int id, bool figures, CancellationToken ct)
    {
        var report = await ReportAccess.FindAsync(db, await me.ScopeAsync(ct), id, ct, figures);
        if (report is null) return NotFound();
        Report = report;
        Receiver = await ReportAccess.ReceiverAsync(db, report, ct);
        Actor = ReportAccess.For(await ReportAccess.ActorAsync(db, me, ct), report.UnitId);
        if (!Allowed(Actor, report, Receiver)) return Forbid();
        if (Receiver is not null && Actor.ReviewUnitIds.Contains(Receiver.Id) && !Actor.WriteUnitIds.Contains(report.UnitId))
            Actor = Actor with { UnitId = Receiver.Id };
        var refusal = Check(report, Actor, Receiver);
        Refusal = refusal is null ? null : l[refusal].Value;
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, false, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, true, ct) is { } answer) return answer;
        var refusal = await ApplyAsync(Report, Actor, Receiver, ct);
        if (refusal is not null)
        {
            ModelState.AddModelError("", l[refusal]);
            return Page();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Báo cáo vừa được người khác thay đổi. Tải lại trang để xem trạng thái mới."]);
            return Page();
        }
        TempData["Flash"] = Done(Report);
        return Redirect(ReportText.Url(id));
    }

    protected void Audit(string reason) => audit.Reason = reason;
}
