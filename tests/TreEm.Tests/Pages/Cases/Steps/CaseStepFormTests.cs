using System.Net;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;
using TreEm.Web.Hosting;
using static TreEm.Tests.Pages.Cases.Steps.StepForms;

namespace TreEm.Tests.Pages.Cases.Steps;

public class CaseStepFormTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Assess_TwoUsersPostTheSameForm_TheSecondGetsTheConflictWithItsRatingsKept()
    {
        var c = await app.CreateCaseAsync();
        var url = $"/cases/{c.Id}/assess";
        var first = await app.SignInAsync(CaseStepTestData.Worker);
        var second = await app.SignInAsync("huyen.chuse");
        var firstForm = (await FormAsync(first, url)).Rate(AssessmentKind.BanDau, RiskRating.TrungBinh, "Nhận định của xã");
        var secondForm = (await FormAsync(second, url)).Rate(AssessmentKind.BanDau, RiskRating.Cao, "Nhận định của huyện");

        AssertRedirectToCase(await first.PostFormAsync(url, firstForm), c.Id);
        var response = await second.PostFormAsync(url, secondForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("Vụ việc vừa được người khác cập nhật trong lúc bạn nhập.", html, StringComparison.Ordinal);
        Assert.Contains("Đã đánh giá ban đầu", html[html.IndexOf("data-testid=\"conflict\"", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var kept = ChildPages.FormValues(html);
        for (var i = 0; i < AssessmentForms.ItemsOf(AssessmentKind.BanDau).Count; i++)
            Assert.Equal("Cao", kept[$"Input.Items[{i}].Rating"]);
        Assert.Equal("Nhận định của huyện", kept["Input.Findings"]);
        var saved = await app.CaseAsync(c.Id);
        var assessment = Assert.Single(saved.Assessments);
        Assert.Equal(RiskRating.TrungBinh, assessment.Level);
        Assert.Equal("Nhận định của xã", assessment.Findings);
        Assert.Equal(saved.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), kept["Version"]);
    }

    [Fact]
    public async Task Get_Assess_ShowsTheComputedDueTimeAndTheTimeLeft()
    {
        var c = await app.CreateCaseAsync();
        var due = Assert.Single(c.Steps, s => s.Kind == CaseStepKind.DanhGiaBanDau).DueAt!.Value;
        app.Clock.Advance(TimeSpan.FromMinutes(150));

        var html = await (await (await app.SignInAsync(CaseStepTestData.Worker)).GetAsync($"/cases/{c.Id}/assess")).TextAsync();

        Assert.Equal(c.ReceivedAt.AddHours(12), due);
        Assert.Contains($"data-testid=\"due-at\">{Display.DateTime(due)}<", html, StringComparison.Ordinal);
        Assert.Contains("còn 9 giờ 30 phút", html, StringComparison.Ordinal);
        Assert.Contains(c.Code, html, StringComparison.Ordinal);
        Assert.Contains("Xã Ia Tiêm", html, StringComparison.Ordinal);
        Assert.Contains("Đã tiếp nhận", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Assess_AfterTheDeadline_ShowsTheOverdueTime()
    {
        var c = await app.CreateCaseAsync();
        app.Clock.Advance(TimeSpan.FromHours(14));

        var html = await (await (await app.SignInAsync(CaseStepTestData.Worker)).GetAsync($"/cases/{c.Id}/assess")).TextAsync();

        Assert.Contains("quá hạn 2 giờ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Assess_InEnglish_ShowsTheTranslatedForm()
    {
        var c = await app.CreateCaseAsync();
        var client = await app.SignInAsync(CaseStepTestData.Worker);
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await (await client.GetAsync($"/cases/{c.Id}/assess")).TextAsync();

        Assert.Contains("Initial risk assessment (Form 02)", html, StringComparison.Ordinal);
        Assert.Contains("Physical harm to the child", html, StringComparison.Ordinal);
        Assert.Contains("Emergency measures / temporary separation needed", html, StringComparison.Ordinal);
    }
}
