using TreEm.Domain.Cases;
using TreEm.Security;
using TreEm.Web.Pages.Cases;
using TreEm.Web.Pages.Cases.Steps;

namespace TreEm.Tests.Pages.Cases.Steps;

/// <summary>The buttons of the case page: only the steps this user may take now, each with its due time.</summary>
public class StepLinksTests
{
    private static readonly DateTime Received = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);
    private static readonly CaseActor Worker = new("w", "Cán bộ");
    private static readonly CaseActor Chairman = new("c", "Chủ tịch", IsChairman: true);

    private static Case NewCase() => Case.Open(new Case
    {
        Id = 7, Source = CaseSource.HangXom, ReceivedAt = Received, AbuseForms = AbuseForm.BaoLuc, Description = "Mô tả",
        Children = [new CaseChild { FullName = "A", EstimatedAge = 8 }],
    }, Worker, Received);

    private static OpenCase AsWorker(Case c) => new(c, CaseView.Full, CanWork: true, IsChairman: false, Worker);
    private static OpenCase AsChairman(Case c) => new(c, CaseView.Full, CanWork: false, IsChairman: true, Chairman);

    [Fact]
    public void NewCase_Worker_IsOfferedTheInitialAssessmentWithItsDueTime()
    {
        var link = Assert.Single(StepLinks.For(AsWorker(NewCase())));

        Assert.Equal("Đánh giá ban đầu (Mẫu 02)", link.Label);
        Assert.Equal("/cases/7/assess", link.Url);
        Assert.Equal(Received.AddHours(12), link.DueAt);
    }

    [Fact]
    public void NewCase_Chairman_IsOfferedTheEmergencyDecisionOnly()
    {
        var link = Assert.Single(StepLinks.For(AsChairman(NewCase())));

        Assert.Equal("/cases/7/emergency", link.Url);
    }

    [Fact]
    public void PlanAwaitingApproval_OnlyTheChairmanIsOfferedTheApproval()
    {
        var c = NewCase();
        var calendar = new TreEm.Domain.Calendar.WorkingCalendar([]);
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, Received.AddHours(1), calendar);
        var specific = Rated(AssessmentKind.CuThe);
        specific.MeetingAt = Received;
        specific.MeetingMinutes = "Biên bản";
        c.RecordSpecificAssessment(specific, Worker, Received.AddHours(2), calendar);
        c.SubmitPlan(new InterventionPlan { Objectives = "An toàn", Tasks = [new PlanTask { Title = "Thăm nhà", AssigneeUserId = "w" }] }, Worker, Received.AddHours(3), calendar);

        Assert.Contains(StepLinks.For(AsChairman(c)), l => l.Url == "/cases/7/approve" && l.DueAt == c.Steps.Single(s => s.Kind == CaseStepKind.PheDuyetKeHoach).DueAt);
        Assert.DoesNotContain(StepLinks.For(AsWorker(c)), l => l.Url == "/cases/7/approve");
    }

    private static CaseAssessment Rated(AssessmentKind kind) => new()
    {
        Findings = "Nhận định",
        Items = AssessmentForms.ItemsOf(kind).Select(i => new CaseAssessmentItem { ItemCode = i.Code, Rating = RiskRating.Thap }).ToList(),
    };
}
