using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// Corrects the intake details of an open case, with a reason. Optimistic concurrency: when someone else saved the
/// case since the form was loaded, nothing is saved, the user sees what they changed and keeps what they typed.
/// </summary>
public class EditModel(TreEmDbContext db, CaseAccessor cases, IAuditActor audit, IStringLocalizer<CasesResource> l) : PageModel
{
    [BindProperty]
    public CaseEditForm Input { get; set; } = new();

    /// <summary>The version of the case the form was filled from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public int CaseId { get; private set; }
    public string Code { get; private set; } = "";

    /// <summary>Set after a stale save: what others changed since the form was loaded.</summary>
    public IReadOnlyList<CaseChange>? Conflicts { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct, tracked: false);
        if (open is null) return NotFound();
        if (Refused(open) is { } refused) return refused;
        Input = CaseEditForm.From(open.Case);
        Version = open.Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct);
        if (open is null) return NotFound();
        if (Refused(open) is { } refused) return refused;
        if (!Input.Check(ModelState, l)) return Page();

        Input.ApplyTo(open.Case, cases.Now);
        audit.Reason = Input.Reason!.Trim();
        var changes = await cases.SaveAsync(open.Case, Version, ct);
        if (changes is not null)
        {
            Conflicts = changes;
            // The next save is checked against what the user has now seen.
            Version = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => c.Version).FirstAsync(ct);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu thông tin vụ việc {0}.", open.Case.Code].Value;
        return Redirect(CaseText.Url(id));
    }

    private IActionResult? Refused(OpenCase open)
    {
        CaseId = open.Case.Id;
        Code = open.Case.Code;
        if (!open.CanWork) return Forbid();
        if (open.Case.IsClosed)
        {
            TempData["Flash"] = l["Vụ việc đã đóng: hãy mở lại hồ sơ trước khi sửa."].Value;
            return Redirect(CaseText.Url(open.Case.Id));
        }
        return null;
    }
}
