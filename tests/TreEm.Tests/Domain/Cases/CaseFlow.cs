using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;
using TreEm.Tests.Domain.Calendar;

namespace TreEm.Tests.Domain.Cases;

/// <summary>A case taken to each stage of the procedure, with fixed times, for the state-machine tests.</summary>
internal static class CaseFlow
{
    public static WorkingCalendar WorkCalendar => WorkingCalendarTests.Seeded;
    public static readonly CaseActor Worker = new("w", "Cán bộ xã");
    public static readonly CaseActor Chairman = new("c", "Chủ tịch UBND xã", IsChairman: true);

    /// <summary>Monday 30/11/2026 09:00 Vietnam time.</summary>
    public static readonly DateTime Received = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    public static Case Intake(DateTime? received = null) => new()
    {
        Source = CaseSource.CongAn, ReceivedAt = received ?? Received, AbuseForms = AbuseForm.BaoLuc,
        Description = "Mô tả", Place = "Thôn 1", Children = [new CaseChild { FullName = "Trẻ A", EstimatedAge = 8 }],
    };

    public static Case Opened(DateTime? received = null) => Case.Open(Intake(received), Worker, received ?? Received);

    public static CaseAssessment Rated(AssessmentKind kind, RiskRating rating = RiskRating.TrungBinh, ReviewProposal? proposal = null) =>
        CaseHappyPathTests.Rated(kind, rating, proposal);

    public static InterventionPlan Plan() => new()
    {
        Objectives = "Bảo đảm an toàn cho trẻ",
        Tasks = [new PlanTask { Id = 1, Title = "Thăm nhà", AssigneeUserId = "w", DueOn = new DateOnly(2026, 12, 20) }],
    };

    public static SeparationDecision Separation(int id, DateTime from, DateTime until, int? extends = null) => new()
    {
        Id = id, Kind = EmergencyMeasureKind.TamThoiCachLy, Measures = "Đưa trẻ đến nơi an toàn", CarePlace = "Nhà bà ngoại",
        From = from, Until = until, ExtendsDecisionId = extends,
    };

    public static Case Assessed()
    {
        var c = Opened();
        c.RecordInitialAssessment(Rated(AssessmentKind.BanDau), Worker, Received.AddHours(3), WorkCalendar);
        return c;
    }

    public static Case Specific()
    {
        var c = Assessed();
        c.RecordSpecificAssessment(Rated(AssessmentKind.CuThe), Worker, Received.AddDays(1), WorkCalendar);
        return c;
    }

    public static Case Submitted()
    {
        var c = Specific();
        c.SubmitPlan(Plan(), Worker, Received.AddDays(2), WorkCalendar);
        return c;
    }

    public static Case Running()
    {
        var c = Submitted();
        c.ApprovePlan("01/QĐ-UBND", null, Chairman, Received.AddDays(2).AddHours(4));
        return c;
    }

    public static Case ClosureProposed()
    {
        var c = Running();
        c.RecordReview(Rated(AssessmentKind.RaSoat, RiskRating.Thap, ReviewProposal.DongHoSo), Worker, Received.AddDays(20), WorkCalendar);
        return c;
    }

    public static Case Closed()
    {
        var c = ClosureProposed();
        c.Close("Trẻ đã an toàn", Worker, Received.AddDays(21));
        return c;
    }

    public static Case At(string stage) => stage switch
    {
        "opened" => Opened(),
        "assessed" => Assessed(),
        "specific" => Specific(),
        "submitted" => Submitted(),
        "running" => Running(),
        "closed" => Closed(),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };
}
