namespace TreEm.Domain.Children;

/// <summary>
/// The editable fields of a child's record as any entry path receives them (form, API, import row), validated
/// alike and applied to the entity alike. Unit and ethnicity come as codes and are resolved by the caller.
/// </summary>
public sealed class ChildDraft
{
    public string FullName { get; set; } = "";
    public DateOnly? DateOfBirth { get; set; }
    public int? EstimatedBirthYear { get; set; }
    public Sex? Sex { get; set; }
    public string? EthnicityCode { get; set; }
    public string? IdentityNumber { get; set; }
    public string? UnitCode { get; set; }
    public string? Address { get; set; }
    public PovertyStatus Poverty { get; set; }
    public SchoolingStatus Schooling { get; set; }
    public bool HasHealthInsurance { get; set; }
    public DisabilityType? DisabilityType { get; set; }
    public DisabilitySeverity? DisabilitySeverity { get; set; }
    public bool HasCongenitalHeartDisease { get; set; }
    public string? Notes { get; set; }
    public List<CaregiverDraft> Caregivers { get; set; } = [];

    /// <summary>Field-level problems, keyed by the draft's property name; empty when the draft can be saved.</summary>
    public List<(string Field, string Message)> Validate(DateOnly today, Func<string, bool> ethnicityExists)
    {
        var errors = new List<(string, string)>();
        var name = VietnameseText.Clean(FullName);
        if (name.Length == 0) errors.Add((nameof(FullName), "Vui lòng nhập họ và tên."));
        else if (name.Length > 200) errors.Add((nameof(FullName), "Họ và tên dài quá 200 ký tự."));
        if (ChildRules.CheckBirth(DateOfBirth, EstimatedBirthYear, today) is { } birth)
            errors.Add((DateOfBirth is null ? nameof(EstimatedBirthYear) : nameof(DateOfBirth), birth));
        if (Sex is null) errors.Add((nameof(Sex), "Vui lòng chọn giới tính."));
        if (string.IsNullOrWhiteSpace(EthnicityCode)) errors.Add((nameof(EthnicityCode), "Vui lòng chọn dân tộc."));
        else if (!ethnicityExists(EthnicityCode.Trim())) errors.Add((nameof(EthnicityCode), $"Không có dân tộc mã '{EthnicityCode}' trong danh mục 54 dân tộc."));
        if (ChildRules.CheckIdentityNumber(IdentityNumber) is { } id) errors.Add((nameof(IdentityNumber), id));
        if (string.IsNullOrWhiteSpace(UnitCode)) errors.Add((nameof(UnitCode), "Vui lòng chọn thôn hoặc xã nơi trẻ sinh sống."));
        if (DisabilitySeverity is not null && DisabilityType is null) errors.Add((nameof(DisabilityType), "Vui lòng chọn dạng khuyết tật."));
        if ((Address?.Length ?? 0) > 300) errors.Add((nameof(Address), "Địa chỉ dài quá 300 ký tự."));
        if ((Notes?.Length ?? 0) > 2000) errors.Add((nameof(Notes), "Ghi chú dài quá 2000 ký tự."));
        for (var i = 0; i < Caregivers.Count; i++)
        {
            var g = Caregivers[i];
            if (string.IsNullOrWhiteSpace(g.FullName)) errors.Add(($"Caregivers[{i}].FullName", "Vui lòng nhập họ tên người chăm sóc."));
            if (g.BirthYear is { } y && (y < today.Year - 110 || y > today.Year - 10))
                errors.Add(($"Caregivers[{i}].BirthYear", "Năm sinh người chăm sóc không hợp lệ."));
            if (g.Phone is { Length: > 0 } p && !p.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '.' or '-'))
                errors.Add(($"Caregivers[{i}].Phone", "Số điện thoại chỉ gồm chữ số."));
        }
        if (Caregivers.Count(g => g.IsMainCaregiver) > 1)
            errors.Add((nameof(Caregivers), "Chỉ một người là người chăm sóc chính."));
        return errors;
    }

    /// <summary>Copies the draft onto the entity (the unit id is resolved by the caller from <see cref="UnitCode"/>).</summary>
    public void ApplyTo(Child child, int unitId)
    {
        child.FullName = VietnameseText.Clean(FullName);
        child.NameSearch = VietnameseText.Normalize(child.FullName);
        child.DateOfBirth = DateOfBirth;
        child.BirthYear = DateOfBirth?.Year ?? EstimatedBirthYear ?? child.BirthYear;
        child.IsBirthYearEstimated = DateOfBirth is null;
        child.Sex = Sex ?? child.Sex;
        child.EthnicityCode = EthnicityCode?.Trim() ?? child.EthnicityCode;
        child.IdentityNumber = string.IsNullOrWhiteSpace(IdentityNumber) ? null : IdentityNumber.Trim();
        child.UnitId = unitId;
        child.Address = string.IsNullOrWhiteSpace(Address) ? null : VietnameseText.Clean(Address);
        child.Poverty = Poverty;
        child.Schooling = Schooling;
        child.HasHealthInsurance = HasHealthInsurance;
        child.DisabilityType = DisabilityType;
        child.DisabilitySeverity = DisabilityType is null ? null : DisabilitySeverity;
        child.HasCongenitalHeartDisease = HasCongenitalHeartDisease;
        child.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        // Caregivers are replaced as a whole: the form and the API send the full list.
        child.Caregivers.Clear();
        foreach (var g in Caregivers.Where(g => !string.IsNullOrWhiteSpace(g.FullName)))
        {
            var full = VietnameseText.Clean(g.FullName);
            child.Caregivers.Add(new Caregiver
            {
                Relation = g.Relation,
                FullName = full,
                NameSearch = VietnameseText.Normalize(full),
                BirthYear = g.BirthYear,
                Phone = string.IsNullOrWhiteSpace(g.Phone) ? null : g.Phone.Trim(),
                RelationshipText = string.IsNullOrWhiteSpace(g.RelationshipText) ? null : g.RelationshipText.Trim(),
                IsMainCaregiver = g.IsMainCaregiver,
            });
        }
    }

    public static ChildDraft From(Child c, string unitCode) => new()
    {
        FullName = c.FullName,
        DateOfBirth = c.DateOfBirth,
        EstimatedBirthYear = c.DateOfBirth is null ? c.BirthYear : null,
        Sex = c.Sex,
        EthnicityCode = c.EthnicityCode,
        IdentityNumber = c.IdentityNumber,
        UnitCode = unitCode,
        Address = c.Address,
        Poverty = c.Poverty,
        Schooling = c.Schooling,
        HasHealthInsurance = c.HasHealthInsurance,
        DisabilityType = c.DisabilityType,
        DisabilitySeverity = c.DisabilitySeverity,
        HasCongenitalHeartDisease = c.HasCongenitalHeartDisease,
        Notes = c.Notes,
        Caregivers = c.Caregivers.Select(g => new CaregiverDraft
        {
            Relation = g.Relation, FullName = g.FullName, BirthYear = g.BirthYear, Phone = g.Phone,
            RelationshipText = g.RelationshipText, IsMainCaregiver = g.IsMainCaregiver,
        }).ToList(),
    };
}

public sealed class CaregiverDraft
{
    public CaregiverRelation Relation { get; set; }
    public string FullName { get; set; } = "";
    public int? BirthYear { get; set; }
    public string? Phone { get; set; }
    public string? RelationshipText { get; set; }
    public bool IsMainCaregiver { get; set; }
}
