using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Pages.Users;

/// <summary>The administrator's pages: create, roles, disable and enable, reset password. Each test uses its own users.</summary>
public class UserAdministrationTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> NewUser(string login, string fullName, string role, string unit) => new()
    {
        ["Input.Login"] = login, ["Input.FullName"] = fullName, ["Input.Role"] = role, ["Input.UnitCode"] = unit,
    };

    // The cookie handler answers a signed-in user without the policy with a redirect to the 403 page
    // (an absolute address), for GET and POST alike.
    [Fact]
    public async Task Create_NonAdministrator_IsSentToTheForbiddenPage()
    {
        var client = await app.SignInAsync("tinh");
        var get = await client.GetAsync("/users/create");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/loi/403", get.Headers.Location!.AbsolutePath);

        // The anti-forgery token comes from a page this user may open; the post is refused all the same.
        var post = await client.PostFormAsync("/users/create", NewUser("ke.gian", "Kẻ Gian", "Administrator", ""), getUrl: "/users");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/loi/403", post.Headers.Location!.AbsolutePath);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "ke.gian")));

        var forbidden = await client.GetAsync(get.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, forbidden.StatusCode);
        Assert.Contains("Bạn không có quyền thực hiện thao tác này.", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdministratorPages_NonAdministrator_AreForbidden()
    {
        var client = await app.SignInAsync("huyen.chuse");
        var id = await app.UserIdAsync("xa.iako");
        foreach (var url in new[] { $"/users/{id}/roles", $"/users/{id}/disable", $"/users/{id}/enable", $"/users/{id}/reset-password" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task Create_ShowsTheOneTimePasswordOnce_AndTheNewUserMustChangeIt()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/users/create", NewUser("canbo.iako2", "Nay Thị Mai", "CommuneWorker", "23977"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var password = UsersPageHelpers.OneTimePassword(await response.Content.ReadAsStringAsync());

        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().Include(u => u.Roles).ThenInclude(r => r.Unit).SingleAsync(u => u.UserName == "canbo.iako2"));
        Assert.True(user.MustChangePassword);
        Assert.Equal("Nay Thị Mai", user.FullName);
        var role = Assert.Single(user.Roles);
        Assert.Equal(Role.CommuneWorker, role.Role);
        Assert.Equal("23977", role.Unit!.Code);

        // The details page does not show the password again.
        Assert.DoesNotContain(password, await admin.GetStringAsync($"/users/{user.Id}"), StringComparison.Ordinal);

        var newcomer = await app.SignInAsync("canbo.iako2", password);
        var next = await newcomer.GetAsync("/users");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/account/change-password", next.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Create_DuplicateLogin_ShowsVietnameseErrorAndKeepsInput()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/users/create", NewUser("xa.iatiem", "Người Trùng Tên", "CommuneWorker", "23977"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tên đăng nhập xa.iatiem đã được sử dụng.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Người Trùng Tên\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"23977\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"one-time-password\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "xa.iatiem")));
    }

    [Fact]
    public async Task Create_UnknownUnit_ShowsVietnameseErrorAndKeepsInput()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/users/create", NewUser("moi.khongdonvi", "Trần Văn Mới", "CommuneWorker", "99999"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy đơn vị có mã 99999.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"moi.khongdonvi\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Trần Văn Mới\"", html, StringComparison.Ordinal);
        Assert.Contains("selected=\"selected\" value=\"CommuneWorker\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "moi.khongdonvi")));
    }

    [Theory]
    [InlineData("Có Dấu", "Tên đăng nhập chỉ gồm chữ thường không dấu")]
    [InlineData("a b", "Tên đăng nhập chỉ gồm chữ thường không dấu")]
    [InlineData("", "Vui lòng nhập tên đăng nhập.")]
    public async Task Create_BadLogin_IsRefused(string login, string message)
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/users/create", NewUser(login, "Ai Đó", "CommuneWorker", "23977"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.FullName == "Ai Đó")));
    }

    [Fact]
    public async Task Create_RoleWithoutUnit_IsRefusedExceptForAdministrator()
    {
        var admin = await app.SignInAsync("admin");
        var refused = await admin.PostFormAsync("/users/create", NewUser("khong.donvi", "Không Đơn Vị", "DistrictOfficer", ""));
        Assert.Contains("Vai trò này phải gắn với một đơn vị", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await admin.PostFormAsync("/users/create", NewUser("quantri2", "Quản Trị Hai", "Administrator", ""));
        UsersPageHelpers.OneTimePassword(await created.Content.ReadAsStringAsync());
        var role = await app.WithDbAsync(db => db.RoleAssignments.AsNoTracking().SingleAsync(r => r.User!.UserName == "quantri2"));
        Assert.Equal(Role.Administrator, role.Role);
        Assert.Null(role.UnitId);
    }

    [Fact]
    public async Task Roles_AddAndRemove()
    {
        var admin = await app.SignInAsync("admin");
        var id = await app.UserIdAsync("congan.chuse");

        var add = await admin.PostFormAsync($"/users/{id}/roles", new() { ["Input.Role"] = "Partner", ["Input.UnitCode"] = "23977" });
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal($"/users/{id}/roles", add.Headers.Location!.OriginalString);
        var added = await app.WithDbAsync(db => db.RoleAssignments.AsNoTracking().SingleAsync(r => r.UserId == id && r.Unit!.Code == "23977"));
        Assert.Equal(Role.Partner, added.Role);
        Assert.Contains("data-unit=\"23977\"", await admin.GetStringAsync($"/users/{id}/roles"), StringComparison.Ordinal);

        var again = await admin.PostFormAsync($"/users/{id}/roles", new() { ["Input.Role"] = "Partner", ["Input.UnitCode"] = "23977" });
        Assert.Contains("Người dùng đã có vai trò này tại đơn vị này.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var confirm = await admin.GetAsync($"/users/{id}/roles/{added.Id}/remove");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("data-testid=\"confirm\"", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var remove = await admin.PostFormAsync($"/users/{id}/roles/{added.Id}/remove", []);
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.RoleAssignments.AnyAsync(r => r.Id == added.Id)));
        // The audit keeps both changes.
        var key = added.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var actions = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == nameof(RoleAssignment) && a.Key == key).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditAction.Insert, AuditAction.Delete], actions.Order());
    }

    [Fact]
    public async Task Roles_NonAdministratorRoleWithoutUnit_IsRefused()
    {
        var admin = await app.SignInAsync("admin");
        var id = await app.UserIdAsync("tongdai111");
        var response = await admin.PostFormAsync($"/users/{id}/roles", new() { ["Input.Role"] = "Inspector", ["Input.UnitCode"] = "" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vai trò này phải gắn với một đơn vị: hãy nhập mã đơn vị.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.RoleAssignments.CountAsync(r => r.UserId == id)));
    }

    [Fact]
    public async Task Roles_RemovingTheLastAdministratorRole_IsRefused()
    {
        // Another test of the class creates an administrator; the test order depends on where the assembly lives.
        await app.WithDbAsync(async db =>
        {
            foreach (var other in await db.Users.Where(u => u.UserName != "admin" && u.Roles.Any(r => r.Role == Role.Administrator)).ToListAsync())
                other.IsDisabled = true;
            await db.SaveChangesAsync();
        });
        var admin = await app.SignInAsync("admin");
        var id = await app.UserIdAsync("admin");
        var roleId = await app.WithDbAsync(db => db.RoleAssignments.Where(r => r.UserId == id && r.Role == Role.Administrator).Select(r => r.Id).SingleAsync());

        var confirm = await admin.GetStringAsync($"/users/{id}/roles/{roleId}/remove");
        Assert.Contains("Không thể gỡ vai trò Quản trị hệ thống cuối cùng", confirm, StringComparison.Ordinal);
        // Even a hand-made post is refused.
        var post = await admin.PostFormAsync($"/users/{id}/roles/{roleId}/remove", [], getUrl: $"/users/{id}/roles");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("Không thể gỡ vai trò Quản trị hệ thống cuối cùng", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.RoleAssignments.AnyAsync(r => r.Id == roleId)));
    }

    [Fact]
    public async Task Disable_WithReason_StopsSignInAndOpenSessions_AuditKeepsTheReason_EnableRestores()
    {
        var session = await app.SignInAsync("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/")).StatusCode);
        var admin = await app.SignInAsync("admin");
        var id = await app.UserIdAsync("lanhdao");

        var noReason = await admin.PostFormAsync($"/users/{id}/disable", new() { ["Input.Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Vui lòng nhập lý do.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsDisabled).SingleAsync()));

        var disable = await admin.PostFormAsync($"/users/{id}/disable", new() { ["Input.Reason"] = "Chuyển công tác khỏi Sở" });
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.Equal($"/users/{id}", disable.Headers.Location!.OriginalString);
        Assert.Contains("Đã vô hiệu hóa", await admin.GetStringAsync($"/users/{id}"), StringComparison.Ordinal);

        var login = await app.Anonymous().PostFormAsync("/account/login", new() { ["Input.UserName"] = "lanhdao", ["Input.Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("vô hiệu hóa", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == "AppUser" && a.Key == id && a.Action == AuditAction.Update && a.Reason == "Chuyển công tác khỏi Sở"));
        Assert.Contains("\"IsDisabled\":true", entry.NewValues, StringComparison.Ordinal);
        Assert.Contains("\"SecurityStamp\":\"***\"", entry.NewValues, StringComparison.Ordinal);
        Assert.Equal("admin", entry.UserName);

        // The renewed security stamp ends the open session at its next check.
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var afterCheck = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, afterCheck.StatusCode);
        Assert.StartsWith("/account/login", afterCheck.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var enable = await admin.PostFormAsync($"/users/{id}/enable", new() { ["Input.Reason"] = "Trở lại làm việc" });
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Key == id && a.Reason == "Trở lại làm việc" && a.NewValues!.Contains("\"IsDisabled\":false"))));
        await app.SignInAsync("lanhdao");
    }

    [Fact]
    public async Task Disable_Self_IsRefused()
    {
        var admin = await app.SignInAsync("admin");
        var id = await app.UserIdAsync("admin");
        Assert.Contains("Bạn không thể tự vô hiệu hóa tài khoản của mình.", await admin.GetStringAsync($"/users/{id}/disable"), StringComparison.Ordinal);
        var post = await admin.PostFormAsync($"/users/{id}/disable", new() { ["Input.Reason"] = "Thử" }, getUrl: "/users");
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("Bạn không thể tự vô hiệu hóa tài khoản của mình.", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.IsDisabled).SingleAsync()));
    }

    [Fact]
    public async Task ResetPassword_GivesANewOneTimePassword_TheOldOneStopsWorking()
    {
        var admin = await app.SignInAsync("admin");
        var id = await app.UserIdAsync("thanhtra");
        var response = await admin.PostFormAsync($"/users/{id}/reset-password", new() { ["Input.Reason"] = "Người dùng quên mật khẩu" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var password = UsersPageHelpers.OneTimePassword(await response.Content.ReadAsStringAsync());
        Assert.NotEqual(DemoUsers.Password, password);

        var old = await app.Anonymous().PostFormAsync("/account/login", new() { ["Input.UserName"] = "thanhtra", ["Input.Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var client = await app.SignInAsync("thanhtra", password);
        var next = await client.GetAsync("/");
        Assert.Equal("/account/change-password", next.Headers.Location!.OriginalString);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Key == id && a.Reason == "Người dùng quên mật khẩu")));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.NewValues!.Contains(password))));
    }
}
