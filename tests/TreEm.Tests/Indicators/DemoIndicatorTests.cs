using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Children;
using TreEm.Domain.Indicators;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;
using TreEm.Web.Seed;
using TreEm.Web.Seed.Population;

namespace TreEm.Tests.Indicators;

/// <summary>The app of the demo indicator tests: 3,000 demo children and every other demo, as <c>--demo</c> loads them.</summary>
public sealed class DemoIndicatorFixture : IAsyncLifetime
{
    public TreEmApp App { get; } = new();

    public DateOnly Today => Display.Today(App.Clock);

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        await App.WithDbAsync(async db =>
        {
            await DemoChildren.SeedAsync(db, DemoSeeder.ProvinceCode, 3000, 2021, Today, App.Clock.GetUtcNow().UtcDateTime);
            await DemoCases.SeedAsync(db, App.Clock);
            await DemoFund.SeedAsync(db, App.Clock);
            await DemoSupport.SeedAsync(db, App.Clock);
            await DemoActivities.SeedAsync(db, App.Clock);
            await DemoPeople.SeedAsync(db, App.Clock);
            await DemoCare.SeedAsync(db, App.Clock);
            await DemoTraining.SeedAsync(db, App.Clock);
            await DemoEvents.SeedAsync(db, App.Clock);
        });
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The demo makes the 2020 and 2021 figures meaningful: the plan's years have children, support and activities.</summary>
public class DemoIndicatorTests(DemoIndicatorFixture fixture) : IClassFixture<DemoIndicatorFixture>
{
    private TreEmApp App => fixture.App;

    [Fact]
    public async Task DemoClassifications_StartMostlyIn2018To2021_SomeLater_SomeEnded()
    {
        var all = await App.WithDbAsync(db => db.ChildClassifications.AsNoTracking()
            .Select(x => new { x.Kind, x.StartDate, x.EndDate, x.Child!.BirthYear }).ToListAsync());
        // Of the children born by 2012 (old enough in 2018 for most situations), about four in five began in 2018–2021.
        var older = all.Where(x => x.BirthYear <= 2012).ToList();
        var inPlanYears = older.Count(x => x.StartDate.Year is >= 2018 and <= 2021);

        Assert.InRange(inPlanYears / (double)older.Count, 0.65, 0.95);
        Assert.Contains(all, x => x.StartDate.Year > 2021);
        Assert.Contains(all, x => x.EndDate is not null);
        Assert.All(all.Where(x => x.EndDate is not null), x => Assert.InRange(x.EndDate!.Value, x.StartDate.AddDays(1), fixture.Today));
    }

    [Fact]
    public async Task DemoProvince_2021_SpecialCircumstancesMostlyCounted_AndSupported()
    {
        var now = await App.ComputeAsync("64", FigurePeriod.Year(fixture.Today.Year), ["HCDB_SO_TRE"]);
        var y2021 = await App.ComputeAsync("64", FigurePeriod.Year(2021), ["HCDB_SO_TRE", "HCDB_TRO_GIUP_PT", "NGUY_CO_SO_TRE"]);
        var y2020 = await App.ComputeAsync("64", FigurePeriod.Year(2020), ["HCDB_SO_TRE", "NGUY_CO_SO_TRE"]);

        // Children born by 2021 are about two thirds of today's 0–15 year-olds; most of their classifications began by then.
        Assert.InRange(y2021.V("HCDB_SO_TRE")!.Value, now.V("HCDB_SO_TRE")!.Value * 0.4m, now.V("HCDB_SO_TRE")!.Value);
        Assert.True(y2020.V("HCDB_SO_TRE") > 0);
        Assert.True(y2020.V("NGUY_CO_SO_TRE") > 0);
        Assert.InRange(y2021.V("HCDB_TRO_GIUP_PT")!.Value, 50m, 100m);
    }
}
