using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages;

/// <summary>The application with one extra endpoint that fails, to see what a user sees on a server error.</summary>
public class FailingApp : TreEmApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddTransient<IStartupFilter, FailingEndpoint>());
    }

    private sealed class FailingEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            // Appended after the application's pipeline, so its exception handling wraps it.
            app.Use((HttpContext ctx, RequestDelegate rest) =>
                ctx.Request.Path.StartsWithSegments("/test-failure") || ctx.Request.Path.StartsWithSegments("/api/test-failure")
                    ? throw new InvalidOperationException("secret internal detail")
                    : rest(ctx));
        };
    }
}

public class ShellTests(FailingApp app) : IClassFixture<FailingApp>
{
    [Fact]
    public async Task ServerError_ShowsFriendlyVietnamesePageWithoutStackTrace()
    {
        var client = await app.SignInAsync("tinh");
        var response = await client.GetAsync("/test-failure");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Đã có lỗi xảy ra", html, StringComparison.Ordinal);
        Assert.Contains("Mã tham chiếu", html, StringComparison.Ordinal);
        Assert.DoesNotContain("secret internal detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Shows404InVietnamese()
    {
        var client = await app.SignInAsync("tinh");
        var response = await client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_AreVietnameseByDefault_EvenForAnEnglishBrowser()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"vi\">", html, StringComparison.Ordinal);
        Assert.Contains("Tên đăng nhập", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_PersistsEnglishInACookie()
    {
        var client = await app.SignInAsync("lanhdao");
        var switched = await client.GetAsync("/lang/en-US?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Welcome", home, StringComparison.Ordinal);
        Assert.Contains(">Units<", home, StringComparison.Ordinal);
        await client.GetAsync("/lang/vi-VN?returnUrl=%2F");
        Assert.Contains("Xin chào", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LanguageSwitch_RefusesForeignReturnUrl()
    {
        var response = await app.Anonymous().GetAsync("/lang/en-US?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Navigation_NamesEveryModule()
    {
        var html = await (await app.SignInAsync("tinh")).GetStringAsync("/");
        foreach (var module in new[] { "Trẻ em", "Vụ việc", "Trợ giúp", "Quỹ", "Hoạt động", "Nhân sự", "Kế hoạch", "Báo cáo", "Đơn vị", "Người dùng" })
            Assert.Contains(module, html, StringComparison.Ordinal);
        // The audit log is for administrators and inspectors only.
        Assert.DoesNotContain("Nhật ký", html, StringComparison.Ordinal);
        Assert.Contains("Nhật ký", await (await app.SignInAsync("thanhtra")).GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_SendsVietnameseAsUtf8NotEntities()
    {
        var html = await app.Anonymous().GetStringAsync("/account/login");
        Assert.Contains("Đăng nhập", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x110;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_IsServed()
    {
        var response = await app.Anonymous().GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("@media (max-width: 700px)", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
