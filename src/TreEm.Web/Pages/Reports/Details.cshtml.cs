using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// A report: header, status, deadline, the text sections of the outline (saved all at once by the form, or one at a
/// time by the autosave handler), the appendices and the history. An edit made on a stale version is refused with
/// the text kept and the name of who changed the report meanwhile.
/// </summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ReportsResource> l) : PageModel
{
    public sealed class SectionInput
    {
        public string Key { get; set; } = "";
        public string? Text { get; set; }
    }

    public sealed class DetailsInput
    {
        public int Version { get; set; }
        public List<SectionInput> Sections { get; set; } = [];
    }

    [BindProperty]
    public DetailsInput Input { get; set; } = new();

    public ReportView View { get; private set; } = null!;

    /// <summary>The text of a section as the form shows it (what was typed, after a refused save).</summary>
    public string TextOf(string key) => Input.Sections.FirstOrDefault(s => s.Key == key)?.Text ?? View.Text(key);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var report = await ReportAccess.FindAsync(db, await me.ScopeAsync(ct), id, ct, figures: true);
        if (report is null) return NotFound();
        await LoadViewAsync(report, ct);
        Input = new DetailsInput
        {
            Version = report.Version,
            Sections = ReportOutline.Sections.Select(s => new SectionInput { Key = s.Key, Text = View.Text(s.Key) }).ToList(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var report = await ReportAccess.FindAsync(db, await me.ScopeAsync(ct), id, ct, figures: true);
        if (report is null) return NotFound();
        var texts = Input.Sections.Where(s => !string.IsNullOrEmpty(s.Key)).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Text);
        var (status, message) = await SaveAsync(report, Input.Version, texts, ct);
        if (status == StatusCodes.Status403Forbidden) return Forbid();
        if (status == StatusCodes.Status200OK)
        {
            TempData["Flash"] = l["Đã lưu báo cáo."].Value;
            return Redirect(ReportText.Url(id));
        }
        ModelState.AddModelError("", message);
        // The form now carries the current version (a hidden field shows the posted value unless it is cleared).
        ModelState.Remove("Input.Version");
        Input.Version = report.Version;
        await LoadViewAsync(report, ct);
        return Page();
    }

    /// <summary>Autosave of one section (the page's script): JSON with the new version and "Đã lưu lúc 10:42", or
    /// 409 with why it was not saved (stale version, report no longer editable).</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int id, string? key, string? text, int version, CancellationToken ct)
    {
        var report = await ReportAccess.FindAsync(db, await me.ScopeAsync(ct), id, ct);
        if (report is null) return NotFound();
        if (!ReportOutline.IsSection(key)) return new JsonResult(new { saved = false, message = l[ReportWorkflow.UnknownSection].Value }) { StatusCode = StatusCodes.Status400BadRequest };
        var (status, message) = await SaveAsync(report, version, new Dictionary<string, string?> { [key!] = text }, ct);
        if (status == StatusCodes.Status403Forbidden) return Forbid();
        return new JsonResult(new { saved = status == StatusCodes.Status200OK, version = report.Version, message }) { StatusCode = status };
    }

    /// <summary>Saves the texts on the version the editor saw: 200 with "Đã lưu lúc …", 409 with the conflict or
    /// refusal, 403 when the user does not write this unit's reports.</summary>
    private async Task<(int Status, string Message)> SaveAsync(Report report, int version, IReadOnlyDictionary<string, string?> texts, CancellationToken ct)
    {
        var actor = ReportAccess.For(await ReportAccess.ActorAsync(db, me, ct), report.UnitId);
        var refusal = ReportWorkflow.EditRefusal(report, actor);
        if (refusal == ReportWorkflow.NotWriter) return (StatusCodes.Status403Forbidden, l[refusal].Value);
        if (refusal is not null) return (StatusCodes.Status409Conflict, l[refusal].Value);
        if (report.Version != version) return (StatusCodes.Status409Conflict, ConflictMessage(report));
        refusal = ReportWorkflow.EditSections(report, actor, texts, Now);
        if (refusal is not null) return (StatusCodes.Status409Conflict, l[refusal].Value);
        db.ChangeTracker.DetectChanges();
        if (!db.ChangeTracker.HasChanges()) return (StatusCodes.Status200OK, l["Đã lưu lúc {0}", ReportText.Clock(Now)].Value);
        // A section changed: the report itself takes the next version (even when its time stamp stays the same).
        db.Entry(report).Property(r => r.UpdatedAt).IsModified = true;
        db.Entry(report).Property(r => r.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await ReportAccess.FindAsync(db, await me.ScopeAsync(ct), report.Id, ct);
            return (StatusCodes.Status409Conflict, fresh is null ? l["Báo cáo không còn."].Value : ConflictMessage(fresh));
        }
        return (StatusCodes.Status200OK, l["Đã lưu lúc {0}", ReportText.Clock(Now)].Value);
    }

    private string ConflictMessage(Report report)
    {
        var (user, at) = ReportView.LastChange(report);
        return l["Báo cáo vừa được {0} sửa lúc {1} sau khi bạn mở trang: chưa lưu. Nội dung bạn nhập vẫn còn; hãy sao lại, tải lại trang rồi lưu lần nữa.",
            user, Hosting.Display.DateTime(at)].Value;
    }

    private async Task LoadViewAsync(Report report, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var actor = ReportAccess.For(await ReportAccess.ActorAsync(db, me, ct), report.UnitId);
        View = await ReportView.LoadAsync(db, scope, actor, report, Now, ct);
    }
}
