using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Domain.Reports;

namespace TreEm.Web.Hosting;

/// <summary>
/// Every hour, reminds the units whose report for a period is not submitted yet: one notice "Nhắc báo cáo…" from
/// <see cref="ReportPeriod.ReminderDays"/> days before their deadline (districts: the period's deadline; communes:
/// the commune deadline), and one notice "Quá hạn báo cáo…" once the deadline day has ended (Vietnam time). Each
/// notice goes to a unit once per period (found again by its title). Overdue notices are written only within
/// <see cref="OverdueWindowDays"/> days after a deadline, so that a server started years later does not flood the
/// units with notices about periods long closed. Runs never overlap; a failed run is logged and retried.
/// </summary>
public sealed class ReportReminderJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReportReminderJob> log) : RecurringJob(scopes, time, log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public const int OverdueWindowDays = 30;

    public const string Reason = "Nhắc hạn nộp báo cáo (tự động)";

    protected override string Name => "Report reminders";

    protected override TimeSpan NextRunIn(DateTime utcNow) => Interval;

    protected override Task<int> RunAsync(TreEmDbContext db, IAuditActor actor, DateTime now, CancellationToken ct) =>
        RemindAsync(db, now, actor, ct);

    /// <summary>The reminder's title: "Nhắc báo cáo 6 tháng đầu năm 2021: hạn nộp 25/05/2021".</summary>
    public static string ReminderTitle(ReportPeriod period, DateOnly deadline) => $"{ReminderPrefix(period)} hạn nộp {Display.Date(deadline)}";

    /// <summary>The overdue notice's title: "Quá hạn báo cáo 6 tháng đầu năm 2021: hạn nộp 25/05/2021 đã qua, chưa gửi báo cáo".</summary>
    public static string OverdueTitle(ReportPeriod period, DateOnly deadline) => $"{OverduePrefix(period)} hạn nộp {Display.Date(deadline)} đã qua, chưa gửi báo cáo";

    private static string ReminderPrefix(ReportPeriod p) => $"Nhắc báo cáo {p.Title}:";

    private static string OverduePrefix(ReportPeriod p) => $"Quá hạn báo cáo {p.Title}:";

    /// <summary>Writes every reminder and overdue notice due at <paramref name="now"/> that was not written yet.</summary>
    public static async Task<int> RemindAsync(TreEmDbContext db, DateTime now, IAuditActor? actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var periods = await db.ReportPeriods.AsNoTracking().OrderBy(p => p.Year).ThenBy(p => p.Kind).ToListAsync(ct);
        var today = DateOnly.FromDateTime(Display.ToVietnamTime(now));
        var written = 0;
        foreach (var period in periods)
        {
            foreach (var tier in new[] { UnitTier.District, UnitTier.Commune })
            {
                var deadline = period.DeadlineFor(tier);
                var end = ReportWorkflow.DeadlineEndUtc(deadline);
                var remindFrom = Display.StartOfDayUtc(deadline.AddDays(-Math.Max(0, period.ReminderDays)));
                string prefix, title;
                if (now >= end && now < end.AddDays(OverdueWindowDays))
                    (prefix, title) = (OverduePrefix(period), OverdueTitle(period, deadline));
                else if (now >= remindFrom && now < end)
                    (prefix, title) = (ReminderPrefix(period), ReminderTitle(period, deadline));
                else
                    continue;
                var missing = await db.Units.AsNoTracking()
                    .Where(u => u.Type!.Tier == tier && (u.ValidTo == null || u.ValidTo > today))
                    .Where(u => !db.Reports.Any(r => r.PeriodId == period.Id && r.UnitId == u.Id && r.FirstSubmittedAt != null))
                    .Where(u => !db.Notifications.Any(n => n.UnitId == u.Id && n.Title.StartsWith(prefix)))
                    .OrderBy(u => u.Id)
                    .Select(u => u.Id)
                    .ToListAsync(ct);
                if (missing.Count == 0) continue;
                foreach (var unitId in missing)
                    db.Notifications.Add(new Notification { UnitId = unitId, CreatedAt = now, Title = title });
                if (actor is not null) actor.Reason = Reason;
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                written += missing.Count;
            }
        }
        return written;
    }
}
