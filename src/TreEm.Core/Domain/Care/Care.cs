using TreEm.Auditing;
using TreEm.Domain.Children;

namespace TreEm.Domain.Care;

/// <summary>Where a child needing alternative care stands.</summary>
public enum CareNeedStatus
{
    /// <summary>Cần chăm sóc thay thế: waiting for a caregiver.</summary>
    CanChamSoc = 1,
    /// <summary>Đã bố trí: placed with a caregiver.</summary>
    DaBoTri = 2,
    /// <summary>Không còn nhu cầu (closed).</summary>
    KhongConNhuCau = 3,
}

/// <summary>Whether the caregiver is a relative of the child (Circular 14/2020 treats the two apart).</summary>
public enum Kinship
{
    NguoiThan = 1,
    KhongPhaiNguoiThan = 2,
}

/// <summary>A child in need of alternative care (nhu cầu chăm sóc thay thế, Circular 14/2020 Art. 3).</summary>
public class CareNeed : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly IdentifiedOn { get; set; }
    public string Reason { get; set; } = "";
    public CareNeedStatus Status { get; set; } = CareNeedStatus.CanChamSoc;
    /// <summary>Who approved the list entry (e.g. "Chủ tịch UBND xã").</summary>
    public string? ApprovedBy { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    /// <summary>The day the need ended (status KhongConNhuCau).</summary>
    public DateOnly? ClosedOn { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public bool IsOpen => Status != CareNeedStatus.KhongConNhuCau;
}

/// <summary>
/// An individual or family registered to give alternative care (cá nhân, gia đình nhận chăm sóc thay thế), with the
/// checks of Circular 14/2020: each passed check has the day it was checked.
/// </summary>
public class CareGiver : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string FullName { get; set; } = "";
    public string NameSearch { get; set; } = "";
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public Kinship Kinship { get; set; }
    /// <summary>Relation to the child for kin (ông bà, cô, dì, chú, bác...).</summary>
    public string? Relation { get; set; }
    public DateOnly RegisteredOn { get; set; }

    /// <summary>Đủ 18 tuổi, có năng lực hành vi dân sự đầy đủ.</summary>
    public bool AdultCapacity { get; set; }
    public DateOnly? AdultCapacityOn { get; set; }
    /// <summary>Có sức khỏe để chăm sóc trẻ.</summary>
    public bool Health { get; set; }
    public DateOnly? HealthOn { get; set; }
    /// <summary>Có điều kiện kinh tế, chỗ ở bảo đảm.</summary>
    public bool EconomyHousing { get; set; }
    public DateOnly? EconomyHousingOn { get; set; }
    /// <summary>Không có tiền án về xâm hại trẻ em.</summary>
    public bool NoAbuseRecord { get; set; }
    public DateOnly? NoAbuseRecordOn { get; set; }
    /// <summary>Đã được UBND xã xác minh.</summary>
    public bool VerifiedByCommune { get; set; }
    public DateOnly? VerifiedOn { get; set; }

    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A child placed with a caregiver, from a start to an end (bố trí chăm sóc thay thế).</summary>
public class CarePlacement : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Child? Child { get; set; }
    public int CareGiverId { get; set; }
    public CareGiver? CareGiver { get; set; }
    public int? NeedId { get; set; }
    public CareNeed? Need { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? EndReason { get; set; }
    public string? DecisionNumber { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
    public List<CareVisit> Visits { get; set; } = [];

    public bool IsOpen => EndDate is null;
}

/// <summary>A follow-up visit of a placement (theo dõi, đánh giá).</summary>
public class CareVisit : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int PlacementId { get; set; }
    public CarePlacement? Placement { get; set; }
    /// <summary>The placement's unit.</summary>
    public int UnitId { get; set; }
    public DateOnly Date { get; set; }
    public string By { get; set; } = "";
    public string ChildCondition { get; set; } = "";
    public bool Concerns { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
}
