using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports.Periods;

/// <summary>The report periods by year (newest first), optionally one year; who may, creates and edits them.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<ReportPeriod> Periods { get; private set; } = [];
    public IReadOnlyList<int> Years { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        CanManage = ReportAccess.CanManagePeriods(await me.ScopeAsync(ct));
        Years = await db.ReportPeriods.AsNoTracking().Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        var q = db.ReportPeriods.AsNoTracking();
        if (Year is { } y) q = q.Where(p => p.Year == y);
        Periods = (await q.ToListAsync(ct)).OrderByDescending(p => p.Year).ThenBy(p => p.Kind).ToList();
        return Page();
    }
}
