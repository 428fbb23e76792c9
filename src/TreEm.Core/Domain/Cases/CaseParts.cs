using TreEm.Auditing;

namespace TreEm.Domain.Cases;

/// <summary>A child concerned by a case: linked to the register, or provisional (name unknown, estimated age).</summary>
public class CaseChild
{
    public int Id { get; set; }
    public int CaseId { get; set; }

    /// <summary>The register record, once known. Null for a provisional child.</summary>
    public int? ChildId { get; set; }
    public Children.Child? Child { get; set; }

    /// <summary>As reported; may be empty ("chưa rõ") for a provisional child.</summary>
    public string? FullName { get; set; }
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Mẫu 01 allows an estimated age when the date of birth is unknown.</summary>
    public int? EstimatedAge { get; set; }
    public CaseChildSex Sex { get; set; } = CaseChildSex.KhongRo;
    public string? EthnicityCode { get; set; }

    /// <summary>Set when the worker confirmed the classification the case's outcome proposed (or declined it).</summary>
    public DateTime? ClassificationDecidedAt { get; set; }

    public bool IsProvisional => ChildId is null;
}

/// <summary>One step of the procedure: opened at a time, due at a time (when the law or TreEm sets a limit), done at a time.</summary>
public class CaseStep
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public CaseStepKind Kind { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? DueAt { get; set; }
    public DateTime? CompletedAt { get; set; }
    public string? CompletedByUserId { get; set; }
    public string? CompletedByName { get; set; }

    /// <summary>The reason or note the person gave when completing the step.</summary>
    public string? Note { get; set; }

    /// <summary>Set by the deadline job when the step became overdue and was escalated to a supervising unit.</summary>
    public DateTime? EscalatedAt { get; set; }
    public int? EscalatedToUnitId { get; set; }
    public OrgUnit? EscalatedToUnit { get; set; }

    /// <summary>For a separation step: the decision it follows.</summary>
    public int? SeparationDecisionId { get; set; }
    public SeparationDecision? SeparationDecision { get; set; }

    public bool IsOpen => CompletedAt is null;
    public bool IsOverdue(DateTime now) => CompletedAt is null && DueAt is { } due && now > due;

    /// <summary>Done within its limit, or still within it; null when the step has no limit.</summary>
    public bool? OnTime(DateTime now) => DueAt is not { } due ? null : (CompletedAt ?? now) <= due;
}

/// <summary>A scored assessment: Mẫu 02 (initial), Mẫu 03 (specific) or Mẫu 06 (review).</summary>
public class CaseAssessment
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public AssessmentKind Kind { get; set; }
    public DateTime AssessedAt { get; set; }
    public string? AssessedByUserId { get; set; }
    public string AssessorName { get; set; } = "";

    /// <summary>Narrative findings: sensitive, shown only to those who may read the case in full.</summary>
    [SensitiveText]
    public string Findings { get; set; } = "";

    /// <summary>Computed from the items by <see cref="AssessmentForms.Score"/>; stored for lists and reports.</summary>
    public RiskRating Level { get; set; }

    /// <summary>Mẫu 02: the child needs emergency measures or separation (within 12 hours of the intake).</summary>
    public bool NeedsEmergency { get; set; }

    /// <summary>Mẫu 03: the assessment confirmed the abuse reported; the register classification is then proposed.</summary>
    public bool? AbuseConfirmed { get; set; }

    /// <summary>Mẫu 03: the meeting with the family and the village (biên bản cuộc họp is required).</summary>
    public DateTime? MeetingAt { get; set; }
    public string? MeetingParticipants { get; set; }
    [SensitiveText]
    public string? MeetingMinutes { get; set; }

    /// <summary>Mẫu 06: what the review proposes.</summary>
    public ReviewProposal? Proposal { get; set; }

    public List<CaseAssessmentItem> Items { get; set; } = [];
}

public class CaseAssessmentItem
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }

    /// <summary>The item of the form (<see cref="AssessmentForms"/>), e.g. "A1".</summary>
    public string ItemCode { get; set; } = "";
    public RiskRating Rating { get; set; }
    [SensitiveText]
    public string? Note { get; set; }
}

