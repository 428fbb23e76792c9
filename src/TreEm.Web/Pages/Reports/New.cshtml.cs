using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>Creates the draft report of one of the user's own units for a period (or opens it if it exists).</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ReportsResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "period")]
    public int PeriodId { get; set; }

    [BindProperty(SupportsGet = true, Name = "unit")]
    public int UnitId { get; set; }

    public ReportPeriod ReportPeriod { get; private set; } = null!;
    public OrgUnit Unit { get; private set; } = null!;

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var period = await db.ReportPeriods.AsNoTracking().FirstOrDefaultAsync(x => x.Id == PeriodId, ct);
        var unit = await db.Units.VisibleTo(scope).AsNoTracking().Include(x => x.Type).FirstOrDefaultAsync(x => x.Id == UnitId, ct);
        if (period is null || unit is null) return NotFound();
        ReportPeriod = period;
        Unit = unit;
        var actor = await ReportAccess.ActorAsync(db, me, ct);
        if (!actor.WriteUnitIds.Contains(unit.Id) || !ReportUnits.Reports(unit.Type?.Tier)) return Forbid();
        var existing = await db.Reports.Where(r => r.PeriodId == period.Id && r.UnitId == unit.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync(ct);
        return existing is { } id ? Redirect(ReportText.Url(id)) : null;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } answer) return answer;
        var scope = await me.ScopeAsync(ct);
        var report = await ReportDrafts.CreateAsync(db, scope, Unit, ReportPeriod, me.UserName, time.GetUtcNow().UtcDateTime, null, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone created it at the same moment: open theirs.
            db.ChangeTracker.Clear();
            var id = await db.Reports.Where(r => r.PeriodId == ReportPeriod.Id && r.UnitId == Unit.Id).Select(r => r.Id).FirstAsync(ct);
            return Redirect(ReportText.Url(id));
        }
        TempData["Flash"] = l["Đã lập dự thảo báo cáo {0} của {1}.", ReportPeriod.Title, Unit.Name].Value;
        return Redirect(ReportText.Url(report.Id));
    }
}
