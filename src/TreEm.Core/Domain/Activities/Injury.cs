using TreEm.Auditing;
using TreEm.Domain.Children;

namespace TreEm.Domain.Activities;

/// <summary>Kind of accident or injury (tai nạn, thương tích).</summary>
public enum InjuryKind
{
    DuoiNuoc = 1,
    GiaoThong = 2,
    /// <summary>Bỏng.</summary>
    Bong = 3,
    /// <summary>Ngã.</summary>
    NgaTeNga = 4,
    DienGiat = 5,
    NgoDoc = 6,
    VatNuoiCan = 7,
    Khac = 9,
}

public enum InjuryOutcome
{
    BiThuong = 1,
    TuVong = 2,
}

/// <summary>
/// One child injured or killed in an accident. The child is linked to the register when known, and then sex and
/// age are the child's; otherwise they are recorded as reported.
/// </summary>
public class InjuryRecord : IHasUnit, IVersioned
{
    public const int MaxAge = 15;

    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    /// <summary>Where it happened.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly Date { get; set; }
    public InjuryKind Kind { get; set; }
    public InjuryOutcome Outcome { get; set; }
    public int? ChildId { get; set; }
    public Child? Child { get; set; }
    public Sex? Sex { get; set; }
    /// <summary>Age in years on the day (0–15).</summary>
    public int? Age { get; set; }
    public string? EthnicityCode { get; set; }
    public string? Place { get; set; }
    public string? Description { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public int Version { get; set; }

    /// <summary>Takes sex, age on the day and ethnicity from the register's record.</summary>
    public void LinkTo(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        ChildId = child.Id;
        Sex = child.Sex;
        Age = Math.Clamp(child.AgeOn(Date), 0, 99);
        EthnicityCode = child.EthnicityCode;
    }
}
