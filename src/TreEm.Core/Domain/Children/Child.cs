using TreEm.Auditing;

namespace TreEm.Domain.Children;

/// <summary>A child in the register (sổ theo dõi trẻ em) of the unit where they live.</summary>
public class Child : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public string FullName { get; set; } = "";

    /// <summary><see cref="VietnameseText.Normalize"/> of the full name, for searches and duplicate checks.</summary>
    public string NameSearch { get; set; } = "";

    /// <summary>Known date of birth; null when only the birth year is known or estimated.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>Always set: the year of <see cref="DateOfBirth"/>, or the estimated year.</summary>
    public int BirthYear { get; set; }
    public bool IsBirthYearEstimated { get; set; }

    public Sex Sex { get; set; }
    public string EthnicityCode { get; set; } = "01";
    public Ethnicity? Ethnicity { get; set; }

    /// <summary>Số định danh cá nhân (12 digits) or birth-certificate number; unique when present.</summary>
    public string? IdentityNumber { get; set; }

    /// <summary>Where the child lives: a village where known, else the commune.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string? Address { get; set; }

    public PovertyStatus Poverty { get; set; }
    public SchoolingStatus Schooling { get; set; }
    public bool HasHealthInsurance { get; set; }
    public DisabilityType? DisabilityType { get; set; }
    public DisabilitySeverity? DisabilitySeverity { get; set; }
    public bool HasCongenitalHeartDisease { get; set; }
    public string? Notes { get; set; }

    public ChildStatus Status { get; set; } = ChildStatus.DangQuanLy;
    public DateOnly? StatusDate { get; set; }

    /// <summary>For a merged duplicate: the record it was merged into. Merged records leave lists but keep history.</summary>
    public int? MergedIntoId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency: incremented by every save; a stale edit is refused.</summary>
    public int Version { get; set; }

    public List<Caregiver> Caregivers { get; set; } = [];
    public List<ChildClassification> Classifications { get; set; } = [];
    public List<ChildStatusChange> StatusHistory { get; set; } = [];

    public const int AdultAge = 16;

    /// <summary>Age in whole years on a day; from the estimated year when the date is unknown.</summary>
    public int AgeOn(DateOnly day) => DateOfBirth is { } dob ? ChildAge.YearsBetween(dob, day) : day.Year - BirthYear;

    /// <summary>The day the child turns 16 (1 January of the year after for an estimated birth year).</summary>
    public DateOnly SixteenthBirthday => DateOfBirth is { } dob ? dob.AddYears(AdultAge) : new DateOnly(BirthYear + AdultAge, 1, 1);

    public bool IsActive => Status == ChildStatus.DangQuanLy && MergedIntoId is null;
}

/// <summary>Father, mother or another caregiver.</summary>
public class Caregiver
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public CaregiverRelation Relation { get; set; }
    public string FullName { get; set; } = "";
    public string NameSearch { get; set; } = "";
    public int? BirthYear { get; set; }
    public string? Phone { get; set; }

    /// <summary>For "other": how they are related (ông, bà, cô, chú, gia đình nhận chăm sóc thay thế...).</summary>
    public string? RelationshipText { get; set; }
    public bool IsMainCaregiver { get; set; }
}

/// <summary>A dated classification: one of the 14 groups (with an optional Decree 56 sub-group) or an at-risk situation.</summary>
public class ChildClassification
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public ClassificationKind Kind { get; set; }
    public string? GroupCode { get; set; }
    public SpecialCircumstanceGroup? Group { get; set; }
    public string? SubgroupCode { get; set; }
    public SpecialCircumstanceSubgroup? Subgroup { get; set; }
    public string? AtRiskCode { get; set; }
    public AtRiskSituation? AtRisk { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }

    public bool IsCurrentOn(DateOnly day) => StartDate <= day && (EndDate is null || day < EndDate);
}

/// <summary>One change of status or residence, kept as the child's history.</summary>
public class ChildStatusChange
{
    public int Id { get; set; }
    public int ChildId { get; set; }
    public ChildStatus Status { get; set; }
    public DateOnly On { get; set; }

    /// <summary>The unit the child was registered in before the change; it keeps read-only sight of the record.</summary>
    public int FromUnitId { get; set; }
    public OrgUnit? FromUnit { get; set; }
    public int? ToUnitId { get; set; }
    public OrgUnit? ToUnit { get; set; }
    public string? Reason { get; set; }
    public DateTime At { get; set; }
    public string UserName { get; set; } = "";
}

/// <summary>A merge of a duplicate into the record that survives; reversible by an administrator.</summary>
public class ChildMerge
{
    public int Id { get; set; }
    public int SurvivorId { get; set; }
    public int MergedId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime At { get; set; }
    public string UserName { get; set; } = "";

    /// <summary>JSON list of the classification (and later support) ids that were moved, so an undo can move them back.</summary>
    public string MovedRecords { get; set; } = "{}";
    public DateTime? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
}

public static class ChildAge
{
    public static int YearsBetween(DateOnly birth, DateOnly day)
    {
        var years = day.Year - birth.Year;
        if (day < birth.AddYears(years)) years--;
        return years;
    }
}
