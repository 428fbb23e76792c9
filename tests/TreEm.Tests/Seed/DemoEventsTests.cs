using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.Activities;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;
using TreEm.Web.Seed;

namespace TreEm.Tests.Seed;

/// <summary>The demo events: most districts held the Action Month and Mid-Autumn, a clean provincial forum, a warned district forum.</summary>
public class DemoEventsTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    [Fact]
    public async Task DemoEvents_MostButNotAllDistrictsHeldTheActionMonthAndMidAutumn()
    {
        var held = await app.WithDbAsync(db => db.ChildEvents.AsNoTracking()
            .Where(e => e.Unit!.Type!.Tier == UnitTier.District)
            .Select(e => new { e.StartDate.Year, e.Kind, e.Unit!.Code }).Distinct().ToListAsync());
        foreach (var year in new[] { 2020, 2021 })
            foreach (var kind in new[] { EventKind.ThangHanhDong, EventKind.TrungThu })
                Assert.InRange(held.Count(h => h.Year == year && h.Kind == kind), 14, 16);

        var page = await (await (await app.As("tinh")).GetAsync("/events/coverage?year=2021")).TextAsync();
        Assert.Contains("Tết Trung thu: 15/17 đơn vị đã tổ chức", page, StringComparison.Ordinal);
        Assert.Contains("Tháng hành động vì trẻ em: 16/17 đơn vị đã tổ chức", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoEvents_ProvincialForumMeetsTheRules_ChuSeForumIsWarned()
    {
        var forums = await app.WithDbAsync(db => db.ChildEvents.AsNoTracking().Include(e => e.Unit).ThenInclude(u => u!.Type)
            .Where(e => e.Kind == EventKind.DienDan && e.StartDate.Year == 2021).ToListAsync());
        var province = Assert.Single(forums, f => f.Theme == DemoEvents.ProvincialForumTheme);
        Assert.Equal(UnitTier.Province, province.Unit!.Type!.Tier);
        Assert.Empty(ForumRules.Warnings(province, ForumLevel.Province));
        var chuSe = Assert.Single(forums, f => f.Theme == DemoEvents.ChuSeForumTheme);
        Assert.Equal(["adults"], ForumRules.Warnings(chuSe, ForumLevel.District).Select(w => w.Code));

        var details = await (await (await app.As("huyen.chuse")).GetAsync($"/events/{chuSe.Id}")).TextAsync();
        Assert.Contains("45 trẻ cần ít nhất 9 người phụ trách; mới có 6.", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoEvents_SomeCommuneEventsInChuSe_AndASecondRunAddsNothing()
    {
        var communes = await app.WithDbAsync(db => db.ChildEvents.AsNoTracking()
            .CountAsync(e => e.Unit!.Path.StartsWith("/64/633/") && e.Unit.Type!.Tier == UnitTier.Commune));
        Assert.InRange(communes, 3, 10);

        var before = await app.WithDbAsync(db => db.ChildEvents.CountAsync());
        Assert.Equal(0, await app.WithDbAsync(db => DemoEvents.SeedAsync(db, app.Clock)));
        Assert.Equal(before, await app.WithDbAsync(db => db.ChildEvents.CountAsync()));
    }
}
