using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Reports;

/// <summary>/reports/periods: the province sets the periods of each year and their deadlines.</summary>
public class PeriodPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> Form(int year, string kind, string from, string cutOff, string deadline, string commune = "", string reminder = "5", int version = 0) => new()
    {
        ["Input.Year"] = $"{year}",
        ["Input.Kind"] = kind,
        ["Input.From"] = from,
        ["Input.CutOff"] = cutOff,
        ["Input.Deadline"] = deadline,
        ["Input.CommuneDeadline"] = commune,
        ["Input.ReminderDays"] = reminder,
        ["Input.Version"] = $"{version}",
    };

    private Task<ReportPeriod?> FindAsync(int year, ReportPeriodKind kind) =>
        app.WithDbAsync(db => db.ReportPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Year == year && p.Kind == kind));

    [Fact]
    public async Task Create_AsProvinceOfficer_SavesThePeriod_AndListsItByYear()
    {
        var province = await app.SignInAsync("tinh");

        var response = await province.PostFormAsync("/reports/periods/new", Form(2031, "SixMonths", "01/01/2031", "15/05/2031", "25/05/2031", "20/05/2031", "7"));

        ReportTestData.AssertRedirectTo(response, "/reports/periods?year=2031");
        var period = await FindAsync(2031, ReportPeriodKind.SixMonths);
        Assert.NotNull(period);
        Assert.Equal((new DateOnly(2031, 1, 1), new DateOnly(2031, 5, 15), new DateOnly(2031, 5, 25), (DateOnly?)new DateOnly(2031, 5, 20), 7),
            (period.From, period.CutOff, period.Deadline, period.CommuneDeadline, period.ReminderDays));
        var list = await province.GetStringAsync("/reports/periods?year=2031");
        Assert.Contains($"data-testid=\"period-{period.Id}\"", list, StringComparison.Ordinal);
        Assert.Contains("25/05/2031", list, StringComparison.Ordinal);
        Assert.Contains("15/05/2031", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithCutOffBeforeStart_IsRefusedInVietnamese_AndKeepsTheInput()
    {
        var admin = await app.SignInAsync("admin");

        var response = await admin.PostFormAsync("/reports/periods/new", Form(2032, "Annual", "01/03/2032", "28/02/2032", "20/11/2032", "", "4"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Ngày chốt số liệu không được trước ngày bắt đầu kỳ.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"28/02/2032\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"20/11/2032\"", html, StringComparison.Ordinal);
        Assert.Null(await FindAsync(2032, ReportPeriodKind.Annual));

        var bad = await admin.PostFormAsync("/reports/periods/new", Form(2032, "Annual", "1/1/2032", "31/13/2032", ""));
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Ngày không hợp lệ", badHtml, StringComparison.Ordinal);
        Assert.Contains("Nhập ngày theo dạng ngày/tháng/năm.", badHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ASecondPeriodOfTheSameYearAndKind_IsRefused()
    {
        await app.CreatePeriodAsync(2033, ReportPeriodKind.Annual);
        var province = await app.SignInAsync("tinh");

        var response = await province.PostFormAsync("/reports/periods/new", Form(2033, "Annual", "01/01/2033", "31/10/2033", "20/11/2033"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Năm 2033 đã có kỳ Năm", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.ReportPeriods.CountAsync(p => p.Year == 2033)));
    }

    [Fact]
    public async Task Edit_ChangesTheDeadline_AndAStaleEditIsRefused()
    {
        var period = await app.CreatePeriodAsync(2034);
        var province = await app.SignInAsync("tinh");
        Assert.Contains("value=\"25/05/2034\"", await province.GetStringAsync($"/reports/periods/{period.Id}/edit"), StringComparison.Ordinal);

        var response = await province.PostFormAsync($"/reports/periods/{period.Id}/edit",
            Form(2034, "SixMonths", "01/01/2034", "31/05/2034", "10/06/2034", "05/06/2034", "3", period.Version));

        ReportTestData.AssertRedirectTo(response, "/reports/periods?year=2034");
        var saved = await FindAsync(2034, ReportPeriodKind.SixMonths);
        Assert.Equal((new DateOnly(2034, 5, 31), new DateOnly(2034, 6, 10), 3), (saved!.CutOff, saved.Deadline, saved.ReminderDays));

        var stale = await province.PostFormAsync($"/reports/periods/{period.Id}/edit",
            Form(2034, "SixMonths", "01/01/2034", "31/05/2034", "30/06/2034", "", "3", period.Version));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("vừa được người khác sửa", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2034, 6, 10), (await FindAsync(2034, ReportPeriodKind.SixMonths))!.Deadline);
    }

    [Fact]
    public async Task CreateAndEdit_ByDistrictOrCommune_Are403_TheListIsOpenToThem()
    {
        var period = await app.CreatePeriodAsync(2035);
        var district = await app.SignInAsync("huyen.chuse");

        ReportTestData.AssertForbidden(await district.GetAsync("/reports/periods/new"));
        ReportTestData.AssertForbidden(await district.GetAsync($"/reports/periods/{period.Id}/edit"));
        ReportTestData.AssertForbidden(await district.PostFormAsync("/reports/periods/new", Form(2036, "Annual", "01/01/2036", "31/10/2036", "20/11/2036"), "/reports"));
        Assert.Null(await FindAsync(2036, ReportPeriodKind.Annual));

        var list = await district.GetStringAsync("/reports/periods");
        Assert.Contains($"data-testid=\"period-{period.Id}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/reports/periods/new", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("tinh")).GetAsync("/reports/periods/999999/edit")).StatusCode);
    }
}
