using TreEm.Domain.Calendar;

namespace TreEm.Domain.Cases;

/// <summary>The time limits of the procedure, in one place (domain-vn §b.2).</summary>
public static class CaseDeadlines
{
    /// <summary>Decree 56 Art. 26 and 32: initial assessment and emergency decision within 12 hours of the report.</summary>
    public const int InitialAssessmentHours = 12;
    public const int EmergencyDecisionHours = 12;

    /// <summary>Decree 56 Art. 32: a temporary separation lasts at most 15 days unless a new decision extends it.</summary>
    public const int MaxSeparationDays = 15;

    /// <summary>
    /// The decree sets no limit for the specific assessment; the plan is due 5 working days after it. TreEm gives
    /// the specific assessment the same 5 working days from the initial one, so that no step waits without a limit.
    /// </summary>
    public const int SpecificAssessmentWorkingDays = 5;

    /// <summary>Decree 56 Art. 28: the plan within 5 working days.</summary>
    public const int PlanWorkingDays = 5;

    /// <summary>The published procedure gives 7 working days for plan and approval: 2 remain for the chairman.</summary>
    public const int ApprovalWorkingDays = 2;

    /// <summary>Reviews are periodic but the decree sets no period: TreEm asks for one every 30 days.</summary>
    public const int ReviewIntervalDays = 30;

    /// <summary>After a review proposes closing, the chairman's decision is expected within 5 working days.</summary>
    public const int ClosureWorkingDays = 5;

    public static DateTime InitialAssessmentDue(DateTime receivedAt) =>
        WorkingCalendar.AddHours(receivedAt, InitialAssessmentHours);

    public static DateTime EmergencyDecisionDue(DateTime receivedAt) =>
        WorkingCalendar.AddHours(receivedAt, EmergencyDecisionHours);
}
