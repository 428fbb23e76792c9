using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Security;
using TreEm.Web.Charts;
using TreEm.Web.Documents;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// What the report page shows besides the report itself: its figures (live while a draft of the unit's own records
/// is open, otherwise the frozen or consolidated rows), the appendices filled from them, the receiving unit, the
/// deadline and what the user may do.
/// </summary>
public sealed class ReportView
{
    public required Report Report { get; init; }
    public required OrgUnit? Receiver { get; init; }
    public required IReadOnlyList<ReportFigure> Figures { get; init; }
    public required bool FiguresLive { get; init; }
    public required IReadOnlyList<AppendixTable> Appendices { get; init; }
    public required DateOnly Deadline { get; init; }
    public required ReportTimeliness Timeliness { get; init; }
    public required bool CanEdit { get; init; }
    public required bool CanSubmit { get; init; }
    public required bool CanReview { get; init; }
    /// <summary>Whether the unit receives reports (a province, a district): it has a consolidation.</summary>
    public required bool Consolidates { get; init; }
    /// <summary>The charts of the report (target progress, the main percent by unit below), as in its documents.</summary>
    public required IReadOnlyList<FigureChart> Charts { get; init; }

    /// <summary>The comments of the last return, while the report is returned.</summary>
    public string? ReturnComments => Report.Status == ReportStatus.Returned
        ? Report.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).LastOrDefault(t => t.To == ReportStatus.Returned)?.Reason
        : null;

    public string Text(string key) => Report.Sections.FirstOrDefault(s => s.Key == key)?.Text ?? "";

    public static async Task<ReportView> LoadAsync(TreEmDbContext db, UserScope scope, ReportActor actor, Report report, DateTime now, CancellationToken ct)
    {
        var unit = report.Unit!;
        var period = report.Period!;
        var live = ReportWorkflow.IsOpen(report) && !report.IsConsolidated;
        var figures = live
            ? await ReportFigureBuilder.ComputeAsync(db, scope, unit, period.Figures, now, ct)
            : report.Figures.Count > 0 || db.Entry(report).Collection(r => r.Figures).IsLoaded
                ? report.Figures.ToList()
                : await db.ReportFigures.AsNoTracking().Where(f => f.ReportId == report.Id).ToListAsync(ct);
        var layouts = await db.AppendixLayouts.AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
        var receiver = await ReportUnits.ReceiverOfAsync(db, unit, ct);
        var deadline = period.DeadlineFor(unit.Type?.Tier ?? UnitTier.District);
        var targets = await ReportDrafts.TargetsForAsync(db, unit, period.Year, ct);
        var below = await db.Units.VisibleTo(scope).AsNoTracking().Where(u => u.ParentId == unit.Id)
            .ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var charts = new[] { ReportCharts.TargetProgress(figures, targets), ReportCharts.ByUnit(figures, targets, below, publicVersion: false) }
            .OfType<FigureChart>().ToList();
        return new ReportView
        {
            Report = report,
            Receiver = receiver,
            Figures = figures.OrderBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal).ToList(),
            FiguresLive = live,
            Appendices = layouts.Select(l => AppendixTable.Build(l, figures)).ToList(),
            Deadline = deadline,
            Timeliness = ReportWorkflow.Timeliness(report.FirstSubmittedAt, deadline, now),
            CanEdit = ReportWorkflow.EditRefusal(report, actor) is null,
            CanSubmit = ReportWorkflow.IsOpen(report) && actor.WriteUnitIds.Contains(report.UnitId),
            CanReview = report.Status == ReportStatus.Submitted && receiver is not null && actor.ReviewUnitIds.Contains(receiver.Id),
            Consolidates = unit.Type?.Tier is UnitTier.Province or UnitTier.District,
            Charts = charts,
        };
    }

    /// <summary>Who changed the report last and when (a section's edit or a move of the workflow).</summary>
    public static (string User, DateTime At) LastChange(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var edits = report.Sections.Select(s => (s.UpdatedBy, s.UpdatedAt))
            .Concat(report.Transitions.Select(t => (t.UserName, t.At)))
            .Append((report.CreatedBy, report.CreatedAt));
        return edits.OrderByDescending(e => e.Item2).First();
    }
}
