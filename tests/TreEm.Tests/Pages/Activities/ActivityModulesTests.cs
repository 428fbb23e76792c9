using System.Net;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Activities;

/// <summary>The menu leads to every module of issue 5, and each module's landing page opens for the people it serves.</summary>
public class ActivityModulesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    public static TheoryData<string> Landings => new()
    {
        "/activities", "/events", "/events/coverage", "/communication", "/inspections", "/injuries", "/training", "/training/coverage",
        "/people", "/people/coverage", "/committees", "/programmes", "/care", "/care/list", "/support", "/fund",
    };

    [Theory]
    [MemberData(nameof(Landings))]
    public async Task Landing_OpensForTheDistrictOfficer(string url)
    {
        var response = await (await app.As("huyen.chuse")).GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_ListsTheNewModules_AndTheHubLinksToEachActivity()
    {
        var html = await (await (await app.As("xa.iatiem")).GetAsync("/activities")).TextAsync();

        foreach (var link in new[] { "nav-programmes", "nav-care", "nav-activities", "nav-people" })
            Assert.Contains($"data-testid=\"{link}\"", html, StringComparison.Ordinal);
        foreach (var href in new[] { "/events", "/communication", "/inspections", "/injuries", "/training" })
            Assert.Contains($"href=\"{href}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menu_ForTheHotline_HasNoActivities()
    {
        var html = await (await (await app.As("tongdai111")).GetAsync("/")).TextAsync();

        Assert.DoesNotContain("data-testid=\"nav-activities\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"nav-people\"", html, StringComparison.Ordinal);
    }
}
