using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Security;

/// <summary>An installation started without --demo.</summary>
public class NoDemoApp : TreEmApp
{
    protected override bool LoadDemo => false;
}

public class FirstStartTests(NoDemoApp app) : IClassFixture<NoDemoApp>
{
    [Fact]
    public async Task FirstStart_CreatesOneAdministratorWhoMustChangePassword_AndNoDemoUsers()
    {
        var users = await app.WithDbAsync(db => db.Users.AsNoTracking().ToListAsync());
        var admin = Assert.Single(users);
        Assert.Equal("admin", admin.UserName);
        Assert.True(admin.MustChangePassword);
        Assert.True(await app.WithDbAsync(db => db.RoleAssignments.AnyAsync(r => r.UserId == admin.Id && r.Role == Role.Administrator)));
    }

    [Fact]
    public async Task FirstStart_AdministratorHasNoFixedPassword()
    {
        var client = app.Anonymous();
        var response = await client.PostFormAsync("/account/login", new() { ["Input.UserName"] = "admin", ["Input.Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MustChangePassword_SendsEveryPageToChangePassword()
    {
        // Give the administrator a known password, still flagged for change (as the first start leaves it).
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = await users.FindByNameAsync("admin");
            await users.RemovePasswordAsync(admin!);
            await users.AddPasswordAsync(admin!, "MotLanDung2026");
        }
        var client = await app.SignInAsync("admin", "MotLanDung2026");
        var response = await client.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/change-password", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bootstrap_SecondStartDoesNotCreateAnotherAdministrator()
    {
        using var scope = app.Services.CreateScope();
        var again = await scope.ServiceProvider.GetRequiredService<AdminBootstrap>().EnsureAdministratorAsync();
        Assert.Null(again);
        Assert.Equal(1, await app.WithDbAsync(db => db.Users.CountAsync()));
    }
}
