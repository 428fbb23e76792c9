using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// The /reports page for a period: the report of each unit where the user holds a role (open it, or create it),
/// and for the units that receive reports (a province, a district) the units that report to them, with status and
/// timeliness.
/// </summary>
public static class ReportListQuery
{
    public sealed record UnitReport(int UnitId, string UnitCode, string UnitName, int? ReportId, ReportStatus? Status,
        DateOnly Deadline, ReportTimeliness Timeliness, bool CanCreate);

    public sealed record BelowBlock(int UnitId, string UnitName, int? ReportId, Completeness Completeness, IReadOnlyList<CompletenessRow> Shown);

    public sealed record Result(IReadOnlyList<ReportPeriod> Periods, ReportPeriod? Period, IReadOnlyList<UnitReport> Own, IReadOnlyList<BelowBlock> Below);

    /// <summary>The latest period: the one whose figures start last (the annual report after the six months).</summary>
    public static ReportPeriod? Latest(IEnumerable<ReportPeriod> periods) =>
        periods.OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind).ThenByDescending(p => p.Id).FirstOrDefault();

    public static async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, ReportActor actor, string? userId, int? periodId,
        string? show, DateTime now, CancellationToken ct)
    {
        var periods = (await db.ReportPeriods.AsNoTracking().ToListAsync(ct))
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.Kind).ToList();
        var period = periodId is { } pid ? periods.FirstOrDefault(p => p.Id == pid) : Latest(periods);
        if (period is null) return new Result(periods, null, [], []);

        var readScope = scope.For(Capabilities.ReportRead);
        var roleUnitIds = userId is null
            ? []
            : await db.RoleAssignments.AsNoTracking()
                .Where(r => r.UserId == userId && r.UnitId != null)
                .Select(r => new { r.Role, UnitId = r.UnitId!.Value }).ToListAsync(ct);
        var readUnitIds = roleUnitIds.Where(r => Capabilities.ReportRead.Contains(r.Role)).Select(r => r.UnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Include(u => u.Type)
            .Where(u => readUnitIds.Contains(u.Id) || (readScope.All && readUnitIds.Count == 0 && u.ParentId == null))
            .ToListAsync(ct);
        units = units.Where(u => ReportUnits.Reports(u.Type?.Tier)).OrderBy(u => u.Path, StringComparer.Ordinal).ToList();

        var ids = units.Select(u => u.Id).ToList();
        var reports = (await db.Reports.VisibleTo(scope).AsNoTracking()
                .Where(r => r.PeriodId == period.Id && ids.Contains(r.UnitId))
                .Select(r => new { r.Id, r.UnitId, r.Status, r.FirstSubmittedAt })
                .ToListAsync(ct))
            .ToDictionary(r => r.UnitId);

        var own = new List<UnitReport>();
        foreach (var u in units.Where(u => readUnitIds.Contains(u.Id)))
        {
            var r = reports.GetValueOrDefault(u.Id);
            var deadline = period.DeadlineFor(u.Type?.Tier ?? UnitTier.District);
            own.Add(new UnitReport(u.Id, u.Code, u.Name, r?.Id, r?.Status, deadline,
                ReportWorkflow.Timeliness(r?.FirstSubmittedAt, deadline, now), r is null && actor.WriteUnitIds.Contains(u.Id)));
        }

        var below = new List<BelowBlock>();
        foreach (var u in units.Where(u => u.Type?.Tier is UnitTier.Province or UnitTier.District))
        {
            var completeness = await ReportCompleteness.ForAsync(db, u, period, now, ct);
            if (completeness.Rows.Count == 0) continue;
            var rows = show switch
            {
                "ontime" => completeness.Rows.Where(r => r.Timeliness == ReportTimeliness.OnTime).ToList(),
                "late" => completeness.Rows.Where(r => r.Timeliness == ReportTimeliness.Late).ToList(),
                "missing" => completeness.Rows.Where(r => r.Timeliness is ReportTimeliness.Missing or ReportTimeliness.Overdue).ToList(),
                _ => completeness.Rows,
            };
            // The counts stay those of every unit; the table shows the rows asked for.
            below.Add(new BelowBlock(u.Id, u.Name, reports.GetValueOrDefault(u.Id)?.Id, completeness, rows));
        }
        return new Result(periods, period, own, below);
    }
}
