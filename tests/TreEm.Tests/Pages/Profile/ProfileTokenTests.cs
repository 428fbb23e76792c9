using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Security;

namespace TreEm.Tests.Pages.Profile;

public partial class ProfileTokenTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [GeneratedRegex("data-testid=\"new-token\">(treem_[A-Za-z0-9]+)<")]
    private static partial Regex TokenPattern();

    [Fact]
    public async Task Profile_ShowsNameLoginRolesAndChangePasswordLink()
    {
        var client = await app.SignInAsync("ctv.iatiem");
        var response = await client.GetAsync("/profile");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Rơ Châm Thuấn", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"login\">ctv.iatiem<", html, StringComparison.Ordinal);
        Assert.Contains("Cộng tác viên thôn, làng", html, StringComparison.Ordinal);
        Assert.Contains("Làng Tiêm", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/account/change-password\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-tokens\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_CreatedOnTheProfile_WorksOnTheApiUntilRevoked_AndIsShownOnlyOnce()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var created = await client.PostFormAsync("/profile/tokens/create", new() { ["Input.Name"] = "Phần mềm 111" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var match = TokenPattern().Match(await created.Content.ReadAsStringAsync());
        Assert.True(match.Success, "The new token is not on the page");
        var token = match.Groups[1].Value;

        // It works as a Bearer token.
        var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await api.GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Contains("\"userName\":\"xa.iatiem\"", await me.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // It is never shown again.
        var profile = await client.GetStringAsync("/profile");
        Assert.DoesNotContain(token, profile, StringComparison.Ordinal);
        Assert.Contains("Phần mềm 111", profile, StringComparison.Ordinal);
        Assert.Contains(token[..10], profile, StringComparison.Ordinal);
        Assert.DoesNotContain(token, await client.GetStringAsync("/profile/tokens/create"), StringComparison.Ordinal);

        // Only the hash is stored, and the audit never sees the token.
        var hash = ApiTokens.Hash(token);
        var stored = await app.WithDbAsync(db => db.ApiTokens.AsNoTracking().SingleAsync(t => t.TokenHash == hash));
        Assert.DoesNotContain(token, stored.Name + stored.Prefix + stored.TokenHash, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.TokenHash == token || t.Prefix == token || t.Name == token)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a =>
            (a.NewValues != null && a.NewValues.Contains(token)) || (a.OldValues != null && a.OldValues.Contains(token)) ||
            (a.NewValues != null && a.NewValues.Contains(hash)))));

        // Revoke after confirmation: the API refuses it at once.
        var confirm = await client.GetAsync($"/profile/tokens/{stored.Id}/revoke");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        var revoke = await client.PostFormAsync($"/profile/tokens/{stored.Id}/revoke", []);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal("/profile", revoke.Headers.Location!.OriginalString);
        Assert.NotNull(await app.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == stored.Id).Select(t => t.RevokedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/me")).StatusCode);
        Assert.Contains("Đã thu hồi", await client.GetStringAsync("/profile"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_WithoutName_IsRefused()
    {
        var client = await app.SignInAsync("chutich.iatiem");
        var response = await client.PostFormAsync("/profile/tokens/create", new() { ["Input.Name"] = "  " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vui lòng đặt tên cho mã truy cập.", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(TokenPattern(), html);
        Assert.False(await app.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.User!.UserName == "chutich.iatiem")));
    }

    [Fact]
    public async Task Token_OfAnotherUser_CannotBeRevoked()
    {
        await app.ApiClientAsync("huyen.chuse");
        var tokenId = await app.WithDbAsync(db => db.ApiTokens.Where(t => t.User!.UserName == "huyen.chuse").Select(t => t.Id).FirstAsync());
        var client = await app.SignInAsync("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/profile/tokens/{tokenId}/revoke")).StatusCode);
        var post = await client.PostFormAsync($"/profile/tokens/{tokenId}/revoke", [], getUrl: "/profile");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.RevokedAt).SingleAsync()));
    }
}
