using System.Net;
using System.Text.RegularExpressions;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.ApiDocs;

public class ApiDocsPageTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Section(string html, string route)
    {
        var start = html.IndexOf($"data-route=\"{route}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section for {route}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    [Theory]
    [InlineData("xa.iatiem")]
    [InlineData("admin")]
    public async Task Get_AsAnySignedInUser_ListsTheApiEndpointsAndLinksTheOpenApiDocument(string login)
    {
        var client = await app.SignInAsync(login);

        var response = await client.GetAsync("/api-docs");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var routes = Regex.Matches(html, "data-testid=\"endpoint\" data-route=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("/api/v1/me", routes);
        Assert.Contains("/api/v1/units", routes);
        Assert.Contains("/api/v1/units/{code}", routes);
        // Only the API: not the pages, nor the other endpoints of the application.
        Assert.All(routes, r => Assert.StartsWith("/api/", r, StringComparison.Ordinal));
        Assert.Contains("href=\"/openapi/v1.json\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DescribesParametersSummaryAndResponseCodesOfEachEndpoint()
    {
        var client = await app.SignInAsync("huyen.chuse");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/api-docs"));

        var unit = Section(html, "/api/v1/units/{code}");
        Assert.Contains("<span class=\"badge\">GET</span>", unit, StringComparison.Ordinal);
        Assert.Contains("One unit by its official code", unit, StringComparison.Ordinal);
        Assert.Matches("<code>code</code></td>\\s*<td data-label=\"Vị trí\">đường dẫn</td>", unit);
        Assert.Contains("data-status=\"200\"", unit, StringComparison.Ordinal);
        Assert.Contains("data-status=\"404\"", unit, StringComparison.Ordinal);
        Assert.Contains("<code>UnitDto</code>", unit, StringComparison.Ordinal);
        var list = Section(html, "/api/v1/units");
        Assert.Matches("<code>parent</code></td>\\s*<td data-label=\"Vị trí\">chuỗi truy vấn</td>", list);
        var me = Section(html, "/api/v1/me");
        Assert.Contains("data-status=\"401\"", me, StringComparison.Ordinal);
        Assert.Contains("<code>MeDto</code>", me, StringComparison.Ordinal);
        // Services and the cancellation token are not parameters a caller sends.
        Assert.DoesNotContain("CurrentUser", html, StringComparison.Ordinal);
        Assert.DoesNotContain("TreEmDbContext", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ExplainsTokenAuthenticationWithACurlExampleAndTheErrorFormat()
    {
        var client = await app.SignInAsync("tinh");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/api-docs"));

        Assert.Contains("href=\"/profile\"", html, StringComparison.Ordinal);
        Assert.Contains("Authorization: Bearer <token>", html, StringComparison.Ordinal);
        Assert.Matches("curl -H \"Authorization: Bearer treem_...\" http://localhost/api/v1/me", html);
        Assert.Contains("application/problem+json", html, StringComparison.Ordinal);
        Assert.Contains("\"status\": 404", html, StringComparison.Ordinal);
        Assert.Contains("<strong>401</strong>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DocumentedErrorExample_IsWhatTheApiAnswersOutOfScope()
    {
        var api = await app.ApiClientAsync("xa.iatiem");
        var problem = await api.GetAsync("/api/v1/units/633");
        using var body = System.Text.Json.JsonDocument.Parse(await problem.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        var client = await app.SignInAsync("xa.iatiem");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/api-docs"));

        Assert.Contains($"\"type\": \"{body.RootElement.GetProperty("type").GetString()}\"", html, StringComparison.Ordinal);
        Assert.Contains($"\"title\": \"{body.RootElement.GetProperty("title").GetString()}\"", html, StringComparison.Ordinal);
        Assert.True(body.RootElement.TryGetProperty("traceId", out _));
        Assert.Contains("\"traceId\":", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutSignIn_RedirectsToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/api-docs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_InEnglish_ShowsEnglishText()
    {
        var client = await app.SignInAsync("xa.iatiem");
        await client.GetAsync("/lang/en-US");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/api-docs"));

        Assert.Contains("<h1>API reference</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Authentication</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Not found, or outside your scope", html, StringComparison.Ordinal);
    }
}
