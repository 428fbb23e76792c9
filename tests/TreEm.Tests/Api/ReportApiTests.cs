using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/reports: the list with its filters and timeliness, one report with its snapshot, and scope.
/// Each test makes its own report period (a year of its own), so the tests do not see each other's reports.</summary>
public class ReportApiTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Get_SubmittedReport_ReturnsItsSnapshotRowsAndTransitions()
    {
        var id = await app.ReportAsync(2019, ReportPeriodKind.SixMonths, "633", ReportStatus.Submitted,
            submittedAt: new DateTime(2019, 5, 20, 3, 0, 0, DateTimeKind.Utc),
            figures:
            [
                new ReportFigure { Code = "TE_BI_XAM_HAI", Key = "", Value = 21, PreviousValue = 24 },
                new ReportFigure { Code = "HCDB_TRO_GIUP_PT", Key = "", Value = 97.2m, Numerator = 486, Denominator = 500, PreviousValue = 95.5m },
            ]);
        var client = await app.ApiClientAsync("huyen.chuse");

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}");

        Assert.Equal(id, report.GetProperty("id").GetInt32());
        Assert.Equal("633", report.GetProperty("unitCode").GetString());
        Assert.Equal("2019S1", report.GetProperty("period").GetString());
        Assert.Equal("Submitted", report.GetProperty("status").GetString());
        Assert.True(report.GetProperty("onTime").GetBoolean());
        var rows = report.GetProperty("snapshot").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        var share = Assert.Single(rows, r => r.GetProperty("code").GetString() == "HCDB_TRO_GIUP_PT");
        Assert.Equal("", share.GetProperty("key").GetString());
        Assert.Equal(97.2m, share.GetProperty("value").GetDecimal());
        Assert.Equal(486m, share.GetProperty("numerator").GetDecimal());
        Assert.Equal(500m, share.GetProperty("denominator").GetDecimal());
        Assert.Equal(95.5m, share.GetProperty("previousValue").GetDecimal());
        var abused = Assert.Single(rows, r => r.GetProperty("code").GetString() == "TE_BI_XAM_HAI");
        Assert.Equal(21m, abused.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, abused.GetProperty("numerator").ValueKind);
        var transition = Assert.Single(report.GetProperty("transitions").EnumerateArray());
        Assert.Equal("Draft", transition.GetProperty("from").GetString());
        Assert.Equal("Submitted", transition.GetProperty("to").GetString());
        Assert.Equal("huyen.chuse", transition.GetProperty("userName").GetString());
    }

    [Fact]
    public async Task Get_Draft_SaysItHasNoSnapshot()
    {
        var id = await app.ReportAsync(2018, ReportPeriodKind.Annual, "629", ReportStatus.Draft);
        var client = await app.ApiClientAsync("huyen.mangyang");

        var report = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reports/{id}");

        Assert.Equal("Draft", report.GetProperty("status").GetString());
        Assert.Equal("2018", report.GetProperty("period").GetString());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("snapshot").ValueKind);
        Assert.Empty(report.GetProperty("transitions").EnumerateArray());
    }

    [Fact]
    public async Task Get_ReportOfAnotherDistrict_Returns404_AndIsNotListed()
    {
        var id = await app.ReportAsync(2017, ReportPeriodKind.SixMonths, "629", ReportStatus.Submitted,
            submittedAt: new DateTime(2017, 5, 1, 3, 0, 0, DateTimeKind.Utc));
        var district = await app.ApiClientAsync("huyen.chuse");

        var response = await district.GetAsync($"/api/v1/reports/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var list = await district.GetFromJsonAsync<JsonElement>("/api/v1/reports?period=2017S1");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync("/api/v1/reports?unit=629")).StatusCode);
        var province = await app.ApiClientAsync("tinh");
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync($"/api/v1/reports/{id}")).StatusCode);
    }

    [Fact]
    public async Task List_FiltersByPeriodAndUnitSubtree()
    {
        var chuSe = await app.ReportAsync(2016, ReportPeriodKind.SixMonths, "633", ReportStatus.Accepted,
            submittedAt: new DateTime(2016, 5, 2, 3, 0, 0, DateTimeKind.Utc), acceptedAt: new DateTime(2016, 5, 10, 3, 0, 0, DateTimeKind.Utc));
        var iaTiem = await app.ReportAsync(2016, ReportPeriodKind.SixMonths, "23944", ReportStatus.Draft);
        var mangYang = await app.ReportAsync(2016, ReportPeriodKind.SixMonths, "629", ReportStatus.Draft);
        var annual = await app.ReportAsync(2016, ReportPeriodKind.Annual, "633", ReportStatus.Draft);
        var client = await app.ApiClientAsync("tinh");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/reports?period=2016S1&unit=633");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(new[] { chuSe, iaTiem }, items.Select(r => r.GetProperty("id").GetInt32()).Order().ToArray());
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var accepted = items.Single(r => r.GetProperty("id").GetInt32() == chuSe);
        Assert.Equal("Huyện Chư Sê", accepted.GetProperty("unitName").GetString());
        Assert.Equal("2016S1", accepted.GetProperty("period").GetString());
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.Equal(new DateTime(2016, 5, 10, 3, 0, 0, DateTimeKind.Utc), accepted.GetProperty("acceptedAt").GetDateTime().ToUniversalTime());
        var year = await client.GetFromJsonAsync<JsonElement>("/api/v1/reports?period=2016");
        var ids = year.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(annual, ids);
        Assert.DoesNotContain(mangYang, ids);
        Assert.DoesNotContain(chuSe, ids);
    }

    [Fact]
    public async Task List_OnTime_JudgesTheFirstSubmissionAgainstTheDeadlineOfTheUnitsTier()
    {
        // Deadline 25/5/2015 for districts, 20/5/2015 for communes, end of the day in Vietnam (UTC+7).
        var onTime = await app.ReportAsync(2015, ReportPeriodKind.SixMonths, "633", ReportStatus.Submitted,
            submittedAt: new DateTime(2015, 5, 25, 16, 30, 0, DateTimeKind.Utc));
        var late = await app.ReportAsync(2015, ReportPeriodKind.SixMonths, "629", ReportStatus.Submitted,
            submittedAt: new DateTime(2015, 5, 25, 17, 30, 0, DateTimeKind.Utc));
        var communeLate = await app.ReportAsync(2015, ReportPeriodKind.SixMonths, "23944", ReportStatus.Submitted,
            submittedAt: new DateTime(2015, 5, 22, 3, 0, 0, DateTimeKind.Utc));
        var missing = await app.ReportAsync(2015, ReportPeriodKind.SixMonths, "23977", ReportStatus.Draft);
        var client = await app.ApiClientAsync("tinh");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/reports?period=2015S1");

        var byId = page.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("id").GetInt32(), r => r.GetProperty("onTime"));
        Assert.True(byId[onTime].GetBoolean());
        Assert.False(byId[late].GetBoolean());
        Assert.False(byId[communeLate].GetBoolean());
        Assert.False(byId[missing].GetBoolean());
    }

    [Theory]
    [InlineData("2021S2")]
    [InlineData("2021s1")]
    [InlineData("2021-06")]
    [InlineData("S1")]
    public async Task List_BadPeriod_Returns400NamingTheAcceptedForms(string period)
    {
        var client = await app.ApiClientAsync("tinh");

        var response = await client.GetAsync($"/api/v1/reports?period={period}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("period")[0].GetString();
        Assert.Contains("\"2021S1\" (6 tháng đầu năm)", message, StringComparison.Ordinal);
        Assert.Contains("\"2021\" (cả năm)", message, StringComparison.Ordinal);
    }
}

