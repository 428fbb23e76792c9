using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Api;

public class ApiBaseTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Get_MeWithoutToken_Returns401ProblemDetails()
    {
        var response = await app.Anonymous().GetAsync("/api/v1/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_MeWithBadToken_Returns401()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "treem_not-a-real-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Get_MeWithToken_ReturnsUserAndRoles()
    {
        var client = await app.ApiClientAsync("huyen.chuse");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("huyen.chuse", me.GetProperty("userName").GetString());
        var role = me.GetProperty("roles")[0];
        Assert.Equal("DistrictOfficer", role.GetProperty("role").GetString());
        Assert.Equal("633", role.GetProperty("unitCode").GetString());
    }

    [Fact]
    public async Task Get_UnknownApiPath_Returns404ProblemDetails()
    {
        var client = await app.ApiClientAsync("tinh");
        var response = await client.GetAsync("/api/v1/khong-co");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UnitsOfParent_ListsChildrenInScope()
    {
        var client = await app.ApiClientAsync("huyen.chuse");
        var units = await client.GetFromJsonAsync<JsonElement>("/api/v1/units?parent=633");
        var codes = units.EnumerateArray().Select(u => u.GetProperty("code").GetString()).ToList();
        Assert.Equal(15, codes.Count);
        Assert.Contains("23944", codes);
    }

    [Fact]
    public async Task Get_UnitsWithoutParent_ListsTheTopOfTheScope()
    {
        var client = await app.ApiClientAsync("xa.iatiem");
        var units = await client.GetFromJsonAsync<JsonElement>("/api/v1/units");
        var only = Assert.Single(units.EnumerateArray());
        Assert.Equal("23944", only.GetProperty("code").GetString());
        Assert.Equal("Xã Ia Tiêm", only.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_UnitInScope_ReturnsIt()
    {
        var client = await app.ApiClientAsync("xa.iatiem");
        var unit = await client.GetFromJsonAsync<JsonElement>("/api/v1/units/23944");
        Assert.Equal("Commune", unit.GetProperty("tier").GetString());
        Assert.Equal("633", unit.GetProperty("parentCode").GetString());
    }

    [Theory]
    [InlineData("xa.iatiem", "23977")]
    [InlineData("xa.iatiem", "633")]
    [InlineData("huyen.chuse", "629")]
    [InlineData("huyen.mangyang", "23944")]
    public async Task Get_UnitOutOfScope_Returns404(string login, string code)
    {
        var client = await app.ApiClientAsync(login);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/units/{code}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/units?parent={code}")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheEndpoints()
    {
        var doc = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/me", out _));
        Assert.True(paths.TryGetProperty("/api/v1/units", out _));
        Assert.True(paths.TryGetProperty("/api/v1/units/{code}", out _));
    }

    [Fact]
    public async Task Healthz_Returns200WhenTheDatabaseAnswers()
    {
        var response = await app.Anonymous().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
