using Microsoft.EntityFrameworkCore;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Cli;
using TreEm.Web.Hosting;

namespace TreEm.Tests.Seed;

/// <summary>The `seed-demo --children N --seed S` admin command, run against the test app's database.</summary>
public class SeedDemoCommandTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task<int> ProvinceChildrenAsync() => app.WithDbAsync(db => db.Children.CountAsync(c => c.Unit!.Path.StartsWith("/64/")));

    [Fact]
    public async Task SeedDemo_LoadsTheRequestedChildren_AgainAddsNothing_MoreTopsUp()
    {
        Assert.Equal(0, await AdminCommands.RunAsync(app.Services, CommandLine.Parse(["seed-demo", "--children", "300", "--seed", "5"], _ => null)));
        Assert.Equal(300, await ProvinceChildrenAsync());
        var names = await app.WithDbAsync(db => db.Children.OrderBy(c => c.Id).Select(c => c.FullName).ToListAsync());

        Assert.Equal(0, await AdminCommands.RunAsync(app.Services, CommandLine.Parse(["seed-demo", "--children", "300", "--seed", "5"], _ => null)));
        Assert.Equal(300, await ProvinceChildrenAsync());

        // A larger count tops the communes up to their new shares and leaves the children already there alone.
        Assert.Equal(0, await AdminCommands.RunAsync(app.Services, CommandLine.Parse(["seed-demo", "--children", "400", "--seed", "5"], _ => null)));
        Assert.InRange(await ProvinceChildrenAsync(), 380, 400);
        Assert.Equal(names, await app.WithDbAsync(db => db.Children.OrderBy(c => c.Id).Take(300).Select(c => c.FullName).ToListAsync()));
    }

    [Fact]
    public async Task SeedDemo_BadNumber_IsRefusedAndChangesNothing()
    {
        var before = await ProvinceChildrenAsync();
        Assert.Equal(2, await AdminCommands.RunAsync(app.Services, CommandLine.Parse(["seed-demo", "--children", "many"], _ => null)));
        Assert.Equal(before, await ProvinceChildrenAsync());
    }
}