/// <summary>Reports made directly in the database: a period of the given year (made once) and a report of a unit.</summary>
internal static class ReportApiTestData
{
    public static async Task<int> ReportAsync(this TreEmApp app, int year, ReportPeriodKind kind, string unitCode, ReportStatus status,
        DateTime? submittedAt = null, DateTime? acceptedAt = null, IReadOnlyList<ReportFigure>? figures = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var period = await db.ReportPeriods.FirstOrDefaultAsync(p => p.Year == year && p.Kind == kind);
            if (period is null)
            {
                var sixMonths = kind == ReportPeriodKind.SixMonths;
                period = new ReportPeriod
                {
                    Year = year, Kind = kind, From = new DateOnly(year, 1, 1),
                    CutOff = sixMonths ? new DateOnly(year, 5, 15) : new DateOnly(year, 11, 15),
                    Deadline = sixMonths ? new DateOnly(year, 5, 25) : new DateOnly(year, 11, 20),
                    CommuneDeadline = sixMonths ? new DateOnly(year, 5, 20) : new DateOnly(year, 11, 15),
                    CreatedAt = new DateTime(year, 1, 5, 0, 0, 0, DateTimeKind.Utc),
                };
                db.ReportPeriods.Add(period);
            }
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var created = new DateTime(year, 4, 1, 2, 0, 0, DateTimeKind.Utc);
            var report = new Report
            {
                UnitId = unit.Id, Period = period, Status = status, CreatedAt = created, CreatedBy = "test", UpdatedAt = created,
                SubmittedAt = submittedAt, FirstSubmittedAt = submittedAt, AcceptedAt = acceptedAt,
                SnapshotAt = status == ReportStatus.Draft ? null : submittedAt ?? created,
                Figures = figures?.ToList() ?? [],
                Sections = [new ReportSection { Key = "I.1", Text = "Tình hình chung", UpdatedAt = created, UpdatedBy = "test" }],
            };
            if (submittedAt is { } at)
                report.Transitions.Add(new ReportTransition
                {
                    From = ReportStatus.Draft, To = ReportStatus.Submitted, UserName = unitCode == "633" ? "huyen.chuse" : "test", At = at,
                });
            if (acceptedAt is { } ok)
                report.Transitions.Add(new ReportTransition { From = ReportStatus.Submitted, To = ReportStatus.Accepted, UserName = "tinh", At = ok });
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });
    }
}
