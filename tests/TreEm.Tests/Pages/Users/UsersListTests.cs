using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Pages.Users;

/// <summary>The users list and details: what each user may see. Reads only (the demo is left as it is).</summary>
public class UsersListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task List_CommuneWorker_SeesOnlyUsersOfTheirCommune()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var response = await client.GetAsync("/users");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var logins = UsersPageHelpers.Logins(await response.Content.ReadAsStringAsync());
        Assert.Equal(["chutich.iatiem", "ctv.iatiem", "xa.iatiem"], logins);
        Assert.DoesNotContain("xa.iako", logins);
        Assert.DoesNotContain("huyen.chuse", logins);
    }

    [Fact]
    public async Task List_DistrictOfficer_SeesCommunesOfTheDistrictButNotAnotherDistrict()
    {
        var client = await app.SignInAsync("huyen.chuse");
        var logins = UsersPageHelpers.Logins(await client.GetStringAsync("/users"));
        Assert.Contains("xa.iatiem", logins);
        Assert.Contains("xa.iako", logins);
        Assert.Contains("congan.chuse", logins);
        Assert.DoesNotContain("huyen.mangyang", logins);
        Assert.DoesNotContain("tinh", logins);
        Assert.DoesNotContain("admin", logins);
    }

    [Fact]
    public async Task List_Administrator_SeesAllDemoUsers()
    {
        var client = await app.SignInAsync("admin");
        var html = await client.GetStringAsync("/users");
        var logins = UsersPageHelpers.Logins(html);
        Assert.Equal(12, logins.Count);
        Assert.Equal(DemoUsers.All.Select(u => u.Login).Order(StringComparer.Ordinal), logins);
        Assert.Contains("12 người dùng", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ShowsRolesWithUnitNamesAndStatus()
    {
        var client = await app.SignInAsync("huyen.chuse");
        var html = await client.GetStringAsync("/users?q=xa.iako");
        Assert.Equal(["xa.iako"], UsersPageHelpers.Logins(html));
        Assert.Contains("Người làm công tác bảo vệ trẻ em cấp xã", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/units/23977\">Xã Ia Ko</a>", html, StringComparison.Ordinal);
        Assert.Contains("Hoạt động", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SearchByLoginIgnoresCase_AndByFullName()
    {
        var client = await app.SignInAsync("admin");
        Assert.Equal(["huyen.chuse", "huyen.mangyang"], UsersPageHelpers.Logins(await client.GetStringAsync("/users?q=HUYEN")));
        Assert.Equal(["huyen.mangyang"], UsersPageHelpers.Logins(await client.GetStringAsync("/users?q=" + Uri.EscapeDataString("Đinh Văn"))));
    }

    [Fact]
    public async Task List_FilterByUnit_TakesItsSubtree()
    {
        var client = await app.SignInAsync("huyen.chuse");
        var logins = UsersPageHelpers.Logins(await client.GetStringAsync("/users?unit=23944"));
        // ctv.iatiem holds a role at a village of Ia Tiêm.
        Assert.Equal(["chutich.iatiem", "ctv.iatiem", "xa.iatiem"], logins);
    }

    [Fact]
    public async Task List_FilterByUnitOutOfScope_ShowsNothingAsIfTheUnitDidNotExist()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var html = await client.GetStringAsync("/users?unit=23977");
        Assert.Empty(UsersPageHelpers.Logins(html));
        Assert.Contains("Không tìm thấy đơn vị có mã 23977.", html, StringComparison.Ordinal);
        var unknown = await client.GetStringAsync("/users?unit=99999");
        Assert.Contains("Không tìm thấy đơn vị có mã 99999.", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FilterByRoleAndUnit()
    {
        var client = await app.SignInAsync("admin");
        Assert.Equal(["huyen.chuse", "huyen.mangyang"], UsersPageHelpers.Logins(await client.GetStringAsync("/users?role=DistrictOfficer")));
        Assert.Equal(["xa.iatiem"], UsersPageHelpers.Logins(await client.GetStringAsync("/users?role=CommuneWorker&unit=23944")));
    }

    [Fact]
    public async Task List_SortsByLoginBothWaysAndByName()
    {
        var client = await app.SignInAsync("xa.iatiem");
        Assert.Equal(["chutich.iatiem", "ctv.iatiem", "xa.iatiem"], UsersPageHelpers.Logins(await client.GetStringAsync("/users?sort=login")));
        Assert.Equal(["xa.iatiem", "ctv.iatiem", "chutich.iatiem"], UsersPageHelpers.Logins(await client.GetStringAsync("/users?sort=-login")));
        // Ksor H'Nhi, Rơ Châm Thuấn, Siu Đình
        Assert.Equal(["xa.iatiem", "ctv.iatiem", "chutich.iatiem"], UsersPageHelpers.Logins(await client.GetStringAsync("/users?sort=name")));
    }

    [Fact]
    public async Task List_NoMatch_ShowsEmptyState()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var html = await client.GetStringAsync("/users?q=khong-co-ai");
        Assert.Empty(UsersPageHelpers.Logins(html));
        Assert.Contains("data-testid=\"empty\"", html, StringComparison.Ordinal);
        Assert.Contains("Không có người dùng nào phù hợp với điều kiện lọc.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_UserOfAnotherCommune_Returns404()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var id = await app.UserIdAsync("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/users/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/users/khong-co-id")).StatusCode);
    }

    [Fact]
    public async Task Details_InScope_ShowsLoginStatusCreatedRolesAndTokens()
    {
        var client = await app.SignInAsync("huyen.chuse");
        var id = await app.UserIdAsync("xa.iako");
        var response = await client.GetAsync($"/users/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Lê Thị Thu", html, StringComparison.Ordinal);
        Assert.Contains("30/11/2026", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/units/23977\">Xã Ia Ko</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"active-tokens\">0<", html, StringComparison.Ordinal);
        // Only administrators get the actions.
        Assert.DoesNotContain($"/users/{id}/disable", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_WritesAReadAuditEntry()
    {
        var client = await app.SignInAsync("chutich.iatiem");
        var id = await app.UserIdAsync("ctv.iatiem");
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "AppUser" && a.Key == id && a.Action == AuditAction.Read));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/users/{id}")).StatusCode);
        var reads = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "AppUser" && a.Key == id && a.Action == AuditAction.Read).ToListAsync());
        Assert.Equal(before + 1, reads.Count);
        Assert.Contains(reads, r => r.UserName == "chutich.iatiem" && r.UnitId == null);
    }

    [Fact]
    public async Task List_InEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("tinh");
        await client.GetAsync("/lang/en-US?returnUrl=/users");
        var html = await client.GetStringAsync("/users?q=tinh");
        Assert.Contains("Search by user name or full name", html, StringComparison.Ordinal);
        Assert.Contains("Province officer", html, StringComparison.Ordinal);
        Assert.Contains(">Active<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tìm theo tên đăng nhập", html, StringComparison.Ordinal);
    }
}
