using Microsoft.EntityFrameworkCore;
using TreEm.Data.Plans;
using TreEm.Domain;
using TreEm.Domain.Plans;
using TreEm.Domain.Reports;
using TreEm.Security;

namespace TreEm.Data.Reports;

/// <summary>
/// A new report (issue 6 item 4): a draft with every section of the outline, sections III.1 and IV.3 pre-written
/// from the live figures and the targets of the plan that applies to the unit (its own plan for the year, or the
/// nearest plan above it).
/// </summary>
public static class ReportDrafts
{
    /// <summary>Adds the draft to the context (the caller saves). <paramref name="figures"/>: the live figures when
    /// the caller has them already.</summary>
    public static async Task<Report> CreateAsync(TreEmDbContext db, UserScope scope, OrgUnit unit, ReportPeriod period,
        string userName, DateTime now, IReadOnlyList<ReportFigure>? figures = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(period);
        figures ??= await ReportFigureBuilder.ComputeAsync(db, scope, unit, period.Figures, now, ct);
        var targets = await TargetsForAsync(db, unit, period.Year, ct);
        var prefill = ReportWording.Prefill(period, figures, targets);
        var report = new Report
        {
            UnitId = unit.Id,
            PeriodId = period.Id,
            Status = ReportStatus.Draft,
            CreatedAt = now,
            CreatedBy = userName,
            UpdatedAt = now,
        };
        foreach (var s in ReportOutline.Sections)
            report.Sections.Add(new ReportSection
            {
                Key = s.Key,
                Text = prefill.GetValueOrDefault(s.Key) ?? "",
                UpdatedAt = now,
                UpdatedBy = userName,
            });
        db.Reports.Add(report);
        return report;
    }

    /// <summary>The targets of the plan that applies to <paramref name="unit"/> in <paramref name="year"/>: its own
    /// plan, else the nearest unit above with one (a district without its own plan follows the province's).</summary>
    public static async Task<List<PlanTarget>> TargetsForAsync(TreEmDbContext db, OrgUnit unit, int year, CancellationToken ct = default)
    {
        var plan = await PlanQueries.InForceAsync(db, unit, year, ct);
        return plan?.Targets.OrderBy(t => t.Order).ToList() ?? [];
    }
}
