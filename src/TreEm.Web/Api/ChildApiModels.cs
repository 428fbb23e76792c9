using TreEm.Domain.Children;

namespace TreEm.Web.Api;

/// <summary>A child's record as the API returns it. Names follow the record; enums travel as their names.</summary>
public sealed record ChildDto(
    int Id,
    string FullName,
    DateOnly? DateOfBirth,
    int? EstimatedBirthYear,
    int BirthYear,
    Sex Sex,
    string EthnicityCode,
    string? IdentityNumber,
    string UnitCode,
    string UnitName,
    string? Address,
    PovertyStatus Poverty,
    SchoolingStatus Schooling,
    bool HasHealthInsurance,
    DisabilityType? DisabilityType,
    DisabilitySeverity? DisabilitySeverity,
    bool HasCongenitalHeartDisease,
    string? Notes,
    ChildStatus Status,
    DateOnly? StatusDate,
    int? MergedIntoId,
    IReadOnlyList<CaregiverDto> Caregivers,
    IReadOnlyList<SpecialCircumstanceDto> SpecialCircumstances,
    IReadOnlyList<AtRiskDto> AtRisk,
    int Version,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public static ChildDto From(Child c, string unitCode, string unitName) => new(
        c.Id, c.FullName, c.DateOfBirth, c.DateOfBirth is null ? c.BirthYear : null, c.BirthYear, c.Sex, c.EthnicityCode,
        c.IdentityNumber, unitCode, unitName, c.Address, c.Poverty, c.Schooling, c.HasHealthInsurance, c.DisabilityType,
        c.DisabilitySeverity, c.HasCongenitalHeartDisease, c.Notes, c.Status, c.StatusDate, c.MergedIntoId,
        c.Caregivers.OrderBy(g => g.Id)
            .Select(g => new CaregiverDto(g.Relation, g.FullName, g.BirthYear, g.Phone, g.RelationshipText, g.IsMainCaregiver))
            .ToList(),
        c.Classifications.Where(x => x.Kind == ClassificationKind.SpecialCircumstance)
            .OrderBy(x => x.StartDate).ThenBy(x => x.Id)
            .Select(x => new SpecialCircumstanceDto(x.GroupCode ?? "", x.SubgroupCode, x.StartDate, x.EndDate, x.Note))
            .ToList(),
        c.Classifications.Where(x => x.Kind == ClassificationKind.AtRisk)
            .OrderBy(x => x.StartDate).ThenBy(x => x.Id)
            .Select(x => new AtRiskDto(x.AtRiskCode ?? "", x.StartDate, x.EndDate, x.Note))
            .ToList(),
        c.Version, c.CreatedAt, c.UpdatedAt);
}

public sealed record CaregiverDto(CaregiverRelation Relation, string FullName, int? BirthYear, string? Phone, string? RelationshipText, bool IsMainCaregiver);

/// <summary>A dated classification in one of the 14 groups (letter a…o), with an optional Decree 56 sub-group ("a.3").</summary>
public sealed record SpecialCircumstanceDto(string Group, string? Subgroup, DateOnly StartDate, DateOnly? EndDate, string? Note);

/// <summary>A dated at-risk situation (code of the province's catalogue, "NC01"…).</summary>
public sealed record AtRiskDto(string Code, DateOnly StartDate, DateOnly? EndDate, string? Note);

/// <summary>A row of the register's list: the identifying fields and today's classifications. The full record
/// (caregivers, identity number, address...) is read one child at a time, and every such read is audited.</summary>
public sealed record ChildListItem(
    int Id,
    string FullName,
    DateOnly? DateOfBirth,
    int? EstimatedBirthYear,
    int BirthYear,
    Sex Sex,
    string EthnicityCode,
    string UnitCode,
    string UnitName,
    ChildStatus Status,
    IReadOnlyList<string> SpecialCircumstanceGroups,
    IReadOnlyList<string> AtRiskCodes,
    int Version,
    DateTime UpdatedAt);

