using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TreEm.Data.Indicators;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/indicators: the catalogue, the values of one indicator, their validation and scope.</summary>
public class IndicatorApiTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task List_ReturnsTheWholeCatalogueWithItsDefinitions()
    {
        var client = await app.ApiClientAsync("xa.iatiem");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators");

        var items = list.EnumerateArray().ToList();
        Assert.Equal(IndicatorCatalogue.All.Select(d => d.Code), items.Select(i => i.GetProperty("code").GetString()));
        var share = items.Single(i => i.GetProperty("code").GetString() == "HCDB_TRO_GIUP_PT");
        Assert.Equal("Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", share.GetProperty("nameVi").GetString());
        Assert.Equal("Children in special circumstances supported", share.GetProperty("nameEn").GetString());
        Assert.Equal("Percent", share.GetProperty("measure").GetString());
        Assert.Equal("%", share.GetProperty("unitOfMeasure").GetString());
        Assert.Equal(new[] { "unit" }, share.GetProperty("breakdowns").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal("SixMonthsOrYear", share.GetProperty("periodType").GetString());
        Assert.Equal(IndicatorCatalogue.Find("HCDB_TRO_GIUP_PT")!.Formula, share.GetProperty("formula").GetString());
        Assert.Contains("ít nhất một lượt trợ giúp", share.GetProperty("formula").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, share.GetProperty("appendix").GetInt32());
        var training = items.Single(i => i.GetProperty("code").GetString() == "CAN_BO_TAP_HUAN_PT");
        Assert.Equal("Year", training.GetProperty("periodType").GetString());
    }

    [Fact]
    public async Task Values_WithoutUnit_AreTheUsersUnit_OverTheReportPeriodUpToItsCutOff()
    {
        await app.ReportAsync(2013, ReportPeriodKind.SixMonths, "629", ReportStatus.Draft);
        var client = await app.ApiClientAsync("huyen.chuse");

        var values = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/te_so_tre/values?period=2013S1");

        Assert.Equal("TE_SO_TRE", values.GetProperty("code").GetString());
        Assert.Equal("Số trẻ em đang quản lý", values.GetProperty("nameVi").GetString());
        Assert.Equal("633", values.GetProperty("unitCode").GetString());
        Assert.Equal("Huyện Chư Sê", values.GetProperty("unitName").GetString());
        Assert.Equal("2013S1", values.GetProperty("period").GetString());
        Assert.Equal("2013-01-01", values.GetProperty("from").GetString());
        Assert.Equal("2013-05-15", values.GetProperty("to").GetString());
        Assert.Equal(JsonValueKind.Array, values.GetProperty("values").ValueKind);
        Assert.All(values.GetProperty("values").EnumerateArray(), v => Assert.True(v.TryGetProperty("key", out _)));
    }

    [Fact]
    public async Task Values_OfACommuneInScope_WithoutAReportPeriod_CoverTheCalendarYear()
    {
        var client = await app.ApiClientAsync("huyen.chuse");

        var values = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/TNTT_SO/values?unit=23944&period=2012");

        Assert.Equal("23944", values.GetProperty("unitCode").GetString());
        Assert.Equal("2012", values.GetProperty("period").GetString());
        Assert.Equal("2012-01-01", values.GetProperty("from").GetString());
        Assert.Equal("2012-12-31", values.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Values_UnknownCode_Returns404()
    {
        var client = await app.ApiClientAsync("tinh");

        var response = await client.GetAsync("/api/v1/indicators/KHONG_CO/values?period=2021");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/indicators/TE_SO_TRE/values?period=2021")).StatusCode);
    }

    [Theory]
    [InlineData("huyen.chuse", "629", "23944")]
    [InlineData("huyen.mangyang", "23944", "629")]
    [InlineData("xa.iatiem", "633", "23944")]
    [InlineData("tinh", "99999", "629")]
    public async Task Values_UnitOutOfScope_Returns404(string login, string unit, string own)
    {
        var client = await app.ApiClientAsync(login);

        var response = await client.GetAsync($"/api/v1/indicators/TE_SO_TRE/values?unit={unit}&period=2021");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/indicators/TE_SO_TRE/values?unit={own}&period=2021")).StatusCode);
    }

    [Theory]
    [InlineData("?period=2021S2")]
    [InlineData("?period=2021s1")]
    [InlineData("?period=2021-S1")]
    [InlineData("?period=1999")]
    [InlineData("?period=")]
    [InlineData("")]
    public async Task Values_BadOrMissingPeriod_Returns400NamingTheAcceptedForms(string query)
    {
        var client = await app.ApiClientAsync("tinh");

        var response = await client.GetAsync($"/api/v1/indicators/TE_SO_TRE/values{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Dữ liệu gửi lên không hợp lệ.", problem.GetProperty("title").GetString());
        var message = problem.GetProperty("errors").GetProperty("period")[0].GetString();
        Assert.Contains("\"2021S1\"", message, StringComparison.Ordinal);
        Assert.Contains("\"2021\"", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_YearOnlyIndicatorForSixMonths_Returns400()
    {
        var client = await app.ApiClientAsync("tinh");

        var response = await client.GetAsync("/api/v1/indicators/CAN_BO_TAP_HUAN_PT/values?period=2021S1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("chỉ tính cho cả năm", problem.GetProperty("errors").GetProperty("period")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/indicators/CAN_BO_TAP_HUAN_PT/values?period=2021")).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheIndicatorReportAndDhis2Paths()
    {
        var doc = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths");
        foreach (var path in new[]
                 {
                     "/api/v1/indicators", "/api/v1/indicators/{code}/values", "/api/v1/reports", "/api/v1/reports/{id}",
                     "/api/v1/dhis2/dataValueSets",
                 })
            Assert.True(paths.TryGetProperty(path, out _), path);
        var values = paths.GetProperty("/api/v1/indicators/{code}/values").GetProperty("get");
        Assert.Contains(values.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "period");
    }
}
