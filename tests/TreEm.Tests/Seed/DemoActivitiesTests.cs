using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Activities;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Seed;

/// <summary>The demo communication, inspections and injuries: 2020 and 2021, comparable year on year.</summary>
public class DemoActivitiesTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    [Fact]
    public async Task Demo_CommunicationInBothYears_InSeveralDistricts_SomeInEthnicMinorityAreas()
    {
        var activities = await app.WithDbAsync(db => db.CommunicationActivities.AsNoTracking().Include(a => a.Unit).ToListAsync());
        Assert.Contains(activities, a => a.Date.Year == 2020);
        Assert.Contains(activities, a => a.Date.Year == 2021);
        Assert.Contains(activities, a => a.EthnicMinorityArea);
        var districts = activities.Select(a => a.Unit!.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Where(p => p.Length >= 2)
            .Select(p => p[1]).Distinct().Count();
        Assert.True(districts >= 3, $"{districts} districts");

        var page = await (await app.SignInAsync("tinh")).GetStringAsync("/communication?year=2021&dtts=1");
        Assert.Contains("Phát thanh phòng, chống bạo lực, xâm hại trẻ em bằng tiếng Jrai", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Chuyên mục phòng, chống xâm hại trẻ em trên Báo Gia Lai", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_DistrictInspectionsOfCommunes_OneWithAnOverdueFollowUp()
    {
        var visits = await app.WithDbAsync(db => db.InspectionVisits.AsNoTracking().Include(v => v.Unit).Include(v => v.InspectorUnit).ToListAsync());
        Assert.True(visits.Count >= 3);
        Assert.All(visits, v => Assert.StartsWith(v.InspectorUnit!.Path, v.Unit!.Path, StringComparison.Ordinal));
        var overdue = Assert.Single(visits, v => v.FollowUpOverdueOn(DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime)));
        Assert.Equal("23977", overdue.Unit!.Code);

        var page = await (await app.SignInAsync("huyen.chuse")).GetStringAsync("/inspections?overdue=1");
        Assert.Contains("Giám sát thực hiện Tháng hành động vì trẻ em 2021", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Injuries2020And2021_DrowningInTheRainySeason_AndDeaths()
    {
        var injuries = await app.WithDbAsync(db => db.InjuryRecords.AsNoTracking().ToListAsync());
        foreach (var year in new[] { 2020, 2021 })
        {
            var ofYear = injuries.Where(i => i.Date.Year == year).ToList();
            Assert.Contains(ofYear, i => i.Kind == InjuryKind.DuoiNuoc && i.Date.Month is >= 5 and <= 10);
            Assert.Contains(ofYear, i => i.Kind == InjuryKind.GiaoThong);
            Assert.Contains(ofYear, i => i.Kind == InjuryKind.Bong);
            Assert.Contains(ofYear, i => i.Outcome == InjuryOutcome.TuVong);
        }
        Assert.All(injuries, i => Assert.InRange(i.Age ?? -1, 0, InjuryRecord.MaxAge));

        var page = await (await app.SignInAsync("tinh")).GetStringAsync("/injuries?year=2020");
        Assert.Contains("7 trẻ bị tai nạn, thương tích: 5 bị thương, 2 tử vong.", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SecondRun_AddsNothing()
    {
        var before = await app.WithDbAsync(db => db.InjuryRecords.CountAsync());
        Assert.Equal(0, await app.WithDbAsync(db => DemoActivities.SeedAsync(db, app.Clock)));
        Assert.Equal(before, await app.WithDbAsync(db => db.InjuryRecords.CountAsync()));
    }
}