public sealed record ChildPage(IReadOnlyList<ChildListItem> Items, int Page, int PageSize, int Total);

/// <summary>A likely duplicate found on registration. Records outside the caller's scope carry only the reason.</summary>
public sealed record DuplicateDto(DuplicateReason Reason, string Description, int? ChildId, string? FullName, string? UnitCode);

/// <summary>The editable fields of a record, as POST and PUT receive them.</summary>
public class ChildFields
{
    public string? FullName { get; set; }

    /// <summary>Known date of birth (yyyy-MM-dd); or give <see cref="EstimatedBirthYear"/> instead.</summary>
    public DateOnly? DateOfBirth { get; set; }
    public int? EstimatedBirthYear { get; set; }
    public Sex? Sex { get; set; }

    /// <summary>Code of the 54-group catalogue: "01" Kinh, "10" Gia-rai, "13" Ba-na...</summary>
    public string? EthnicityCode { get; set; }
    public string? IdentityNumber { get; set; }

    /// <summary>Official code of the village or commune where the child lives.</summary>
    public string? UnitCode { get; set; }
    public string? Address { get; set; }
    public PovertyStatus Poverty { get; set; }
    public SchoolingStatus Schooling { get; set; }
    public bool HasHealthInsurance { get; set; }
    public DisabilityType? DisabilityType { get; set; }
    public DisabilitySeverity? DisabilitySeverity { get; set; }
    public bool HasCongenitalHeartDisease { get; set; }
    public string? Notes { get; set; }

    /// <summary>The full list: it replaces the caregivers already recorded.</summary>
    public List<CaregiverInput>? Caregivers { get; set; }

    public ChildDraft ToDraft() => new()
    {
        FullName = FullName ?? "",
        DateOfBirth = DateOfBirth,
        EstimatedBirthYear = EstimatedBirthYear,
        Sex = Sex,
        EthnicityCode = EthnicityCode,
        IdentityNumber = IdentityNumber,
        UnitCode = UnitCode?.Trim(),
        Address = Address,
        Poverty = Poverty,
        Schooling = Schooling,
        HasHealthInsurance = HasHealthInsurance,
        DisabilityType = DisabilityType,
        DisabilitySeverity = DisabilitySeverity,
        HasCongenitalHeartDisease = HasCongenitalHeartDisease,
        Notes = Notes,
        Caregivers = (Caregivers ?? []).Select(g => new CaregiverDraft
        {
            Relation = g.Relation, FullName = g.FullName ?? "", BirthYear = g.BirthYear, Phone = g.Phone,
            RelationshipText = g.RelationshipText, IsMainCaregiver = g.IsMainCaregiver,
        }).ToList(),
    };
}

/// <summary>Body of POST /api/v1/children.</summary>
public sealed class ChildCreateRequest : ChildFields
{
    /// <summary>Classifications to record with the child (optional).</summary>
    public List<SpecialCircumstanceInput>? SpecialCircumstances { get; set; }
    public List<AtRiskInput>? AtRisk { get; set; }

    /// <summary>True to register the child although likely duplicates exist (after checking them).</summary>
    public bool ConfirmDuplicates { get; set; }
}

/// <summary>Body of PUT /api/v1/children/{id}: every editable field, and the version that was read.</summary>
public sealed class ChildUpdateRequest : ChildFields
{
    /// <summary>The <c>version</c> of the record as last read; a stale one is refused with 409.</summary>
    public int? Version { get; set; }
}

public sealed class CaregiverInput
{
    public CaregiverRelation Relation { get; set; }
    public string? FullName { get; set; }
    public int? BirthYear { get; set; }
    public string? Phone { get; set; }

    /// <summary>For "Khac": how the caregiver is related (ông, bà, cô, chú...).</summary>
    public string? RelationshipText { get; set; }
    public bool IsMainCaregiver { get; set; }
}

public sealed class SpecialCircumstanceInput
{
    public string? Group { get; set; }
    public string? Subgroup { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }
}

public sealed class AtRiskInput
{
    public string? Code { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? Note { get; set; }
}
