using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Plans;
using TreEm.Domain.Plans;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Plans;

/// <summary>A plan: unit, year, number, date, title, legal bases, tasks, and its targets with their value this year
/// so far and their status; the plans derived from it.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public sealed record DerivedRow(int Id, string Number, string UnitName, string UnitCode);

    public Plan Plan { get; private set; } = null!;
    public string? ParentLabel { get; private set; }
    public IReadOnlyList<PlanDashboard.TargetLine> Targets { get; private set; } = [];
    public PlanDashboard.Result? Figures { get; private set; }
    public List<DerivedRow> Derived { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public bool CanDerive { get; private set; }
    /// <summary>False for the plan of a unit above the user's: its values are read on the user's own dashboard.</summary>
    public bool InScope { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await PlanQueries.Readable(db, scope).AsNoTracking().Include(p => p.Unit).Include(p => p.Targets)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is null) return NotFound();
        Plan = plan;
        if (plan.ParentPlanId is { } parentId)
            ParentLabel = await db.Plans.AsNoTracking().Where(p => p.Id == parentId)
                .Select(p => p.Number + " – " + p.Unit!.Name).FirstOrDefaultAsync(ct);
        InScope = scope.For(Capabilities.ReportRead).Covers(plan.Unit!.Path);
        if (InScope)
        {
            Figures = await PlanDashboard.ComputeAsync(db, scope, plan.Unit, plan, Display.Today(time), time.GetUtcNow().UtcDateTime,
                null, withTrend: false, ct);
            Targets = Figures.Targets;
        }
        else
        {
            Targets = plan.Targets.OrderBy(t => t.Order).ThenBy(t => t.Id).Select(t => new PlanDashboard.TargetLine(t,
                Data.Indicators.IndicatorCatalogue.Find(t.IndicatorCode), true, null, null, TargetState.NoData)).ToList();
        }
        Derived = await PlanQueries.Readable(db, scope).AsNoTracking().Where(p => p.ParentPlanId == id).OrderBy(p => p.Unit!.Path)
            .Select(p => new DerivedRow(p.Id, p.Number, p.Unit!.Name, p.Unit.Code)).ToListAsync(ct);
        CanWrite = PlanQueries.CanWrite(scope, plan.Unit.Path);
        var path = plan.Unit.Path;
        CanDerive = await PlanQueries.WritableUnits(db, scope).AnyAsync(u => u.Path.StartsWith(path) && u.Path != path, ct);
        return Page();
    }
}
