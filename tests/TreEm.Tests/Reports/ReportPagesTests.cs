using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Plans;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Plans;

namespace TreEm.Tests.Reports;

/// <summary>The report pages through HTTP: drafts, sections, autosave, concurrency, the workflow and its scope.
/// Each test uses a period of its own year (the class shares one database).</summary>
public class ReportPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> Sections(int version, params (int Index, string Key, string Text)[] sections)
    {
        var form = new Dictionary<string, string> { ["Input.Version"] = $"{version}" };
        foreach (var (i, key, text) in sections)
        {
            form[$"Input.Sections[{i}].Key"] = key;
            form[$"Input.Sections[{i}].Text"] = text;
        }
        return form;
    }

    private static Task<HttpResponseMessage> AutosaveAsync(HttpClient client, int id, string key, string text, int version) =>
        client.PostFormAsync($"/reports/{id}?handler=autosave", new() { ["key"] = key, ["text"] = text, ["version"] = $"{version}" }, "/reports");

    [Fact]
    public async Task Create_DraftOfOwnDistrict_HasEverySectionOfTheOutline_AndOpens()
    {
        var period = await app.CreatePeriodAsync(2001);
        var officer = await app.SignInAsync("huyen.chuse");

        var list = await officer.GetStringAsync($"/reports?period={period.Id}");
        Assert.Contains("data-testid=\"create-633\"", list, StringComparison.Ordinal);

        var id = await officer.CreateDraftAsync(app, period.Id, "633");

        var report = await app.LoadReportAsync(id);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(ReportOutline.Sections.Select(s => s.Key).Order(StringComparer.Ordinal), report.Sections.Select(s => s.Key).Order(StringComparer.Ordinal));
        Assert.Equal("huyen.chuse", report.CreatedBy);
        var page = await officer.GetStringAsync($"/reports/{id}");
        Assert.Contains("data-testid=\"section-I.1\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"section-IV.5\"", page, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch 6 tháng cuối năm 2001", page, StringComparison.Ordinal);
        Assert.Contains("Dự thảo", page, StringComparison.Ordinal);
        // The list now opens it; creating again opens the same report.
        Assert.Contains($"href=\"/reports/{id}\"", await officer.GetStringAsync($"/reports?period={period.Id}"), StringComparison.Ordinal);
        ReportTestData.AssertRedirectTo(await officer.PostCreateAsync(app, period.Id, "633"), $"/reports/{id}");
    }

    [Fact]
    public async Task Create_ForAUnitOutsideScope_Is404_AndForAReaderOfTheUnit_Is403()
    {
        var period = await app.CreatePeriodAsync(2002);

        var otherDistrict = await app.SignInAsync("huyen.mangyang");
        Assert.Equal(HttpStatusCode.NotFound, (await otherDistrict.PostCreateAsync(app, period.Id, "633")).StatusCode);
        var commune = await app.SignInAsync("xa.iatiem");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.PostCreateAsync(app, period.Id, "633")).StatusCode);
        var chairman = await app.SignInAsync("chutich.iatiem");
        ReportTestData.AssertForbidden(await chairman.PostCreateAsync(app, period.Id, "23944"));
        // The province officer sees the district but writes only the province's report.
        var province = await app.SignInAsync("tinh");
        ReportTestData.AssertForbidden(await province.PostCreateAsync(app, period.Id, "633"));

        Assert.False(await app.WithDbAsync(db => db.Reports.AnyAsync(r => r.PeriodId == period.Id)));
    }

    [Fact]
    public async Task Get_ReportOfAnotherDistrictOrAbove_Is404_ReadersSeeIt()
    {
        var period = await app.CreatePeriodAsync(2003);
        var report = await app.CreateReportAsync(period.Id, "633");

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("huyen.mangyang")).GetAsync($"/reports/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("xa.iatiem")).GetAsync($"/reports/{report.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("congan.chuse")).GetAsync($"/reports/{report.Id}")).StatusCode);
        var leader = await (await app.SignInAsync("lanhdao")).GetStringAsync($"/reports/{report.Id}");
        Assert.Contains("Huyện Chư Sê", leader, StringComparison.Ordinal);
        // A reader sees the texts, not a form.
        Assert.DoesNotContain("id=\"report-form\"", leader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_FormPost_WritesEverySection_AndAReaderCannot()
    {
        var period = await app.CreatePeriodAsync(2004);
        var officer = await app.SignInAsync("huyen.chuse");
        var id = await officer.CreateDraftAsync(app, period.Id, "633");
        var version = (await app.LoadReportAsync(id)).Version;

        var response = await officer.PostFormAsync($"/reports/{id}",
            Sections(version, (0, "I.1", "Tình hình kinh tế - xã hội ổn định."), (1, "II.2", "Đã hỗ trợ 12 trẻ em.")));

        ReportTestData.AssertRedirectTo(response, $"/reports/{id}");
        var report = await app.LoadReportAsync(id);
        Assert.Equal("Tình hình kinh tế - xã hội ổn định.", report.Sections.Single(s => s.Key == "I.1").Text);
        Assert.Equal("Đã hỗ trợ 12 trẻ em.", report.Sections.Single(s => s.Key == "II.2").Text);
        Assert.Equal("huyen.chuse", report.Sections.Single(s => s.Key == "II.2").UpdatedBy);
        Assert.Equal(version + 1, report.Version);
        Assert.Contains("Tình hình kinh tế - xã hội ổn định.", await officer.GetStringAsync($"/reports/{id}"), StringComparison.Ordinal);

        var leader = await app.SignInAsync("lanhdao");
        ReportTestData.AssertForbidden(await leader.PostFormAsync($"/reports/{id}", Sections(version + 1, (0, "I.1", "Lãnh đạo sửa")), "/reports"));
        Assert.Equal("Tình hình kinh tế - xã hội ổn định.", (await app.LoadReportAsync(id)).Sections.Single(s => s.Key == "I.1").Text);
    }

    [Fact]
    public async Task Autosave_SavesOneSection_AndAnswersTheNewVersionAndTime()
    {
        var period = await app.CreatePeriodAsync(2005);
        var officer = await app.SignInAsync("huyen.chuse");
        var id = await officer.CreateDraftAsync(app, period.Id, "633");
        var version = (await app.LoadReportAsync(id)).Version;

        var response = await AutosaveAsync(officer, id, "III.2", "Một số xã cập nhật chậm.", version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("saved").GetBoolean());
        Assert.Equal(version + 1, json.RootElement.GetProperty("version").GetInt32());
        // The app's clock: 30/11/2026 09:00 in Vietnam.
        Assert.Equal("Đã lưu lúc 09:00", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("Một số xã cập nhật chậm.", (await app.LoadReportAsync(id)).Sections.Single(s => s.Key == "III.2").Text);

        // The next autosave on the new version goes through too.
        Assert.Equal(HttpStatusCode.OK, (await AutosaveAsync(officer, id, "III.3", "Thiếu cán bộ.", version + 1)).StatusCode);
        var unknown = await AutosaveAsync(officer, id, "V.9", "?", version + 2);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Autosave_OnAStaleVersion_Is409_NamesWhoChangedIt_AndKeepsTheirText()
    {
        var period = await app.CreatePeriodAsync(2006);
        var officer = await app.SignInAsync("huyen.chuse");
        var id = await officer.CreateDraftAsync(app, period.Id, "633");
        var version = (await app.LoadReportAsync(id)).Version;
        Assert.Equal(HttpStatusCode.OK, (await AutosaveAsync(officer, id, "I.2", "Bản của người thứ nhất", version)).StatusCode);

        var stale = await AutosaveAsync(officer, id, "I.2", "Bản cũ", version);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        using var json = JsonDocument.Parse(await stale.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.GetProperty("saved").GetBoolean());
        Assert.Contains("huyen.chuse", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("30/11/2026 09:00", json.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bản của người thứ nhất", (await app.LoadReportAsync(id)).Sections.Single(s => s.Key == "I.2").Text);
    }

    [Fact]
    public async Task Save_FormOnAStaleVersion_KeepsWhatWasTyped_AndSaysWhoChangedIt()
    {
        var period = await app.CreatePeriodAsync(2007);
        var officer = await app.SignInAsync("huyen.chuse");
        var id = await officer.CreateDraftAsync(app, period.Id, "633");
        var version = (await app.LoadReportAsync(id)).Version;
        Assert.Equal(HttpStatusCode.OK, (await AutosaveAsync(officer, id, "I.1", "Đã lưu tự động", version)).StatusCode);

        var response = await officer.PostFormAsync($"/reports/{id}", Sections(version, (0, "I.1", "Nội dung gõ trên trang cũ")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Nội dung gõ trên trang cũ", html, StringComparison.Ordinal);
        Assert.Contains("vừa được huyen.chuse sửa lúc 30/11/2026 09:00", html, StringComparison.Ordinal);
        // The form now carries the current version: saving again is a deliberate overwrite.
        Assert.Contains($"name=\"Input.Version\" value=\"{version + 1}\"", html, StringComparison.Ordinal);
        Assert.Equal("Đã lưu tự động", (await app.LoadReportAsync(id)).Sections.Single(s => s.Key == "I.1").Text);
    }

    [Fact]
    public async Task Workflow_Submit_ReturnWithComment_Resubmit_Accept()
    {
        var period = await app.CreatePeriodAsync(2008);
        var district = await app.SignInAsync("huyen.mangyang");
        var province = await app.SignInAsync("tinh");
        var id = await district.CreateDraftAsync(app, period.Id, "629");

        Assert.Contains("Sau khi gửi, số liệu", await district.GetStringAsync($"/reports/{id}/submit"), StringComparison.Ordinal);
        ReportTestData.AssertRedirectTo(await district.MoveAsync(id, "submit"), $"/reports/{id}");
        var submitted = await app.LoadReportAsync(id);
        Assert.Equal(ReportStatus.Submitted, submitted.Status);
        Assert.NotNull(submitted.SnapshotAt);
        Assert.Equal(submitted.FirstSubmittedAt, submitted.SubmittedAt);

        // Editing a submitted report is refused; the page has no form.
        var edit = await AutosaveAsync(district, id, "I.1", "Sửa sau khi gửi", submitted.Version);
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Contains("không sửa được", JsonDocument.Parse(await edit.Content.ReadAsStringAsync()).RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"report-form\"", await district.GetStringAsync($"/reports/{id}"), StringComparison.Ordinal);

        // A return needs comments.
        var bare = await province.MoveAsync(id, "return", "  ");
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Contains("Ghi ý kiến", WebUtility.HtmlDecode(await bare.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, (await app.LoadReportAsync(id)).Status);

        ReportTestData.AssertRedirectTo(await province.MoveAsync(id, "return", "Bổ sung số liệu mục II.2"), $"/reports/{id}");
        var page = await district.GetStringAsync($"/reports/{id}");
        Assert.Contains("Bổ sung số liệu mục II.2", page, StringComparison.Ordinal);
        Assert.Contains("id=\"report-form\"", page, StringComparison.Ordinal);

        // Timeliness stays that of the first submission: make it a day earlier, then resubmit.
        var first = submitted.FirstSubmittedAt!.Value.AddDays(-1);
        await app.WithDbAsync(async db =>
        {
            var r = await db.Reports.SingleAsync(x => x.Id == id);
            r.FirstSubmittedAt = first;
            await db.SaveChangesAsync();
        });
        ReportTestData.AssertRedirectTo(await district.MoveAsync(id, "submit", "Đã bổ sung"), $"/reports/{id}");
        ReportTestData.AssertRedirectTo(await province.MoveAsync(id, "accept"), $"/reports/{id}");

        var done = await app.LoadReportAsync(id);
        Assert.Equal(ReportStatus.Accepted, done.Status);
        Assert.Equal(first, done.FirstSubmittedAt);
        Assert.Equal(submitted.SubmittedAt, done.SubmittedAt);
        Assert.NotNull(done.AcceptedAt);
        var moves = done.Transitions.OrderBy(t => t.Id).ToList();
        Assert.Equal([ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Submitted, ReportStatus.Accepted], moves.Select(t => t.To));
        Assert.Equal(["huyen.mangyang", "tinh", "huyen.mangyang", "tinh"], moves.Select(t => t.UserName));
        Assert.Equal("Bổ sung số liệu mục II.2", moves[1].Reason);
        Assert.Equal(await app.UnitIdAsync("64"), moves[1].UserUnitId);

        // Every move is audited with its reason.
        var reasons = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Report) && a.Key == id.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Action == AuditAction.Update)
            .Select(a => a.Reason).ToListAsync());
        Assert.Contains("Bổ sung số liệu mục II.2", reasons);
        Assert.Contains("Đã bổ sung", reasons);
        Assert.Contains(reasons, r => r is not null && r.StartsWith("Tiếp nhận báo cáo", StringComparison.Ordinal));

        // Final: nothing more can be done.
        Assert.Contains("Báo cáo đã được tiếp nhận", WebUtility.HtmlDecode(await province.GetStringAsync($"/reports/{id}/return")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await province.MoveAsync(id, "return", "Sửa lại")).StatusCode);
        Assert.Equal(ReportStatus.Accepted, (await app.LoadReportAsync(id)).Status);
    }

    [Fact]
    public async Task Submit_Twice_AndAcceptADraft_AreRefusedWithTheirReasons()
    {
        var period = await app.CreatePeriodAsync(2009);
        var district = await app.SignInAsync("huyen.mangyang");
        var province = await app.SignInAsync("tinh");
        var id = await district.CreateDraftAsync(app, period.Id, "629");

        var early = await province.MoveAsync(id, "accept");
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Báo cáo chưa được gửi", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Draft, (await app.LoadReportAsync(id)).Status);

        ReportTestData.AssertRedirectTo(await district.MoveAsync(id, "submit"), $"/reports/{id}");
        var twice = await district.MoveAsync(id, "submit");

        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("Báo cáo đã được gửi", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single((await app.LoadReportAsync(id)).Transitions);
    }

    [Fact]
    public async Task Moves_ByUsersOfTheWrongUnit_Are403_OrOutOfScope404()
    {
        var period = await app.CreatePeriodAsync(2010);
        var commune = await app.SignInAsync("xa.iatiem");
        var id = await commune.CreateDraftAsync(app, period.Id, "23944");

        // Only the commune's own officer submits it.
        ReportTestData.AssertForbidden(await (await app.SignInAsync("huyen.chuse")).MoveAsync(id, "submit"));
        ReportTestData.AssertForbidden(await (await app.SignInAsync("chutich.iatiem")).MoveAsync(id, "submit"));
        ReportTestData.AssertRedirectTo(await commune.MoveAsync(id, "submit"), $"/reports/{id}");

        // A commune's report goes to its district: not to the province, nor to another district.
        ReportTestData.AssertForbidden(await (await app.SignInAsync("tinh")).MoveAsync(id, "accept"));
        ReportTestData.AssertForbidden(await (await app.SignInAsync("lanhdao")).MoveAsync(id, "accept"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("huyen.mangyang")).MoveAsync(id, "return", "Sửa")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("xa.iako")).MoveAsync(id, "accept")).StatusCode);
        Assert.Equal(ReportStatus.Submitted, (await app.LoadReportAsync(id)).Status);

        ReportTestData.AssertRedirectTo(await (await app.SignInAsync("huyen.chuse")).MoveAsync(id, "accept"), $"/reports/{id}");
        Assert.Equal(ReportStatus.Accepted, (await app.LoadReportAsync(id)).Status);
    }

    [Fact]
    public async Task Get_UnknownReportOrPeriod_Is404()
    {
        var officer = await app.SignInAsync("tinh");

        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/reports/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/reports/999999/submit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync("/reports?period=999999")).StatusCode);
    }

    [Fact]
    public async Task List_ShowsTheDistrictsToTheProvince_WithTheirStatus()
    {
        var period = await app.CreatePeriodAsync(2011);
        await app.CreateReportAsync(period.Id, "629", ReportStatus.Submitted);
        var province = await app.SignInAsync("tinh");

        var html = await province.GetStringAsync($"/reports?period={period.Id}");

        var provinceId = await app.UnitIdAsync("64");
        Assert.Contains($"data-testid=\"below-{provinceId}\"", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"unit-629\"[^>]*>[\\s\\S]*?Đã gửi", html);
        Assert.Matches("data-testid=\"unit-633\"[^>]*>[\\s\\S]*?Chưa lập", html);
        // Communes report to their district, not to the province.
        Assert.DoesNotContain("data-testid=\"unit-23944\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"create-64\"", html, StringComparison.Ordinal);

        var district = await (await app.SignInAsync("huyen.chuse")).GetStringAsync($"/reports?period={period.Id}");
        Assert.Contains("data-testid=\"unit-23944\"", district, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"unit-629\"", district, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_DrawsTheTargetProgressChart_FromThePlanInForce_AndNoneWithoutAPlan()
    {
        // Mang Yang has no plan of its own: the province's plan of the year applies.
        await app.CreatePlanAsync("64", 1992, "02/KH-TEST", targets:
            [new() { Order = 1, IndicatorCode = "TE_SO_TRE", Comparator = TargetComparator.AtLeast, Value = 10m, Text = "Quản lý ít nhất 10 trẻ em" }]);
        var withPlan = await app.CreatePeriodAsync(1992);
        var withoutPlan = await app.CreatePeriodAsync(1993);
        var officer = await app.SignInAsync("huyen.mangyang");

        var page = await officer.GetStringAsync($"/reports/{await officer.CreateDraftAsync(app, withPlan.Id, "629")}");
        var other = await officer.GetStringAsync($"/reports/{await officer.CreateDraftAsync(app, withoutPlan.Id, "629")}");

        Assert.Contains("data-testid=\"chart\"", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("Mức độ thực hiện chỉ tiêu", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"chart\"", other, StringComparison.Ordinal);
    }
}
