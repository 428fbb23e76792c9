using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Data;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Reports;

/// <summary>The demo's report periods and the district reports of the first six months of 2021.</summary>
public class DemoReportsTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    private Task<ReportPeriod> SixMonths2021Async() =>
        app.WithDbAsync(db => db.ReportPeriods.AsNoTracking().SingleAsync(p => p.Year == 2021 && p.Kind == ReportPeriodKind.SixMonths));

    [Fact]
    public async Task Periods_Of2020And2021_WithThePlansDeadlines()
    {
        var periods = (await app.WithDbAsync(db => db.ReportPeriods.AsNoTracking().ToListAsync())).OrderBy(p => p.Year).ThenBy(p => p.Kind).ToList();

        Assert.Equal([(2020, ReportPeriodKind.SixMonths), (2020, ReportPeriodKind.Annual), (2021, ReportPeriodKind.SixMonths), (2021, ReportPeriodKind.Annual)],
            periods.Select(p => (p.Year, p.Kind)));
        var six = periods[2];
        Assert.Equal((new DateOnly(2021, 1, 1), new DateOnly(2021, 5, 15), new DateOnly(2021, 5, 25), (DateOnly?)new DateOnly(2021, 5, 20)),
            (six.From, six.CutOff, six.Deadline, six.CommuneDeadline));
        var annual = periods[3];
        Assert.Equal((new DateOnly(2021, 10, 31), new DateOnly(2021, 11, 20), (DateOnly?)new DateOnly(2021, 11, 15)),
            (annual.CutOff, annual.Deadline, annual.CommuneDeadline));
    }

    [Fact]
    public async Task SixMonths2021_HasOnTimeLateReturnedAndMissingDistricts_ChuSeLeftToWrite()
    {
        var period = await SixMonths2021Async();
        var reports = await app.WithDbAsync(db => db.Reports.AsNoTracking().Include(r => r.Unit).Include(r => r.Transitions)
            .Where(r => r.PeriodId == period.Id).ToListAsync());

        Assert.DoesNotContain(reports, r => r.Unit!.Code == "633" && r.Status != ReportStatus.Draft);
        Assert.Equal(ReportStatus.Accepted, reports.Single(r => r.Unit!.Code == "629").Status);
        var returned = reports.Single(r => r.Unit!.Code == "624");
        Assert.Equal(ReportStatus.Returned, returned.Status);
        Assert.Equal(DemoReports.ReturnComments, returned.Transitions.Single(t => t.To == ReportStatus.Returned).Reason);

        var html = await (await app.SignInAsync("tinh")).GetStringAsync($"/reports?period={period.Id}");
        Assert.Contains("data-testid=\"unit-629\" data-timeliness=\"OnTime\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-623\" data-timeliness=\"Late\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-624\" data-timeliness=\"OnTime\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-633\" data-timeliness=\"Overdue\"", html, StringComparison.Ordinal);
        Assert.Contains("Đúng hạn: 4", html, StringComparison.Ordinal);
        Assert.Contains("Muộn: 1", html, StringComparison.Ordinal);
        Assert.Contains("Chưa gửi: 12", html, StringComparison.Ordinal);

        // Chư Sê's officer can write the report.
        Assert.Contains("data-testid=\"create-633\"", await (await app.SignInAsync("huyen.chuse")).GetStringAsync($"/reports?period={period.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_RunAgain_AddsNothing()
    {
        var before = await app.WithDbAsync(db => db.Reports.CountAsync());

        var added = await app.WithDbAsync(db => DemoReports.SeedAsync(db, app.Clock));

        Assert.Equal(0, added);
        Assert.Equal(before, await app.WithDbAsync(db => db.Reports.CountAsync()));
        Assert.Equal(4, await app.WithDbAsync(db => db.ReportPeriods.CountAsync()));
    }
}
