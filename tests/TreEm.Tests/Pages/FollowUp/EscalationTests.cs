using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;

namespace TreEm.Tests.Pages.FollowUp;

/// <summary>The deadline job, the overdue list and the notifications, driven by the app's fake clock.</summary>
public class EscalationTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private CaseDeadlineJob Job => app.Services.GetServices<IHostedService>().OfType<CaseDeadlineJob>().Single();

    private static string Row(int caseId) => $"data-case-id=\"{caseId.ToString(CultureInfo.InvariantCulture)}\"";

    private Task<CaseStep> InitialStepAsync(int caseId) => app.WithDbAsync(db =>
        db.CaseSteps.AsNoTracking().SingleAsync(s => s.CaseId == caseId && s.Kind == CaseStepKind.DanhGiaBanDau));

    [Fact]
    public async Task OverdueStep_IsEscalatedToTheDistrictOnce_AndShownToItsSupervisorsOnly()
    {
        var c = await app.CreateFollowUpCaseAsync("23944");
        await Job.RunOnceAsync();
        Assert.Null((await InitialStepAsync(c.Id)).EscalatedAt);

        app.Clock.Advance(TimeSpan.FromHours(13));
        await Job.RunOnceAsync();

        var step = await InitialStepAsync(c.Id);
        var chuSe = await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "633"));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, step.EscalatedAt);
        Assert.Equal(chuSe.Id, step.EscalatedToUnitId);
        var notice = Assert.Single(await app.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.CaseId == c.Id).ToListAsync()));
        Assert.Equal(chuSe.Id, notice.UnitId);
        Assert.Equal(step.Id, notice.CaseStepId);
        Assert.Contains(c.Code, notice.Title, StringComparison.Ordinal);
        Assert.Contains("Xã Ia Tiêm", notice.Title, StringComparison.Ordinal);
        Assert.Contains("Đánh giá nguy cơ ban đầu", notice.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUpTestData.Narrative, notice.Title, StringComparison.Ordinal);

        // A second run adds nothing.
        Assert.Equal(0, await Job.RunOnceAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.CaseId == c.Id)));

        var district = await app.SignInAsync("huyen.chuse");
        var notices = await district.GetStringAsync("/notifications");
        Assert.Contains(c.Code, notices, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unread\"", notices, StringComparison.Ordinal);
        // Every page's menu shows the unread count to the district; the commune worker (who gets report reminders
        // at the commune) never sees the escalation addressed to the district.
        Assert.Matches("data-testid=\"notification-badge\">[1-9]", await district.GetStringAsync("/"));
        Assert.DoesNotContain(c.Code, await (await app.SignInAsync("xa.iatiem")).GetStringAsync("/notifications"), StringComparison.Ordinal);
        var overdue = await district.GetStringAsync("/cases/overdue");
        Assert.Contains(Row(c.Id), overdue, StringComparison.Ordinal);
        Assert.Contains("Huyện Chư Sê", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUpTestData.Narrative, overdue, StringComparison.Ordinal);

        var province = await app.SignInAsync("tinh");
        Assert.Contains(Row(c.Id), await province.GetStringAsync("/cases/overdue"), StringComparison.Ordinal);
        var inspector = await app.SignInAsync("thanhtra");
        Assert.Contains(Row(c.Id), await inspector.GetStringAsync("/cases/overdue"), StringComparison.Ordinal);

        var other = await app.SignInAsync("huyen.mangyang");
        Assert.DoesNotContain(Row(c.Id), await other.GetStringAsync("/cases/overdue"), StringComparison.Ordinal);
        Assert.DoesNotContain(c.Code, await other.GetStringAsync("/notifications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverdueStepInMangYang_IsEscalatedToMangYang_AndFiltersNarrowTheList()
    {
        var chuSe = await app.CreateFollowUpCaseAsync("23977", receivedHoursAgo: 13, createdBy: "xa.iako");
        var mangYang = await app.CreateFollowUpCaseAsync("23797", receivedHoursAgo: 13, createdBy: null);
        await Job.RunOnceAsync();

        var unit = await app.WithDbAsync(db => db.Units.SingleAsync(u => u.Code == "629"));
        Assert.Equal(unit.Id, (await InitialStepAsync(mangYang.Id)).EscalatedToUnitId);

        var province = await app.SignInAsync("tinh");
        var all = await province.GetStringAsync("/cases/overdue");
        Assert.Contains(Row(chuSe.Id), all, StringComparison.Ordinal);
        Assert.Contains(Row(mangYang.Id), all, StringComparison.Ordinal);
        var filtered = await province.GetStringAsync("/cases/overdue?district=629");
        Assert.DoesNotContain(Row(chuSe.Id), filtered, StringComparison.Ordinal);
        Assert.Contains(Row(mangYang.Id), filtered, StringComparison.Ordinal);
        var commune = await province.GetStringAsync("/cases/overdue?commune=23977");
        Assert.Contains(Row(chuSe.Id), commune, StringComparison.Ordinal);
        Assert.DoesNotContain(Row(mangYang.Id), commune, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkRead_SetsReadAt_AndANoticeOfAnotherDistrictIs404()
    {
        var c = await app.CreateFollowUpCaseAsync("23944", receivedHoursAgo: 13);
        await Job.RunOnceAsync();
        var notice = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.CaseId == c.Id));
        var id = notice.Id.ToString(CultureInfo.InvariantCulture);

        var other = await app.SignInAsync("huyen.mangyang");
        var refused = await other.PostFormAsync($"/notifications?handler=Read&id={id}", [], "/notifications");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);

        var district = await app.SignInAsync("huyen.chuse");
        var response = await district.PostFormAsync($"/notifications?handler=Read&id={id}", [], "/notifications");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var read = await app.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync(n => n.Id == notice.Id));
        Assert.NotNull(read.ReadAt);
        Assert.Equal(await app.UserIdAsync("huyen.chuse"), read.ReadByUserId);
    }

    [Fact]
    public async Task Overdue_IsNotForCommuneWorkersOrPartners_NorNotificationsForPartners()
    {
        var worker = await app.SignInAsync("xa.iatiem");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/cases/overdue")).StatusCode);
        var partner = await app.SignInAsync("congan.chuse");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/cases/overdue")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/notifications")).StatusCode);
    }

    [Theory]
    [InlineData("23944", "633")]
    [InlineData("23797", "629")]
    [InlineData("23944-01", "633")]
    public async Task Supervisor_IsTheNearestDistrictAbove(string unitCode, string expected)
    {
        var unit = await app.WithDbAsync(async db =>
        {
            var u = await db.Units.SingleAsync(x => x.Code == unitCode);
            return await CaseDeadlineJob.SupervisorOfAsync(db, u.Id, default);
        });
        Assert.Equal(expected, unit?.Code);
    }
}
