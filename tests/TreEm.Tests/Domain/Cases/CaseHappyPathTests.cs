using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;

namespace TreEm.Tests.Domain.Cases;

public class CaseHappyPathTests
{
    private static readonly WorkingCalendar Calendar = new(HolidayData.Days.Select(d => new CalendarDay { Date = d.Date, Name = d.Name, IsDayOff = d.IsDayOff }));
    private static readonly CaseActor Worker = new("w", "Cán bộ");
    private static readonly CaseActor Chairman = new("c", "Chủ tịch", IsChairman: true);

    internal static CaseAssessment Rated(AssessmentKind kind, RiskRating rating, ReviewProposal? proposal = null) => new()
    {
        Findings = "Nhận định",
        MeetingAt = kind == AssessmentKind.CuThe ? new DateTime(2026, 12, 1, 2, 0, 0, DateTimeKind.Utc) : null,
        MeetingMinutes = kind == AssessmentKind.CuThe ? "Biên bản" : null,
        Proposal = proposal,
        Items = AssessmentForms.ItemsOf(kind).Select(i => new CaseAssessmentItem { ItemCode = i.Code, Rating = rating }).ToList(),
    };

    [Fact]
    public void FullProcedure_FromIntakeToClosure_FollowsTheSteps()
    {
        var received = new DateTime(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);
        var c = Case.Open(new Case
        {
            Source = CaseSource.TongDai111, HotlineReference = "111-1", ReceivedAt = received, AbuseForms = AbuseForm.BaoLuc,
            Description = "Mô tả", Children = [new CaseChild { FullName = "A", EstimatedAge = 8 }],
        }, Worker, received);
        Assert.Equal(received.AddHours(12), c.Steps.Single(s => s.Kind == CaseStepKind.DanhGiaBanDau).DueAt);

        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau, RiskRating.TrungBinh), Worker, received.AddHours(3), Calendar);
        c.RecordSpecificAssessment(Rated(AssessmentKind.CuThe, RiskRating.TrungBinh), Worker, received.AddDays(1), Calendar);
        Assert.Equal(CaseStatus.DaDanhGiaCuThe, c.Status);
        c.SubmitPlan(new InterventionPlan { Objectives = "An toàn", Tasks = [new PlanTask { Title = "Thăm nhà", AssigneeUserId = "w", DueOn = new DateOnly(2026, 12, 10) }] }, Worker, received.AddDays(2), Calendar);
        Assert.Throws<CaseRuleException>(() => c.ApprovePlan("01/QĐ", null, Worker, received.AddDays(2)));
        c.ApprovePlan("01/QĐ", null, Chairman, received.AddDays(2));
        c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.DongHoSo), Worker, received.AddDays(20), Calendar);
        c.Close("Trẻ an toàn", Worker, received.AddDays(21));

        Assert.Equal(CaseStatus.DaDong, c.Status);
        Assert.True(c.HandledOnTime(received.AddDays(21)));
        Assert.DoesNotContain(c.Steps, s => s.IsOpen);
    }
}
