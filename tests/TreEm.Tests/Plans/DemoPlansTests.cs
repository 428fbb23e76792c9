using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Plans;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;
using TreEm.Web.Seed;

namespace TreEm.Tests.Plans;

/// <summary>The demo plans: Gia Lai's Kế hoạch 18/KH-SLĐTB&amp;XH with its seven targets, and Chư Sê's derived plan.</summary>
public class DemoPlansTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    [Fact]
    public async Task ProvincePlan2021_HasItsNumberDateBasesTasksAndSevenTargets()
    {
        var plan = await app.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Targets).Include(p => p.Unit)
            .SingleAsync(p => p.Number == DemoPlans.ProvinceNumber));

        Assert.Equal("64", plan.Unit!.Code);
        Assert.Equal(2021, plan.Year);
        Assert.Equal(new DateOnly(2021, 3, 18), plan.IssuedOn);
        Assert.Null(plan.ParentPlanId);
        Assert.Contains("375/LĐTBXH-TE", plan.LegalBases, StringComparison.Ordinal);
        Assert.Contains("739/VP-KGVX", plan.LegalBases, StringComparison.Ordinal);
        Assert.Equal(10, plan.Tasks.Split('\n').Length);
        var targets = plan.Targets.OrderBy(t => t.Order).ThenBy(t => t.Id).ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], targets.Select(t => t.Order).Distinct());
        Assert.Contains(targets, t => t is { IndicatorCode: "HCDB_TRO_GIUP_PT", Comparator: TargetComparator.AtLeast, Value: 98.5m });
        Assert.Contains(targets, t => t is { IndicatorCode: "SU_KIEN_HUYEN_PT", Comparator: TargetComparator.Equal, Value: 100m });
        Assert.Contains(targets, t => t is { IndicatorCode: "CAN_BO_TAP_HUAN_PT", Comparator: TargetComparator.Equal, Value: 100m });
        Assert.Contains(targets, t => t is { IndicatorCode: "XAM_HAI_KIP_THOI_PT", Comparator: TargetComparator.Equal, Value: 100m });
        Assert.Contains(targets, t => t is { Order: 5, IndicatorCode: "KHAM_SANG_LOC_SO", Comparator: TargetComparator.AtLeast });
        Assert.Contains(targets, t => t is { Order: 6, IndicatorCode: "TNTT_SO", Comparator: TargetComparator.BelowPreviousYear, Value: null });
        Assert.Contains(targets, t => t is { Order: 6, IndicatorCode: "TE_BI_XAM_HAI", Comparator: TargetComparator.BelowPreviousYear, Value: null });
        Assert.Contains(targets, t => t is { IndicatorCode: "QUY_VAN_DONG", Comparator: TargetComparator.AtLeast, Value: 4_000_000_000m });
        Assert.All(targets, t => Assert.NotNull(TreEm.Data.Indicators.IndicatorCatalogue.Find(t.IndicatorCode)));
    }

    [Fact]
    public async Task ChuSePlan2021_IsDerivedFromTheProvincePlan()
    {
        var plans = await app.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Targets).Include(p => p.Unit)
            .Where(p => p.Year == 2021).ToListAsync());
        var province = Assert.Single(plans, p => p.Number == DemoPlans.ProvinceNumber);
        var chuSe = Assert.Single(plans, p => p.Number == DemoPlans.ChuSeNumber);

        Assert.Equal("633", chuSe.Unit!.Code);
        Assert.Equal(province.Id, chuSe.ParentPlanId);
        Assert.Equal(province.Targets.Count, chuSe.Targets.Count);
        Assert.Contains("18/KH-SLĐTB&XH", chuSe.LegalBases, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_DefaultsToTheUsersUnitAndThe2021Plan()
    {
        var province = await (await (await app.As("tinh")).GetAsync("/dashboard")).TextAsync();
        Assert.Contains(DemoPlans.ProvinceNumber, province, StringComparison.Ordinal);
        Assert.Contains("Số liệu từ 01/01/2021 đến 31/12/2021", province, StringComparison.Ordinal);

        var chuSe = await (await (await app.As("huyen.chuse")).GetAsync("/dashboard")).TextAsync();
        Assert.Contains(DemoPlans.ChuSeNumber, chuSe, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"inherited\"", chuSe, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondRun_AddsNothing()
    {
        var before = await app.WithDbAsync(db => db.Plans.CountAsync());
        Assert.Equal(0, await app.WithDbAsync(db => DemoPlans.SeedAsync(db, app.Clock)));
        Assert.Equal(before, await app.WithDbAsync(db => db.Plans.CountAsync()));
    }
}
