using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// Intake of a report (Mẫu 01): the case is opened in the commune where it happened and the initial assessment is
/// due 12 hours after the report was received. The hotline records intakes for any commune of its province.
/// </summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CasesResource> l) : PageModel
{
    [BindProperty]
    public CaseIntakeForm Input { get; set; } = new();

    public List<SelectListItem> Communes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CaseIntakeForm.CanIntake(scope)) return Forbid();
        Communes = await CaseIntakeForm.CommuneOptionsAsync(db, scope, Display.Today(time), ct);
        if (Communes.Count == 0) return Forbid();
        if (Communes.Count == 1) Input.UnitCode = Communes[0].Value;
        var now = Display.ToVietnamTime(time.GetUtcNow().UtcDateTime);
        Input.ReceivedDate = now.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Input.ReceivedTime = now.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Input.Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CaseIntakeForm.CanIntake(scope)) return Forbid();
        Communes = await CaseIntakeForm.CommuneOptionsAsync(db, scope, Display.Today(time), ct);
        if (Communes.Count == 0) return Forbid();
        // The binder's type errors (a letter in a number field) keep the typed value but speak Vietnamese.
        foreach (var entry in ModelState.Values.Where(v => v.Errors.Count > 0))
        {
            entry.Errors.Clear();
            entry.Errors.Add(l["Giá trị không hợp lệ."].Value);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var intake = await Input.CheckAsync(db, scope, Communes, now, ModelState, l, ct);
        Input.Pad();
        if (intake is null) return Page();

        var name = await db.Users.Where(u => u.Id == me.Id).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        var actor = new CaseActor(me.Id, string.IsNullOrWhiteSpace(name) ? me.UserName : name);
        Case opened;
        try
        {
            opened = Case.Open(intake, actor, now);
        }
        catch (CaseRuleException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }
        db.Cases.Add(opened);
        await db.SaveChangesAsync(ct);
        var due = opened.Steps.First(s => s.Kind == CaseStepKind.DanhGiaBanDau).DueAt!.Value;
        TempData["Flash"] = l["Đã tiếp nhận vụ việc {0}; hạn đánh giá ban đầu: {1}", opened.Code, CaseText.DueTime(due)].Value;
        return Redirect(CaseText.Url(opened.Id));
    }
}
