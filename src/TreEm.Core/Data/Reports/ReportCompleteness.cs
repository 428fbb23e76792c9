using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.Reports;

namespace TreEm.Data.Reports;

/// <summary>One unit that reports to the receiving unit: its report (if any) and whether it came in on time.</summary>
public sealed record CompletenessRow(int UnitId, string UnitCode, string UnitName, int? ReportId, ReportStatus? Status,
    DateTime? FirstSubmittedAt, DateTime? SubmittedAt, DateOnly Deadline, ReportTimeliness Timeliness);

/// <summary>Completeness and timeliness of a period's reports at a receiving unit (issue 6 item 5).</summary>
public sealed record Completeness(IReadOnlyList<CompletenessRow> Rows)
{
    public int OnTime => Rows.Count(r => r.Timeliness == ReportTimeliness.OnTime);
    public int Late => Rows.Count(r => r.Timeliness == ReportTimeliness.Late);
    /// <summary>Not submitted, whether or not the deadline has passed.</summary>
    public int Missing => Rows.Count(r => r.Timeliness is ReportTimeliness.Missing or ReportTimeliness.Overdue);
    public int Overdue => Rows.Count(r => r.Timeliness == ReportTimeliness.Overdue);
    public int Accepted => Rows.Count(r => r.Status == ReportStatus.Accepted);
}

public static class ReportCompleteness
{
    /// <summary>The units that report to <paramref name="receiver"/> for <paramref name="period"/>, with their reports.</summary>
    public static async Task<Completeness> ForAsync(TreEmDbContext db, OrgUnit receiver, ReportPeriod period, DateTime now, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var senders = await ReportUnits.SendersToAsync(db, receiver, ct);
        var ids = senders.Select(s => s.Id).ToList();
        var reports = (await db.Reports.AsNoTracking()
                .Where(r => r.PeriodId == period.Id && ids.Contains(r.UnitId))
                .Select(r => new { r.Id, r.UnitId, r.Status, r.FirstSubmittedAt, r.SubmittedAt })
                .ToListAsync(ct))
            .ToDictionary(r => r.UnitId);
        return new Completeness(senders.Select(s =>
        {
            var r = reports.GetValueOrDefault(s.Id);
            var deadline = period.DeadlineFor(s.Type?.Tier ?? UnitTier.District);
            return new CompletenessRow(s.Id, s.Code, s.Name, r?.Id, r?.Status, r?.FirstSubmittedAt, r?.SubmittedAt, deadline,
                ReportWorkflow.Timeliness(r?.FirstSubmittedAt, deadline, now));
        }).ToList());
    }
}
