using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Plans;
using TreEm.Domain.Reports;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Documents;

/// <summary>
/// Everything a printed report needs (issue 6 item 6): the report with its unit, the unit above, the period and the
/// sections; the figures — the snapshot once submitted, the live figures of a draft (printed "DỰ THẢO"); the
/// appendices filled by their layouts; the targets of the unit's plan; and the names of the units below for the charts.
/// </summary>
public sealed record ReportPrint(
    Report Report,
    OrgUnit Unit,
    OrgUnit? Parent,
    ReportPeriod Period,
    IReadOnlyList<ReportFigure> Figures,
    bool IsDraft,
    IReadOnlyList<AppendixTable> Appendices,
    IReadOnlyList<PlanTarget> Targets,
    IReadOnlyDictionary<string, string> UnitNames,
    DateOnly Date,
    bool Public)
{
    /// <summary>
    /// Loads report <paramref name="id"/> if <paramref name="scope"/> may read it (null otherwise: the caller answers 404).
    /// </summary>
    public static async Task<ReportPrint?> LoadAsync(TreEmDbContext db, UserScope scope, int id, bool publicVersion,
        DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var report = await db.Reports.VisibleTo(scope).AsNoTracking()
            .Include(r => r.Unit!).ThenInclude(u => u.Type)
            .Include(r => r.Period)
            .Include(r => r.Sections)
            .Include(r => r.Figures)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (report is null) return null;
        var unit = report.Unit!;
        var period = report.Period!;
        var parent = unit.ParentId is { } parentId
            ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct)
            : null;

        // A submitted or accepted report prints its snapshot; a draft or a returned report its live figures.
        var isDraft = report.SnapshotAt is null || report.Status is ReportStatus.Draft or ReportStatus.Returned;
        IReadOnlyList<ReportFigure> figures = isDraft
            ? await ReportFigureBuilder.ComputeAsync(db, scope, unit, period.Figures, now, ct)
            : report.Figures;

        var layouts = await db.AppendixLayouts.AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
        var appendices = layouts.Select(l => AppendixTable.Build(l, figures)).ToList();

        // The plan in force: the unit's own, or the nearest above (a district without its own follows the province's).
        var targets = await ReportDrafts.TargetsForAsync(db, unit, period.Year, ct);

        var codes = figures.Select(f => f.Key).Where(k => k.StartsWith(UnitKey, StringComparison.Ordinal))
            .Select(k => k[UnitKey.Length..]).Distinct().ToList();
        var names = codes.Count == 0 ? new Dictionary<string, string>()
            : await db.Units.VisibleTo(scope).AsNoTracking().Where(u => codes.Contains(u.Code))
                .ToDictionaryAsync(u => u.Code, u => u.Name, ct);

        var date = DateOnly.FromDateTime(Display.ToVietnamTime(report.SubmittedAt ?? now));
        return new ReportPrint(report, unit, parent, period, figures, isDraft, appendices, targets, names, date, publicVersion);
    }

    public const string UnitKey = "unit:";

    /// <summary>The text of a section as the officer wrote it; null when empty.</summary>
    public string? Section(string key) =>
        Report.Sections.FirstOrDefault(s => s.Key == key) is { } s && !string.IsNullOrWhiteSpace(s.Text) ? s.Text.Trim() : null;

    /// <summary>"6 tháng đầu năm 2021" / "năm 2021".</summary>
    public string PeriodTitle => Period.Title;

    /// <summary>The file name without extension: "bao-cao-2021S1-633" (+ "-cong-khai").</summary>
    public string FileStem => $"bao-cao-{Period.Dhis2Name}-{Unit.Code}" + (Public ? "-cong-khai" : "");

    public UnitTier Tier => Unit.Type?.Tier ?? UnitTier.Commune;
}
