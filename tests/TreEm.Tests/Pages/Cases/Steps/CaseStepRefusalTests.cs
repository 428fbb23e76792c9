using System.Net;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;
using TreEm.Web.Hosting;
using static TreEm.Tests.Pages.Cases.Steps.StepForms;

namespace TreEm.Tests.Pages.Cases.Steps;

public class CaseStepRefusalTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Post_PlanOnANewCase_ShowsTheRuleKeepsTheInputAndSavesNothing()
    {
        var c = await app.CreateCaseAsync();
        var worker = await app.SignInAsync(CaseStepTestData.Worker);
        var form = await FormAsync(worker, $"/cases/{c.Id}/plan");
        form["Input.Objectives"] = "Mục tiêu nhập trước khi đánh giá";
        form["Input.Tasks[0].Title"] = "Thăm nhà";
        form["Input.Tasks[0].Assignee"] = "u:" + await app.UserIdAsync(CaseStepTestData.Worker);
        form["Input.Tasks[0].DueOn"] = Display.Date(Display.Today(app.Clock).AddDays(5));

        var response = await worker.PostFormAsync($"/cases/{c.Id}/plan", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Chỉ lập kế hoạch sau khi đã đánh giá nguy cơ cụ thể.", html, StringComparison.Ordinal);
        Assert.Equal("Mục tiêu nhập trước khi đánh giá", ChildPages.FormValues(html)["Input.Objectives"]);
        var saved = await app.CaseAsync(c.Id);
        Assert.Empty(saved.Plans);
        Assert.Equal(CaseStatus.TiepNhan, saved.Status);
        Assert.Equal(c.Version, saved.Version);
    }

    [Fact]
    public async Task Post_PlanWithoutAnyTask_IsRefused()
    {
        var c = await app.CreateCaseAsync(CaseStatus.DaDanhGiaCuThe);
        var worker = await app.SignInAsync(CaseStepTestData.Worker);
        var form = await FormAsync(worker, $"/cases/{c.Id}/plan");
        form["Input.Objectives"] = "Trẻ an toàn";

        var response = await worker.PostFormAsync($"/cases/{c.Id}/plan", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kế hoạch phải có ít nhất một hoạt động được giao.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Empty((await app.CaseAsync(c.Id)).Plans);
    }

    [Fact]
    public async Task Approve_AsWorker_IsForbidden_AndThePlanStaysPending()
    {
        var c = await app.CreateCaseAsync(CaseStatus.ChoPheDuyet);
        var worker = await app.SignInAsync(CaseStepTestData.Worker);

        AssertForbidden(await worker.GetAsync($"/cases/{c.Id}/approve"));
        AssertForbidden(await worker.GetAsync($"/cases/{c.Id}/emergency"));

        var saved = await app.CaseAsync(c.Id);
        Assert.Equal(CaseStatus.ChoPheDuyet, saved.Status);
        Assert.Equal(PlanStatus.ChoPheDuyet, Assert.Single(saved.Plans).Status);
    }

    [Fact]
    public async Task Assess_AsAChairmanWhoMayNotWork_IsForbidden_AndFromAnotherCommune_IsNotFound()
    {
        var c = await app.CreateCaseAsync();

        AssertForbidden(await (await app.SignInAsync(CaseStepTestData.Chairman)).GetAsync($"/cases/{c.Id}/assess"));
        AssertForbidden(await (await app.SignInAsync("lanhdao")).GetAsync($"/cases/{c.Id}/assess"));
        var other = await app.SignInAsync("xa.iako");
        foreach (var step in new[] { "assess", "emergency", "specific", "plan", "approve", "review", "close", "reopen" })
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/cases/{c.Id}/{step}")).StatusCode);
    }

    [Fact]
    public async Task Emergency_SeparationOf20Days_IsRefusedWithTheRule()
    {
        var c = await app.CreateCaseAsync(CaseStatus.DaDanhGiaBanDau);
        var chairman = await app.SignInAsync(CaseStepTestData.Chairman);
        var form = await FormAsync(chairman, $"/cases/{c.Id}/emergency");
        form["Input.Kind"] = nameof(EmergencyMeasureKind.TamThoiCachLy);
        form["Input.Until"] = Display.DateTime(Now.AddDays(20));
        form["Input.CarePlace"] = "Nhà văn hóa thôn";
        form["Input.Measures"] = "Cách ly khỏi cha";
        form["Input.Reason"] = "Trẻ bị bạo lực";

        var response = await chairman.PostFormAsync($"/cases/{c.Id}/emergency", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Mỗi quyết định tạm thời cách ly không quá 15 ngày; gia hạn bằng một quyết định mới.", html, StringComparison.Ordinal);
        Assert.Equal("Nhà văn hóa thôn", ChildPages.FormValues(html)["Input.CarePlace"]);
        Assert.Empty((await app.CaseAsync(c.Id)).Separations);
    }

    [Fact]
    public async Task Close_WithoutAClosingReview_IsRefusedWithTheRule()
    {
        var c = await app.CreateCaseAsync(CaseStatus.DangThucHien);
        var worker = await app.SignInAsync(CaseStepTestData.Worker);
        var form = await FormAsync(worker, $"/cases/{c.Id}/close");
        form["Input.Reason"] = "Muốn đóng sớm";
        form["Input.Confirm"] = "true";

        var response = await worker.PostFormAsync($"/cases/{c.Id}/close", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cần một lần rà soát (Mẫu 06) đề xuất kết thúc trước khi đóng hồ sơ.", await response.TextAsync(), StringComparison.Ordinal);
        var saved = await app.CaseAsync(c.Id);
        Assert.Equal(CaseStatus.DangThucHien, saved.Status);
        Assert.Null(saved.ClosedAt);
    }

    [Fact]
    public async Task Close_WithoutTheConfirmation_IsRefused()
    {
        var c = await app.CreateCaseAsync(CaseStatus.DangThucHien, closingReview: true);
        var worker = await app.SignInAsync(CaseStepTestData.Worker);
        var form = await FormAsync(worker, $"/cases/{c.Id}/close");
        form["Input.Reason"] = "Trẻ an toàn";

        var response = await worker.PostFormAsync($"/cases/{c.Id}/close", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng đánh dấu «Tôi xác nhận đóng hồ sơ vụ việc».", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.DangThucHien, (await app.CaseAsync(c.Id)).Status);
    }

    [Fact]
    public async Task Assess_WithoutFindings_KeepsTheRatingsAndShowsTheirTotals()
    {
        var c = await app.CreateCaseAsync();
        var worker = await app.SignInAsync(CaseStepTestData.Worker);
        var form = (await FormAsync(worker, $"/cases/{c.Id}/assess")).Rate(AssessmentKind.BanDau, RiskRating.Thap, "");
        form["Input.Items[0].Rating"] = nameof(RiskRating.Cao);

        var response = await worker.PostFormAsync($"/cases/{c.Id}/assess", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Vui lòng ghi nhận định, kết quả đánh giá.", html, StringComparison.Ordinal);
        Assert.Equal("Cao", ChildPages.FormValues(html)["Input.Items[0].Rating"]);
        // A1 Cao + A2–A4 Thấp = 6 points in section A, B1–B3 Thấp = 3; a high harm item makes the level Cao.
        Assert.Contains("data-testid=\"preview-points\">9<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"preview-level\">Cao<", html, StringComparison.Ordinal);
        Assert.Empty((await app.CaseAsync(c.Id)).Assessments);
    }

    [Fact]
    public async Task TaskDone_ByTheAssignedWorker_OfAnotherCase_IsNotFound()
    {
        var c = await app.CreateCaseAsync(CaseStatus.DangThucHien);
        var other = await app.CreateCaseAsync(CaseStatus.DangThucHien);
        var taskOfOther = Assert.Single((await app.CaseAsync(other.Id)).Plans[0].Tasks);

        var response = await (await app.SignInAsync(CaseStepTestData.Worker)).GetAsync($"/cases/{c.Id}/tasks/{taskOfOther.Id}/done");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
