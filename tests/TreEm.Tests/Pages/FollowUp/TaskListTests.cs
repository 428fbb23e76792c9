using System.Globalization;
using System.Net;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.FollowUp;

/// <summary>"Việc cần làm" of the commune worker and the chairman.</summary>
public class TaskListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Row(string testId, int caseId) =>
        $"data-testid=\"{testId}\" data-case-id=\"{caseId.ToString(CultureInfo.InvariantCulture)}\"";

    [Fact]
    public async Task Worker_SeesOverdueAndDueSoonStepsOfTheirCommune_NotThoseOfAnotherCommune()
    {
        var overdue = await app.CreateFollowUpCaseAsync("23944", receivedHoursAgo: 13);
        var dueSoon = await app.CreateFollowUpCaseAsync("23944", receivedHoursAgo: 2);
        var iaKo = await app.CreateFollowUpCaseAsync("23977", receivedHoursAgo: 2, createdBy: "xa.iako");

        var worker = await app.SignInAsync("xa.iatiem");
        var page = await worker.GetStringAsync("/tasks");

        Assert.Contains(Row("urgent-step", overdue.Id), page, StringComparison.Ordinal);
        Assert.Contains(Row("urgent-step", dueSoon.Id), page, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-case-id=\"{iaKo.Id.ToString(CultureInfo.InvariantCulture)}\"", page, StringComparison.Ordinal);
        Assert.Contains("quá hạn 1 giờ", page, StringComparison.Ordinal);
        Assert.Contains("còn 10 giờ", page, StringComparison.Ordinal);
        // Oldest due first.
        Assert.True(page.IndexOf(Row("urgent-step", overdue.Id), StringComparison.Ordinal) < page.IndexOf(Row("urgent-step", dueSoon.Id), StringComparison.Ordinal));
        Assert.DoesNotContain(FollowUpTestData.Narrative, page, StringComparison.Ordinal);

        var other = await app.SignInAsync("xa.iako");
        var theirs = await other.GetStringAsync("/tasks");
        Assert.Contains(Row("urgent-step", iaKo.Id), theirs, StringComparison.Ordinal);
        Assert.DoesNotContain(Row("urgent-step", overdue.Id), theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_SeesThePlanTasksAssignedToThem_AndLaterSteps()
    {
        var me = await app.UserIdAsync("xa.iatiem");
        var c = await app.CreateFollowUpCaseAsync("23944", steps: FollowUpTestData.ToApprovedPlan(me, "Thăm gia đình hằng tuần"));

        var worker = await app.SignInAsync("xa.iatiem");
        var page = await worker.GetStringAsync("/tasks");

        Assert.Contains(Row("plan-task", c.Id), page, StringComparison.Ordinal);
        Assert.Contains("Thăm gia đình hằng tuần", page, StringComparison.Ordinal);
        // The review is due in 30 days: listed among the later steps.
        Assert.Contains(Row("later-step", c.Id), page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chairman_SeesThePlansAwaitingTheirApproval()
    {
        var valid = await app.CreateFollowUpCaseAsync("23944", steps: (x, cal, now) =>
        {
            var worker = new CaseActor("w", "Cán bộ");
            x.RecordInitialAssessment(FollowUpTestData.Rated(AssessmentKind.BanDau), worker, now, cal);
            x.RecordSpecificAssessment(FollowUpTestData.Rated(AssessmentKind.CuThe), worker, now, cal);
            x.SubmitPlan(new InterventionPlan { Objectives = "An toàn", Tasks = [new PlanTask { Title = "Tư vấn", AssigneeAgency = new PartnerAgency { Name = "Trạm y tế xã", Kind = PartnerKind.YTe, UnitId = x.UnitId } }] }, worker, now, cal);
        });

        var chairman = await app.SignInAsync("chutich.iatiem");
        var page = await chairman.GetStringAsync("/tasks");
        Assert.Contains($"data-testid=\"decision-step\" data-case-id=\"{valid.Id.ToString(CultureInfo.InvariantCulture)}\" data-step=\"PheDuyetKeHoach\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUpTestData.Narrative, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingDue_ShowsTheEmptyState_AndOthersGet404()
    {
        var mangYang = await app.SignInAsync("huyen.mangyang");
        // A district officer works cases too; Mang Yang has none here.
        var page = await mangYang.GetStringAsync("/tasks");
        Assert.Contains("Không có việc nào đến hạn", page, StringComparison.Ordinal);

        var hotline = await app.SignInAsync("tongdai111");
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.GetAsync("/tasks")).StatusCode);
        var partner = await app.SignInAsync("congan.chuse");
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync("/tasks")).StatusCode);
    }
}
