using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Security;

public class SignInTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Get_PageWithoutSignIn_RedirectsToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DemoCredentials_SignsInAndShowsName()
    {
        var client = await app.SignInAsync("tinh");
        var home = await client.GetStringAsync("/");
        Assert.Contains("Nguyễn Thị Hồng", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongPassword_ShowsVietnameseError()
    {
        var response = await app.Anonymous().PostFormAsync("/account/login", new() { ["Input.UserName"] = "lanhdao", ["Input.Password"] = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", html, StringComparison.Ordinal);
        // What was typed stays; the password does not.
        Assert.Contains("value=\"lanhdao\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccount()
    {
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/account/login", new() { ["Input.UserName"] = "xa.iako", ["Input.Password"] = "wrong-" + i });
        var response = await client.PostFormAsync("/account/login", new() { ["Input.UserName"] = "xa.iako", ["Input.Password"] = DemoUsers.Password });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("tạm bị khóa", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DisabledUser_CannotSignIn()
    {
        await app.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.UserName == "huyen.mangyang");
            u.IsDisabled = true;
            await db.SaveChangesAsync();
        });
        var response = await app.Anonymous().PostFormAsync("/account/login", new() { ["Input.UserName"] = "huyen.mangyang", ["Input.Password"] = DemoUsers.Password });
        Assert.Contains("vô hiệu hóa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_TooShort_IsRefusedWithVietnameseMessage()
    {
        var client = await app.SignInAsync("congan.chuse");
        var response = await client.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = DemoUsers.Password, ["Input.NewPassword"] = "Ngan1", ["Input.ConfirmPassword"] = "Ngan1",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangePassword_Valid_ChangesItAndTheNewOneWorks()
    {
        var client = await app.SignInAsync("chutich.iatiem");
        var response = await client.PostFormAsync("/account/change-password", new()
        {
            ["Input.CurrentPassword"] = DemoUsers.Password, ["Input.NewPassword"] = "MatKhauMoi2026", ["Input.ConfirmPassword"] = "MatKhauMoi2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await app.SignInAsync("chutich.iatiem", "MatKhauMoi2026");
    }

    [Fact]
    public async Task Logout_EndsTheSession()
    {
        var client = await app.SignInAsync("thanhtra");
        var response = await client.PostFormAsync("/account/logout", [], getUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }
}
