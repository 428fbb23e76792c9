using TreEm.Auditing;

namespace TreEm.Domain.Activities;

/// <summary>
/// An inspection or supervision visit (kiểm tra, giám sát) of a unit by a unit above it, with its findings and the
/// follow-up the inspected unit owes by a due date.
/// </summary>
public class InspectionVisit : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    /// <summary>The unit inspected: its readers see the visit.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    /// <summary>The unit that inspected.</summary>
    public int InspectorUnitId { get; set; }
    public OrgUnit? InspectorUnit { get; set; }
    public DateOnly Date { get; set; }
    public string Subject { get; set; } = "";
    /// <summary>Thành phần đoàn.</summary>
    public string? Members { get; set; }
    public string Findings { get; set; } = "";
    public string? Recommendations { get; set; }
    public DateOnly? FollowUpDue { get; set; }
    public DateOnly? FollowUpDoneOn { get; set; }
    public string? FollowUpNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public int Version { get; set; }

    /// <summary>The follow-up was due before that day and is not done.</summary>
    public bool FollowUpOverdueOn(DateOnly today) => FollowUpDue is { } due && due < today && FollowUpDoneOn is null;
}
