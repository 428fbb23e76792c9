using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// The consolidation of a province or district report: the sums of the accepted reports of the units below, which
/// units are in and which are missing, and where the sums differ from today's live figures. "Tổng hợp" writes the
/// sums as the report's figures (the report is then consolidated: its submission freezes the sums).
/// </summary>
public class ConsolidationModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor audit, IStringLocalizer<ReportsResource> l) : PageModel
{
    public Report Report { get; private set; } = null!;
    public Consolidation Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<IActionResult?> LoadAsync(int id, bool figures, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var report = await ReportAccess.FindAsync(db, scope, id, ct, figures);
        if (report is null) return NotFound();
        if (report.Unit!.Type?.Tier is not (UnitTier.Province or UnitTier.District)) return NotFound();
        Report = report;
        var actor = await ReportAccess.ActorAsync(db, me, ct);
        CanWrite = ReportWorkflow.IsOpen(report) && actor.WriteUnitIds.Contains(report.UnitId);
        Result = await ReportConsolidation.BuildAsync(db, scope, report, Now, ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, false, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, true, ct) is { } answer) return answer;
        var actor = await ReportAccess.ActorAsync(db, me, ct);
        if (!actor.WriteUnitIds.Contains(Report.UnitId)) return Forbid();
        if (!ReportWorkflow.IsOpen(Report))
        {
            ModelState.AddModelError("", l[Report.Status == ReportStatus.Accepted ? ReportWorkflow.AlreadyAccepted : ReportWorkflow.SubmittedNotEditable]);
            return Page();
        }
        Report.Figures.Clear();
        Report.Figures.AddRange(Result.Figures());
        Report.IsConsolidated = true;
        Report.UpdatedAt = Now;
        audit.Reason = $"Tổng hợp số liệu từ {Result.Included} báo cáo đã tiếp nhận";
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã tổng hợp số liệu từ {0} báo cáo đã tiếp nhận vào báo cáo của {1}.", Result.Included, Report.Unit!.Name].Value;
        return Redirect(ReportText.Url(id) + "/consolidation");
    }
}
