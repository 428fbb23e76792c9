using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Plans;
using TreEm.Domain;
using TreEm.Domain.Plans;
using TreEm.Security;
using TreEm.Web.Charts;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Plans;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Dashboard;

/// <summary>
/// A unit's dashboard (issue 6 items 2 and 7): the plan in force for the unit and year (its own, or the nearest above),
/// each target with its value over the year so far and its status, the trend of one target at each month-end, and
/// the units directly below worst first, each a link to its own dashboard (down to the commune).
/// </summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public sealed record Crumb(string Code, string Name);

    public OrgUnit Unit { get; private set; } = null!;
    public int Year { get; private set; }
    public List<int> Years { get; private set; } = [];
    public List<Crumb> Above { get; private set; } = [];
    public Plan? Plan { get; private set; }
    public bool Inherited { get; private set; }
    public PlanDashboard.Result? Figures { get; private set; }
    public bool CanWrite { get; private set; }
    public string? TrendSvg { get; private set; }
    public string? UnitsSvg { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? unit, int? year, int? target, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var read = scope.For(Capabilities.ReportRead);
        var units = db.Units.AsNoTracking().VisibleTo(read).Include(u => u.Type);
        OrgUnit? found;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            found = await units.FirstOrDefaultAsync(u => u.Code == unit.Trim(), ct);
            if (found is null) return NotFound();
        }
        else
        {
            if (!read.All && read.Paths.Count == 0) return Forbid();
            // The user's own unit: the outermost unit of their scope (the province for an administrator).
            var path = read.All ? null : read.Paths[0];
            found = path is null
                ? await units.Where(u => u.ParentId == null).OrderBy(u => u.Path).FirstOrDefaultAsync(ct)
                : await units.FirstOrDefaultAsync(u => u.Path == path, ct);
            if (found is null) return NotFound();
        }
        Unit = found;
        Years = await PlanQueries.YearsAsync(db, found, ct);
        var today = Display.Today(time);
        Year = year is >= 2000 and <= 2100 ? year.Value : Years.Count > 0 ? Years[0] : today.Year;
        if (!Years.Contains(Year)) Years.Insert(0, Year);

        var ancestors = PlanQueries.SelfAndAncestorPaths(found.Path).Where(p => p != found.Path).ToList();
        var above = await units.Where(u => ancestors.Contains(u.Path)).Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);
        Above = above.OrderBy(u => u.Path.Length).Select(u => new Crumb(u.Code, u.Name)).ToList();

        Plan = await PlanQueries.InForceAsync(db, found, Year, ct);
        CanWrite = PlanQueries.CanWrite(scope, found.Path);
        if (Plan is null) return Page();
        Inherited = Plan.UnitId != found.Id;
        var figures = await PlanDashboard.ComputeAsync(db, scope, found, Plan, today, time.GetUtcNow().UtcDateTime, target, ct: ct);
        Figures = figures;
        if (figures.Selected is { } s)
        {
            var name = s.Definition?.NameVi ?? s.Target.IndicatorCode;
            var goal = s.Target.Comparator == TargetComparator.BelowPreviousYear ? null : s.Target.Value;
            if (figures.Trend.Count > 0)
                TrendSvg = FigureChart.Trend(name, figures.Trend.Select(p => new ChartPoint(MonthLabel(p.MonthEnd), p.Value)).ToList(), goal,
                    s.Definition?.UnitOfMeasure).Svg();
            if (figures.Children.Count > 0)
                UnitsSvg = FigureChart.Bars(name, figures.Children.Select(c => new ChartPoint(c.Name, c.Value)).ToList(),
                    s.Accumulates ? null : goal, s.Definition?.UnitOfMeasure).Svg();
        }
        return Page();
    }

    public static string MonthLabel(DateOnly monthEnd) => "T" + monthEnd.Month.ToString(CultureInfo.InvariantCulture);

    public string TargetUrl(int targetId) => PlanText.DashboardUrl(Unit.Code, Year, targetId);
}
