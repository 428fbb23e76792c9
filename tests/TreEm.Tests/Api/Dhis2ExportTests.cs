using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/dhis2/dataValueSets: a unit's figures as a DHIS2 data value set, from the report snapshot when
/// there is one. Each test uses a period of its own.</summary>
public class Dhis2ExportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static List<(string DataElement, string? Combo, string Value)> Values(JsonElement set) =>
        set.GetProperty("dataValues").EnumerateArray().Select(v => (
            v.GetProperty("dataElement").GetString()!,
            v.TryGetProperty("categoryOptionCombo", out var combo) ? combo.GetString() : null,
            v.GetProperty("value").GetString()!)).ToList();

    [Fact]
    public async Task Export_WithASubmittedReport_EqualsItsSnapshotRows()
    {
        var id = await app.ReportAsync(2011, ReportPeriodKind.SixMonths, "633", ReportStatus.Accepted,
            submittedAt: new DateTime(2011, 5, 20, 20, 0, 0, DateTimeKind.Utc), acceptedAt: new DateTime(2011, 5, 24, 3, 0, 0, DateTimeKind.Utc),
            figures:
            [
                new ReportFigure { Code = "TE_SO_TRE", Key = "", Value = 1234, PreviousValue = 1200 },
                new ReportFigure { Code = "TE_SO_TRE", Key = "sex:Nu", Value = 600 },
                new ReportFigure { Code = "HCDB_TRO_GIUP_PT", Key = "", Value = 97.2m, Numerator = 486, Denominator = 500 },
                new ReportFigure { Code = "QUY_VAN_DONG", Key = "kind:TienMat", Value = 12_500_000 },
                new ReportFigure { Code = "TNTT_SO", Key = "", Value = null, PreviousValue = 3 },
            ]);
        var client = await app.ApiClientAsync("huyen.chuse");

        var response = await client.GetAsync("/api/v1/dhis2/dataValueSets?unit=633&period=2011S1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("snapshot", Assert.Single(response.Headers.GetValues("X-TreEm-Figures")));
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2011S1", set.GetProperty("period").GetString());
        Assert.Equal("633", set.GetProperty("orgUnit").GetString());
        Assert.Equal("2011-05-21", set.GetProperty("completeDate").GetString());
        Assert.Contains($"báo cáo {id}", set.GetProperty("comment").GetString(), StringComparison.Ordinal);
        var rows = await app.WithDbAsync(db => db.ReportFigures.AsNoTracking().Where(f => f.ReportId == id && f.Value != null).ToListAsync());
        var expected = rows.Select(f => (f.Code, f.Key.Length == 0 ? null : f.Key, f.Value!.Value.ToString("0.##", CultureInfo.InvariantCulture)))
            .OrderBy(v => v.Item1, StringComparer.Ordinal).ThenBy(v => v.Item2 ?? "", StringComparer.Ordinal).ToList();
        Assert.Equal(expected, Values(set));
        Assert.Equal(
            new List<(string, string?, string)> { ("HCDB_TRO_GIUP_PT", null, "97.2"), ("QUY_VAN_DONG", "kind:TienMat", "12500000"), ("TE_SO_TRE", null, "1234"), ("TE_SO_TRE", "sex:Nu", "600") },
            Values(set));
        foreach (var v in set.GetProperty("dataValues").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.String, v.GetProperty("value").ValueKind);
            Assert.Equal("2011S1", v.GetProperty("period").GetString());
            Assert.Equal("633", v.GetProperty("orgUnit").GetString());
        }
    }

    [Fact]
    public async Task Export_WithoutASubmittedReport_IsTheLiveFigures_NotAReturnedReportsOldSnapshot()
    {
        await app.ReportAsync(2010, ReportPeriodKind.Annual, "629", ReportStatus.Returned,
            submittedAt: new DateTime(2010, 11, 18, 3, 0, 0, DateTimeKind.Utc),
            figures: [new ReportFigure { Code = "TE_SO_TRE", Key = "", Value = 987_654 }]);
        var client = await app.ApiClientAsync("huyen.mangyang");

        var response = await client.GetAsync("/api/v1/dhis2/dataValueSets?period=2010");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("live", Assert.Single(response.Headers.GetValues("X-TreEm-Figures")));
        var set = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("629", set.GetProperty("orgUnit").GetString());
        Assert.Equal("2010", set.GetProperty("period").GetString());
        Assert.False(set.TryGetProperty("completeDate", out _));
        Assert.Contains("tính trực tiếp từ hồ sơ", set.GetProperty("comment").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Values(set), v => v.Value == "987654");
    }

    [Theory]
    [InlineData("2021S2")]
    [InlineData("2021Q1")]
    [InlineData("2021-S1")]
    [InlineData("")]
    public async Task Export_BadPeriod_Returns400NamingTheAcceptedForms(string period)
    {
        var client = await app.ApiClientAsync("tinh");

        var response = await client.GetAsync($"/api/v1/dhis2/dataValueSets?unit=64&period={period}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("\"2021S1\" (6 tháng đầu năm) hoặc \"2021\" (cả năm)",
            problem.GetProperty("errors").GetProperty("period")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UnitOfAnotherDistrict_Returns404_EvenWithASubmittedReport()
    {
        await app.ReportAsync(2009, ReportPeriodKind.SixMonths, "629", ReportStatus.Submitted,
            submittedAt: new DateTime(2009, 5, 20, 3, 0, 0, DateTimeKind.Utc),
            figures: [new ReportFigure { Code = "TE_SO_TRE", Key = "", Value = 10 }]);
        var client = await app.ApiClientAsync("huyen.chuse");

        var response = await client.GetAsync("/api/v1/dhis2/dataValueSets?unit=629&period=2009S1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var province = await app.ApiClientAsync("tinh");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync("/api/v1/dhis2/dataValueSets?unit=629&period=2009S1")).StatusCode);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/csv")]
    public async Task Export_AcceptOtherThanJson_Returns406(string accept)
    {
        var client = await app.ApiClientAsync("tinh");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dhis2/dataValueSets?unit=64&period=2021");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public async Task Export_AcceptJsonOrAnything_Returns200(string accept)
    {
        var client = await app.ApiClientAsync("tinh");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/dhis2/dataValueSets?unit=64&period=2021");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
