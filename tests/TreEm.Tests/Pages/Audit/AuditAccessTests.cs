using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Security;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Audit;

public class AuditAccessTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private async Task<long> EntryOfUnitOutsideProvince64Async()
    {
        var code = "9" + Guid.NewGuid().ToString("N")[..6];
        var unitId = await app.AddRootUnitAsync(code, "Tỉnh Ngoài Phạm Vi");
        return await app.LastEntryIdAsync(nameof(OrgUnit), unitId.ToString(CultureInfo.InvariantCulture), AuditAction.Insert);
    }

    [Fact]
    public async Task Get_AsInspector_ShowsTheLog()
    {
        var inspector = await app.SignInAsync("thanhtra");

        var response = await inspector.GetAsync("/audit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(AuditTestData.Rows(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("tinh", "/audit")]
    [InlineData("xa.iatiem", "/audit")]
    [InlineData("tinh", "/audit/1")]
    [InlineData("xa.iatiem", "/audit/1")]
    public async Task Get_AsNeitherAdministratorNorInspector_RedirectsToTheForbiddenPage(string login, string url)
    {
        var client = await app.SignInAsync(login);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/loi/403", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutSignIn_RedirectsToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/audit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EntryInScope_ShowsItInFull()
    {
        var key = await app.KeyOfUnitAsync("23944-01");
        var id = await app.RenameUnitAsync("23944-01", "Làng Tiêm Mới", actor: "xa.iatiem", reason: "Theo đề nghị của thôn");
        var inspector = await app.SignInAsync("thanhtra");

        var html = await inspector.GetStringAsync($"/audit/{id}");

        Assert.Equal("xa.iatiem", AuditTestData.TestId(html, "user"));
        Assert.StartsWith("Đơn vị hành chính", AuditTestData.TestId(html, "entity"), StringComparison.Ordinal);
        Assert.Contains("(OrgUnit)", AuditTestData.TestId(html, "entity"), StringComparison.Ordinal);
        Assert.Equal(key, AuditTestData.TestId(html, "key"));
        Assert.Equal("Theo đề nghị của thôn", AuditTestData.TestId(html, "reason"));
        Assert.Equal("Làng Tiêm", AuditTestData.TestId(html, "before"));
        Assert.Equal("Làng Tiêm Mới", AuditTestData.TestId(html, "after"));
        Assert.Contains("Làng Tiêm Mới", AuditTestData.TestId(html, "unit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EntryOutsideInspectorsScope_Returns404AndIsNotListed()
    {
        var id = await EntryOfUnitOutsideProvince64Async();
        var inspector = await app.SignInAsync("thanhtra");
        var admin = await app.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/audit/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/audit/{id}")).StatusCode);
        Assert.DoesNotContain(id, AuditTestData.Rows(await inspector.GetStringAsync("/audit?entity=OrgUnit&action=Insert")).Keys);
        Assert.Contains(id, AuditTestData.Rows(await admin.GetStringAsync("/audit?entity=OrgUnit&action=Insert")).Keys);
    }

    [Fact]
    public async Task Get_UnitOutsideInspectorsScope_IsRefusedAsAFilter()
    {
        var code = "8" + Guid.NewGuid().ToString("N")[..6];
        await app.AddRootUnitAsync(code, "Tỉnh Khác");
        var inspector = await app.SignInAsync("thanhtra");

        var html = await inspector.GetStringAsync($"/audit?unit={code}");

        Assert.Equal($"Không tìm thấy đơn vị có mã «{code}» trong phạm vi bạn được xem.", AuditTestData.TestId(html, "error-unit"));
        Assert.Empty(AuditTestData.Rows(html));
    }

    [Fact]
    public async Task Get_UserAccountOutsideInspectorsScope_IsHiddenButSystemEntriesWithoutUnitAreShown()
    {
        // A user who holds a role only in another province: their account's entries have no unit.
        var code = "7" + Guid.NewGuid().ToString("N")[..6];
        var unitId = await app.AddRootUnitAsync(code, "Tỉnh Xa");
        string userId = "";
        await app.AsAsync("system", null, async db =>
        {
            var user = new AppUser { UserName = "can.bo." + code, NormalizedUserName = "CAN.BO." + code, FullName = "Cán bộ tỉnh xa", SecurityStamp = Guid.NewGuid().ToString() };
            db.Users.Add(user);
            db.RoleAssignments.Add(new RoleAssignment { User = user, Role = Role.ProvinceOfficer, UnitId = unitId });
            await db.SaveChangesAsync();
            userId = user.Id;
        });
        var userEntry = await app.LastEntryIdAsync(nameof(AppUser), userId, AuditAction.Insert);
        // A demo user of province 64: their account is in the inspector's scope.
        var demoUserId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "xa.iatiem").Select(u => u.Id).SingleAsync());
        var demoUserEntry = await app.LastEntryIdAsync(nameof(AppUser), demoUserId, AuditAction.Insert);
        // A token made by the system (no unit, no user id).
        var tokenKey = await app.WithDbAsync(async db =>
        {
            await TreEm.Web.Security.ApiTokens.CreateAsync(db, demoUserId, "hệ thống", app.Clock.GetUtcNow().UtcDateTime);
            return (await db.ApiTokens.OrderByDescending(t => t.Id).FirstAsync()).Id.ToString(CultureInfo.InvariantCulture);
        });
        var tokenEntry = await app.LastEntryIdAsync(nameof(ApiToken), tokenKey, AuditAction.Insert);
        var inspector = await app.SignInAsync("thanhtra");

        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/audit/{userEntry}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/audit/{demoUserEntry}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/audit/{tokenEntry}")).StatusCode);
        var users = AuditTestData.Rows(await inspector.GetStringAsync("/audit?entity=AppUser&action=Insert"));
        Assert.DoesNotContain(userEntry, users.Keys);
        Assert.Contains(demoUserEntry, users.Keys);
    }

    [Theory]
    [InlineData("/audit/999999999")]
    [InlineData("/audit/khong-phai-so")]
    public async Task Get_UnknownEntry_Returns404(string url)
    {
        var admin = await app.SignInAsync("admin");

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
    }

    public static TheoryData<string, string> WriteVerbs => new()
    {
        { "POST", "/audit" }, { "PUT", "/audit" }, { "DELETE", "/audit" }, { "PATCH", "/audit" },
        { "POST", "/audit/{id}" }, { "PUT", "/audit/{id}" }, { "DELETE", "/audit/{id}" }, { "PATCH", "/audit/{id}" },
    };

    [Theory]
    [MemberData(nameof(WriteVerbs))]
    public async Task WriteVerb_WithOrWithoutAntiforgeryToken_Returns405AndChangesNothing(string method, string url)
    {
        var admin = await app.SignInAsync("admin");
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).FirstAsync());
        url = url.Replace("{id}", entry.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        // The layout's sign-out form carries a valid anti-forgery token for this user.
        var page = await admin.GetStringAsync("/audit");
        var token = WebUtility.HtmlDecode(Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.NotEmpty(token);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["UserName"] = "hacker", ["Reason"] = "sửa", ["Entity"] = "X", ["id"] = "1",
        };

        var withoutToken = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        var withToken = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = new FormUrlEncodedContent(fields) });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, withToken.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
        var after = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Id == entry.Id));
        Assert.Equal(JsonSerializer.Serialize(entry), JsonSerializer.Serialize(after));
    }
}
