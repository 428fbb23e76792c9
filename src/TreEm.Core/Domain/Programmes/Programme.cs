using TreEm.Auditing;
using TreEm.Domain.Children;

namespace TreEm.Domain.Programmes;

/// <summary>What a screening or surgery programme looks for.</summary>
public enum ProgrammeKind
{
    /// <summary>Tim bẩm sinh (congenital heart disease).</summary>
    TimBamSinh = 1,
    /// <summary>Sứt môi, hở hàm ếch (cleft lip and palate).</summary>
    SutMoiHoHam = 2,
    /// <summary>Khuyết tật (disabilities).</summary>
    KhuyetTat = 3,
    Khac = 9,
}

/// <summary>The outcome of a child's screening.</summary>
public enum ScreeningResult
{
    BinhThuong = 1,
    CanTheoDoi = 2,
    CanPhauThuat = 3,
    Khac = 9,
}

/// <summary>
/// A screening or surgery programme (chương trình khám sàng lọc, phẫu thuật), e.g. the province's congenital heart
/// screening of 2021, organised by a unit with a partner hospital.
/// </summary>
public class ScreeningProgramme : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    /// <summary>The organising unit: its programme is open to the children of the units below it.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string Name { get; set; } = "";
    public ProgrammeKind Kind { get; set; }
    public int Year { get; set; }
    /// <summary>The partner or hospital that screens and operates.</summary>
    public string? Partner { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public int Version { get; set; }
}

/// <summary>One child of a programme: screening, result, referral and surgery.</summary>
public class ProgrammeChild : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int ProgrammeId { get; set; }
    public ScreeningProgramme? Programme { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    /// <summary>The child's unit when added: the record is seen by that unit and those above it.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly? ScreenedOn { get; set; }
    public ScreeningResult? Result { get; set; }
    public string? ResultText { get; set; }
    /// <summary>The hospital the child was referred to.</summary>
    public string? ReferredTo { get; set; }
    public bool SurgeryDone { get; set; }
    public DateOnly? SurgeryDate { get; set; }
    public string? Hospital { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>The rules of a child's screening and surgery record (SPEC §3.3).</summary>
public static class ProgrammeRules
{
    /// <summary>The Vietnamese reasons a screening record is refused, keyed by field (empty when valid).</summary>
    public static Dictionary<string, string> Check(DateOnly? screenedOn, ScreeningResult? result, bool surgeryDone, DateOnly? surgeryDate,
        string? hospital, DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (screenedOn > today) errors[nameof(ProgrammeChild.ScreenedOn)] = "Ngày khám không được ở tương lai.";
        if (result is not null && screenedOn is null) errors[nameof(ProgrammeChild.ScreenedOn)] = "Vui lòng nhập ngày khám khi ghi kết quả.";
        if (surgeryDone)
        {
            if (surgeryDate is null) errors[nameof(ProgrammeChild.SurgeryDate)] = "Vui lòng nhập ngày phẫu thuật.";
            else if (surgeryDate > today) errors[nameof(ProgrammeChild.SurgeryDate)] = "Ngày phẫu thuật không được ở tương lai.";
            else if (screenedOn is { } s && surgeryDate < s) errors[nameof(ProgrammeChild.SurgeryDate)] = "Ngày phẫu thuật không được trước ngày khám.";
            if (string.IsNullOrWhiteSpace(hospital)) errors[nameof(ProgrammeChild.Hospital)] = "Vui lòng ghi bệnh viện phẫu thuật.";
        }
        else if (surgeryDate is not null)
        {
            errors[nameof(ProgrammeChild.SurgeryDone)] = "Đánh dấu đã phẫu thuật khi ghi ngày phẫu thuật.";
        }
        return errors;
    }
}