/// <summary>A decision of the commune chairman on emergency measures or temporary separation (Mẫu 07).</summary>
public class SeparationDecision
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public EmergencyMeasureKind Kind { get; set; }
    public string? DecisionNumber { get; set; }
    public DateTime DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string DeciderName { get; set; } = "";

    /// <summary>The period of a separation; at most <see cref="CaseDeadlines.MaxSeparationDays"/> days a decision.</summary>
    public DateTime From { get; set; }
    public DateTime Until { get; set; }
    public string? CarePlace { get; set; }
    public string? Carer { get; set; }
    public string Measures { get; set; } = "";

    /// <summary>An extension is a new decision that follows the previous one.</summary>
    public int? ExtendsDecisionId { get; set; }
    public DateTime? EndedAt { get; set; }
    public string? EndReason { get; set; }
}

/// <summary>The support and intervention plan (Mẫu 04) and its approval (Mẫu 05).</summary>
public class InterventionPlan
{
    public int Id { get; set; }
    public int CaseId { get; set; }

    /// <summary>1 for the first plan; a review may lead to a new plan.</summary>
    public int Sequence { get; set; }
    public DateTime DraftedAt { get; set; }
    public string? DraftedByUserId { get; set; }
    public string DrafterName { get; set; } = "";
    public string Objectives { get; set; } = "";
    public string Activities { get; set; } = "";
    public PlanStatus Status { get; set; } = PlanStatus.ChoPheDuyet;
    public DateTime? DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DeciderName { get; set; }
    public string? ApprovalNumber { get; set; }
    public string? DecisionNote { get; set; }
    public List<PlanTask> Tasks { get; set; } = [];
}

/// <summary>A task of a plan, assigned to a user or a partner agency, with a due date.</summary>
public class PlanTask
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int CaseId { get; set; }
    public Case? Case { get; set; }
    public string Title { get; set; } = "";
    public string? AssigneeUserId { get; set; }
    public Security.AppUser? AssigneeUser { get; set; }
    public int? AssigneeAgencyId { get; set; }
    public PartnerAgency? AssigneeAgency { get; set; }
    public DateOnly DueOn { get; set; }
    public DateTime? DoneAt { get; set; }
    public string? DoneByName { get; set; }
    public string? Outcome { get; set; }
}

/// <summary>A partner agency cases are referred to: police, school, health station, Women's Union...</summary>
public class PartnerAgency : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public PartnerKind Kind { get; set; }

    /// <summary>The unit the agency serves (a district police serves the district's communes).</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string? Phone { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>A case (or one of its tasks) referred to a partner agency, with the consent recorded.</summary>
public class Referral
{
    public int Id { get; set; }
    public int CaseId { get; set; }
    public int? PlanTaskId { get; set; }
    public int AgencyId { get; set; }
    public PartnerAgency? Agency { get; set; }
    public DateTime ReferredAt { get; set; }
    public string? ReferredByUserId { get; set; }
    public string ReferrerName { get; set; } = "";

    /// <summary>What the agency is asked to do (no narrative of the case: the agency sees this only).</summary>
    public string Request { get; set; } = "";

    public bool ConsentGiven { get; set; }
    public ConsentGiver? ConsentBy { get; set; }
    public string? ConsentNote { get; set; }

    /// <summary>Set when a user holding the override permission referred without consent (audited).</summary>
    public string? OverrideReason { get; set; }
    public ReferralStatus Status { get; set; } = ReferralStatus.DaChuyen;
    public List<ReferralAction> Actions { get; set; } = [];
}

/// <summary>What a partner agency did on a referral.</summary>
public class ReferralAction
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>A notice to the officers of a unit, e.g. a step overdue in one of its communes.</summary>
public class Notification : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }

    /// <summary>The unit whose officers see the notice.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public int? CaseId { get; set; }
    public int? CaseStepId { get; set; }
    public DateTime CreatedAt { get; set; }
    public string Title { get; set; } = "";
    public DateTime? ReadAt { get; set; }
    public string? ReadByUserId { get; set; }
}
