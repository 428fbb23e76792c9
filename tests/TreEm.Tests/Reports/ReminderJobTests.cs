using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TreEm.Auditing;
using TreEm.Domain.Cases;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;

namespace TreEm.Tests.Reports;

/// <summary>The hourly job that reminds units of a coming deadline and tells them once it has passed, driven by the
/// app's fake clock (30/11/2026 09:00 in Vietnam).</summary>
public class ReminderJobTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private ReportReminderJob Job => app.Services.GetServices<IHostedService>().OfType<ReportReminderJob>().Single();

    private Task<List<Notification>> NoticesAsync(string titleStart) =>
        app.WithDbAsync(db => db.Notifications.AsNoTracking().Include(n => n.Unit)
            .Where(n => n.Title.StartsWith(titleStart)).ToListAsync());

    [Fact]
    public async Task Reminder_GoesOnceToEachUnitNotSubmitted_FromReminderDaysBeforeItsDeadline()
    {
        // Districts due 03/12/2026 (reminders from 28/11), communes due 01/12 (from 26/11): both have begun.
        var period = await app.CreatePeriodAsync(2026, ReportPeriodKind.Annual, new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 1), reminderDays: 5);
        await app.CreateReportAsync(period.Id, "629", ReportStatus.Submitted);
        await app.CreateReportAsync(period.Id, "23944", ReportStatus.Accepted);
        await app.CreateReportAsync(period.Id, "622"); // a draft is not submitted

        await Job.RunOnceAsync();
        await Job.RunOnceAsync();

        var notices = await NoticesAsync("Nhắc báo cáo năm 2026:");
        Assert.Single(notices, n => n.Unit!.Code == "633");
        Assert.Single(notices, n => n.Unit!.Code == "622");
        Assert.Single(notices, n => n.Unit!.Code == "23977");
        Assert.DoesNotContain(notices, n => n.Unit!.Code is "629" or "23944" or "64" or "23944-01");
        Assert.Equal(notices.Count, notices.Select(n => n.UnitId).Distinct().Count());
        Assert.Equal("Nhắc báo cáo năm 2026: hạn nộp 03/12/2026", notices.Single(n => n.Unit!.Code == "633").Title);
        Assert.Equal("Nhắc báo cáo năm 2026: hạn nộp 01/12/2026", notices.Single(n => n.Unit!.Code == "23977").Title);
        var reason = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Notification) && a.Action == AuditAction.Insert).Select(a => a.Reason).FirstAsync());
        Assert.Equal(ReportReminderJob.Reason, reason);
    }

    [Fact]
    public async Task Overdue_GoesOnceAfterTheDeadline_AndNotForPeriodsLongClosed()
    {
        var period = await app.CreatePeriodAsync(2026, ReportPeriodKind.SixMonths, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 20), reminderDays: 5);
        await app.CreateReportAsync(period.Id, "629", ReportStatus.Returned, new DateTime(2026, 11, 24, 2, 0, 0, DateTimeKind.Utc));
        await app.CreatePeriodAsync(2025, ReportPeriodKind.SixMonths, new DateOnly(2025, 5, 25));

        await Job.RunOnceAsync();
        await Job.RunOnceAsync();

        var overdue = await NoticesAsync("Quá hạn báo cáo 6 tháng đầu năm 2026:");
        Assert.Equal("Quá hạn báo cáo 6 tháng đầu năm 2026: hạn nộp 25/11/2026 đã qua, chưa gửi báo cáo",
            Assert.Single(overdue, n => n.Unit!.Code == "633").Title);
        Assert.Single(overdue, n => n.Unit!.Code == "23944");
        // Submitted once (then returned): not overdue.
        Assert.DoesNotContain(overdue, n => n.Unit!.Code == "629");
        Assert.Equal(overdue.Count, overdue.Select(n => n.UnitId).Distinct().Count());
        Assert.Empty(await NoticesAsync("Quá hạn báo cáo 6 tháng đầu năm 2025:"));
        Assert.Empty(await NoticesAsync("Nhắc báo cáo 6 tháng đầu năm 2025:"));
    }

    [Fact]
    public async Task NothingIsWritten_BeforeTheReminderDays()
    {
        await app.CreatePeriodAsync(2027, ReportPeriodKind.SixMonths, new DateOnly(2027, 5, 25));

        await Job.RunOnceAsync();

        Assert.Empty(await NoticesAsync("Nhắc báo cáo 6 tháng đầu năm 2027:"));
        Assert.Empty(await NoticesAsync("Quá hạn báo cáo 6 tháng đầu năm 2027:"));
    }

    [Fact]
    public async Task Reminder_ReachesTheCommuneWorker_OnTheNotificationsPage_NotAnotherCommunes()
    {
        // A period of its own (a test-made year) whose commune deadline is tomorrow.
        await app.CreatePeriodAsync(2028, ReportPeriodKind.Annual, new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 1), reminderDays: 5);
        await app.CreateReportAsync((await app.WithDbAsync(db => db.ReportPeriods.SingleAsync(p => p.Year == 2028))).Id, "23944", ReportStatus.Submitted);

        await Job.RunOnceAsync();

        var iaKo = await app.SignInAsync("xa.iako");
        var page = await iaKo.GetStringAsync("/notifications");
        Assert.Contains("Nhắc báo cáo năm 2028: hạn nộp 01/12/2026", page, StringComparison.Ordinal);
        // Ia Tiêm submitted: its worker gets no reminder, and never sees Ia Ko's.
        var iaTiem = await app.SignInAsync("xa.iatiem");
        Assert.DoesNotContain("Nhắc báo cáo năm 2028", await iaTiem.GetStringAsync("/notifications"), StringComparison.Ordinal);
    }
}
