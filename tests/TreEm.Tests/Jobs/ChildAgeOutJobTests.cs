using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;

namespace TreEm.Tests.Jobs;

/// <summary>The daily job that marks children who turn 16, driven by the app's fake clock.</summary>
public class ChildAgeOutJobTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private ChildAgeOutJob Job => app.Services.GetServices<IHostedService>().OfType<ChildAgeOutJob>().Single();

    private DateOnly Today => Display.Today(app.Clock);

    private Task<Child> LoadAsync(int id) => app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.StatusHistory).SingleAsync(c => c.Id == id));

    [Fact]
    public async Task ChildTurning16Tomorrow_IsMarkedOnlyOnceTheDayHasCome_AndTheRecordStays()
    {
        var birthday = Today.AddDays(1);
        var child = await app.CreateChildAsync("23944-01", "Siu H'Tuyết", birthday.AddYears(-16));
        var bystander = await app.CreateChildAsync("23944-01", "Nay Blơi", birthday.AddYears(-16).AddDays(1), Sex.Nam);

        await Job.RunOnceAsync();
        Assert.Equal(ChildStatus.DangQuanLy, (await LoadAsync(child.Id)).Status);

        app.Clock.Advance(TimeSpan.FromDays(1));
        // The job wakes at 00:15 by itself; running it now as well waits for that run and finds nothing left to do.
        await Job.RunOnceAsync();

        var marked = await LoadAsync(child.Id);
        Assert.Equal(ChildStatus.Du16Tuoi, marked.Status);
        Assert.Equal(birthday, marked.StatusDate);
        Assert.Equal("Siu H'Tuyết", marked.FullName);
        var history = Assert.Single(marked.StatusHistory);
        Assert.Equal(ChildStatus.Du16Tuoi, history.Status);
        Assert.Equal(birthday, history.On);
        Assert.Equal(ChildAgeOut.Reason, history.Reason);
        Assert.Equal("system", history.UserName);
        Assert.Equal(child.UnitId, history.FromUnitId);
        Assert.Equal(ChildStatus.DangQuanLy, (await LoadAsync(bystander.Id)).Status);

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Child) && a.Key == child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditAction.Update)
            .ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("system", entry.UserName);
        Assert.Equal("Đủ 16 tuổi (tự động)", entry.Reason);
        Assert.Contains($"\"Status\":{(int)ChildStatus.Du16Tuoi}", entry.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildWhoseDayPassedUnnoticed_IsMarkedWithItsBirthday_OtherStatusesAndMergedRecordsAreLeftAlone()
    {
        var birthday = Today.AddYears(-2).AddDays(-40);
        var late = await app.CreateChildAsync("23977", "Lê Văn Tâm", birthday.AddYears(-16), Sex.Nam, "01");
        var estimated = await app.CreateChildAsync("23977", "Rơ Mah H'Bia", configure: c =>
        {
            c.DateOfBirth = null;
            c.BirthYear = Today.Year - 16;
            c.IsBirthYearEstimated = true;
        });
        var deceased = await app.CreateChildAsync("23977", "Ksor Hyưk", birthday.AddYears(-16), Sex.Nam, configure: c => c.Status = ChildStatus.TuVong);
        var merged = await app.CreateChildAsync("23977", "Lê Văn Tâm", birthday.AddYears(-16), Sex.Nam, "01", configure: c => c.MergedIntoId = late.Id);

        await Job.RunOnceAsync();

        var l = await LoadAsync(late.Id);
        Assert.Equal(ChildStatus.Du16Tuoi, l.Status);
        Assert.Equal(birthday, l.StatusDate);
        var e = await LoadAsync(estimated.Id);
        Assert.Equal(ChildStatus.Du16Tuoi, e.Status);
        Assert.Equal(new DateOnly(Today.Year, 1, 1), e.StatusDate);
        Assert.Equal(ChildStatus.TuVong, (await LoadAsync(deceased.Id)).Status);
        Assert.Empty((await LoadAsync(deceased.Id)).StatusHistory);
        Assert.Equal(ChildStatus.DangQuanLy, (await LoadAsync(merged.Id)).Status);

        // A second run finds nothing more.
        Assert.Equal(0, await Job.RunOnceAsync());
        Assert.Single((await LoadAsync(late.Id)).StatusHistory);
    }

    [Theory]
    [InlineData("2026-11-30T02:00:00Z", 15 * 60 + 15)] // 09:00 in Vietnam
    [InlineData("2026-11-30T17:10:00Z", 5)]            // 00:10 in Vietnam, the next day
    [InlineData("2026-11-30T17:15:00Z", 24 * 60)]      // 00:15 exactly: the run is starting, the next is tomorrow
    public void DelayUntilNextRun_IsTheNextQuarterPastMidnightInVietnam(string utc, int minutes)
    {
        var now = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
        Assert.Equal(TimeSpan.FromMinutes(minutes), ChildAgeOutJob.DelayUntilNextRun(now));
    }
}
