using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Pages.Units;

public partial class UnitsIndexTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [GeneratedRegex("data-testid=\"unit-(\\d{3})\"")]
    private static partial Regex DistrictLink();

    [GeneratedRegex("data-testid=\"unit-([^\"]+)\"")]
    private static partial Regex AnyUnitLink();

    private async Task<string> GetAsync(string login, string url)
    {
        var client = await app.SignInAsync(login);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static List<string> Links(string html) => AnyUnitLink().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Get_TreeAsProvinceOfficer_ListsTheSeventeenDistrictsAndIaTiem()
    {
        var html = await GetAsync("tinh", "/units");

        Assert.Equal(17, DistrictLink().Matches(html).Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Contains("data-testid=\"unit-633\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-23944\"", html, StringComparison.Ordinal);
        Assert.Contains("Xã Ia Tiêm", html, StringComparison.Ordinal);
        Assert.Contains("Tỉnh Gia Lai", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TreeAsAdministrator_RendersTheWholeProvinceOnce()
    {
        var html = await GetAsync("admin", "/units");

        var links = Links(html);
        // 1 province + 17 districts + 220 communes + 7 demo villages, each once.
        Assert.Equal(245, links.Count);
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public async Task Get_TreeAsCommuneWorker_ListsTheCommuneAndItsVillagesOnly()
    {
        var html = await GetAsync("xa.iatiem", "/units");

        Assert.Equal(["23944", "23944-01", "23944-02", "23944-03", "23944-04"], Links(html));
        Assert.Contains("Xã Ia Tiêm", html, StringComparison.Ordinal);
        Assert.Contains("Làng Blang", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ia Ko", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chư Sê", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Gia Lai", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Tree_OpensTheTopOfTheScopeAndGivesDistrictsAToggle()
    {
        var html = await GetAsync("tinh", "/units");

        Assert.Matches("<details open=\"open\">\\s*<summary[^>]*data-testid=\"toggle-64\"", html);
        // A district is closed until its toggle is clicked; its communes are inside.
        Assert.Matches("<details>\\s*<summary[^>]*data-testid=\"toggle-633\"[^>]*>[^<]*</summary>\\s*<ul>[\\s\\S]*?data-testid=\"unit-23944\"", html);

        var all = await GetAsync("tinh", "/units?open=all");
        Assert.Matches("<details open=\"open\">\\s*<summary[^>]*data-testid=\"toggle-633\"", all);
    }

    [Fact]
    public async Task Get_TreeForUserWithoutRoles_ShowsTheEmptyState()
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var created = await users.CreateAsync(new AppUser { UserName = "chua.giao", FullName = "Chưa giao vai trò" }, DemoUsers.Password);
            Assert.True(created.Succeeded);
        }

        var html = await GetAsync("chua.giao", "/units");

        Assert.Contains("data-testid=\"units-empty\"", html, StringComparison.Ordinal);
        Assert.Empty(Links(html));
    }

    [Fact]
    public async Task Get_Tree_ShowsTheImportLinkToAdministratorsOnly()
    {
        Assert.Contains("href=\"/units/import\"", await GetAsync("admin", "/units"), StringComparison.Ordinal);
        Assert.DoesNotContain("/units/import", await GetAsync("tinh", "/units"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ia tiem")]
    [InlineData("IA TIÊM")]
    [InlineData("  Ia   Tiêm ")]
    public async Task Search_IgnoresCaseAndDiacritics(string q)
    {
        var html = await GetAsync("huyen.chuse", "/units?q=" + Uri.EscapeDataString(q));

        Assert.Contains("data-testid=\"unit-23944\"", html, StringComparison.Ordinal);
        Assert.Contains("Xã Ia Tiêm", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"unit-23977\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ByCode_FindsTheUnit()
    {
        var html = await GetAsync("tinh", "/units?q=23944");

        Assert.Equal(["23944", "23944-01", "23944-02", "23944-03", "23944-04"], Links(html));
    }

    [Fact]
    public async Task Search_ShowsTheAncestorsInsideTheScopeOnly()
    {
        var province = await GetAsync("tinh", "/units?q=" + Uri.EscapeDataString("làng blang"));
        Assert.Contains("Tỉnh Gia Lai › Huyện Chư Sê › Xã Ia Tiêm", province, StringComparison.Ordinal);

        var commune = await GetAsync("xa.iatiem", "/units?q=" + Uri.EscapeDataString("làng blang"));
        Assert.Contains("data-testid=\"unit-23944-03\"", commune, StringComparison.Ordinal);
        Assert.Contains("Xã Ia Tiêm", commune, StringComparison.Ordinal);
        Assert.DoesNotContain("Chư Sê", commune, StringComparison.Ordinal);
        Assert.DoesNotContain("Gia Lai", commune, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CommuneOfAnotherDistrict_FindsNothing()
    {
        // Xã Đăk Djrăng is in Mang Yang: its district officer finds it, Chư Sê's does not.
        var q = "/units?q=" + Uri.EscapeDataString("dak djrang");
        Assert.Contains("data-testid=\"unit-23806\"", await GetAsync("huyen.mangyang", q), StringComparison.Ordinal);

        var html = await GetAsync("huyen.chuse", q);
        Assert.Empty(Links(html));
        Assert.Contains("data-testid=\"units-empty\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Djrăng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_SameNameInTwoDistricts_ListsOnlyTheOneInScope()
    {
        // "Xã AYun" is in Chư Sê, "Xã Ayun" in Mang Yang.
        var html = await GetAsync("huyen.chuse", "/units?q=ayun");
        Assert.Equal(["23956"], Links(html));
    }

    [Fact]
    public async Task Search_ManyResults_ArePagedAndSortable()
    {
        var first = await GetAsync("admin", "/units?q=xa");
        Assert.Equal(50, Links(first).Count);
        Assert.Contains("p=2", first, StringComparison.Ordinal);

        var second = await GetAsync("admin", "/units?q=xa&sort=code&p=2");
        Assert.Equal(50, Links(second).Count);
        Assert.Empty(Links(first).Intersect(Links(second)));

        var byName = Links(await GetAsync("admin", "/units?q=xa&sort=name"));
        Assert.NotEqual(Links(first), byName);
    }

    [Fact]
    public async Task Get_TreeInEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("huyen.chuse");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync("/units");

        Assert.Contains("Search by unit name or code", html, StringComparison.Ordinal);
        Assert.Contains("23 units in your scope.", html, StringComparison.Ordinal);
        Assert.Contains("15 subordinate units", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge\">District</span>", html, StringComparison.Ordinal);
    }
}
