using TreEm.Domain.Cases;
using static TreEm.Tests.Domain.Cases.CaseFlow;

namespace TreEm.Tests.Domain.Cases;

/// <summary>The time limits each step opens with, and "handled on time" computed from the recorded times.</summary>
public class CaseDeadlineTests
{
    private static DateTime Utc(int y, int m, int d, int h, int min = 0, int s = 0) => new(y, m, d, h, min, s, DateTimeKind.Utc);

    private static CaseStep Open(Case c, CaseStepKind kind) => Assert.Single(c.OpenSteps, s => s.Kind == kind);

    [Fact]
    public void InitialAssessment_IsDue12ClockHoursAfterReceipt_EvenOnTet()
    {
        // Received 22:00 Vietnam time on Monday 16/02/2026 (Tết), recorded an hour later.
        var received = Utc(2026, 2, 16, 15);
        var c = Case.Open(Intake(received), Worker, received.AddHours(1));
        Assert.Equal(Utc(2026, 2, 17, 3), Open(c, CaseStepKind.DanhGiaBanDau).DueAt);
        Assert.Equal(received.AddHours(1), Open(c, CaseStepKind.DanhGiaBanDau).OpenedAt);
        var intake = Assert.Single(c.Steps, s => s.Kind == CaseStepKind.TiepNhan);
        Assert.Equal(received, intake.OpenedAt);
        Assert.Equal(received.AddHours(1), intake.CompletedAt);
    }

    [Fact]
    public void SpecificAssessment_IsDueFiveWorkingDaysAfterTheInitialOne()
    {
        var c = Opened();
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, Utc(2026, 12, 3, 2), WorkCalendar); // Thursday
        Assert.Equal(Utc(2026, 12, 10, 16, 59, 59), Open(c, CaseStepKind.DanhGiaCuThe).DueAt);
    }

    [Fact]
    public void Plan_AfterASpecificAssessmentOnTheFridayBeforeTet2026_IsDueFiveWorkingDaysAfterTet()
    {
        var received = Utc(2026, 2, 12, 2);
        var c = Case.Open(Intake(received), Worker, received);
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, received.AddHours(3), WorkCalendar);
        c.RecordSpecificAssessment(Rated(AssessmentKind.CuThe), Worker, Utc(2026, 2, 13, 2), WorkCalendar);

        // Tết 14–22/02; Mon 23 … Fri 27/02/2026, 23:59:59 Vietnam time.
        Assert.Equal(Utc(2026, 2, 27, 16, 59, 59), Open(c, CaseStepKind.LapKeHoach).DueAt);
    }

    [Fact]
    public void Approval_IsDueTwoWorkingDaysAfterThePlan_AcrossTet()
    {
        var received = Utc(2026, 2, 10, 2);
        var c = Case.Open(Intake(received), Worker, received);
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, received.AddHours(3), WorkCalendar);
        c.RecordSpecificAssessment(Rated(AssessmentKind.CuThe), Worker, Utc(2026, 2, 12, 2), WorkCalendar);
        c.SubmitPlan(Plan(), Worker, Utc(2026, 2, 13, 3), WorkCalendar);

        // Friday 13/02 → Monday 23/02, Tuesday 24/02/2026.
        Assert.Equal(Utc(2026, 2, 24, 16, 59, 59), Open(c, CaseStepKind.PheDuyetKeHoach).DueAt);
        Assert.Equal(Utc(2026, 2, 13, 3), Assert.Single(c.Steps, s => s.Kind == CaseStepKind.LapKeHoach).CompletedAt);
    }

    [Fact]
    public void ClosureDecision_IsDueFiveWorkingDaysAfterTheReviewProposingIt()
    {
        var c = Running();
        c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.DongHoSo), Worker, Utc(2026, 12, 10, 2), WorkCalendar);
        Assert.Equal(Utc(2026, 12, 17, 16, 59, 59), Open(c, CaseStepKind.DongHoSo).DueAt);
    }

    [Fact]
    public void HandledOnTime_StepCompletedAfterItsDueTime_IsFalseForever()
    {
        var c = Opened();
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, Received.AddHours(13), WorkCalendar);
        Assert.False(c.HandledOnTime(Received.AddHours(13)));
        Assert.False(c.HandledOnTime(Received.AddDays(1)));
        Assert.False(Assert.Single(c.Steps, s => s.Kind == CaseStepKind.DanhGiaBanDau).OnTime(Received.AddDays(1)));
    }

    [Fact]
    public void HandledOnTime_OpenStepPastItsDueTime_IsFalse_AndTrueBefore()
    {
        var c = Opened();
        Assert.True(c.HandledOnTime(Received.AddHours(11)));
        Assert.True(c.HandledOnTime(Received.AddHours(12)));
        Assert.False(c.HandledOnTime(Received.AddHours(12).AddSeconds(1)));
        Assert.True(Open(c, CaseStepKind.DanhGiaBanDau).IsOverdue(Received.AddHours(13)));
    }

    [Fact]
    public void HandledOnTime_EveryStepWithinItsLimit_IsTrue()
    {
        var c = Closed();
        Assert.True(c.HandledOnTime(Received.AddDays(100)));
        Assert.All(c.Steps, s => Assert.NotEqual(false, s.OnTime(Received.AddDays(100))));
    }
}
