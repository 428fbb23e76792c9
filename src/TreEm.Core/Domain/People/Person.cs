using TreEm.Auditing;
using TreEm.Domain.Children;

namespace TreEm.Domain.People;

/// <summary>What a person is in the child-protection network (SPEC §3.6): the plan counts each kind apart.</summary>
public enum PersonKind
{
    /// <summary>Cán bộ cấp tỉnh (Sở LĐTBXH).</summary>
    CanBoTinh = 1,
    /// <summary>Cán bộ cấp huyện (Phòng LĐTBXH).</summary>
    CanBoHuyen = 2,
    /// <summary>Người làm công tác bảo vệ trẻ em cấp xã.</summary>
    CanBoXa = 3,
    /// <summary>Cộng tác viên thôn, làng, tổ dân phố.</summary>
    CongTacVien = 4,
    /// <summary>Cán bộ của cơ quan, tổ chức phối hợp (công an, trường học, y tế, hội đoàn thể...).</summary>
    DoiTac = 5,
    Khac = 9,
}

/// <summary>
/// An officer, collaborator or partner's staff member who works for children in a unit. Kept apart from
/// <c>AppUser</c>: most collaborators never sign in, and an officer's record outlives their account.
/// Never deleted: someone who leaves gets an end date, so past coverage and training stay countable.
/// </summary>
public class Person : IVersioned, IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    /// <summary>The unit they work for: a commune for a commune worker, a village for a collaborator.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string FullName { get; set; } = "";
    /// <summary>The name lower-cased without diacritics (đ → d), for search.</summary>
    public string NameSearch { get; set; } = "";
    public Sex? Sex { get; set; }
    public int? BirthYear { get; set; }
    public string? EthnicityCode { get; set; }
    public PersonKind Kind { get; set; }
    /// <summary>Chức vụ, e.g. "Công chức Văn hóa – Xã hội", "Phó Chủ tịch Hội Phụ nữ xã".</summary>
    public string Position { get; set; } = "";
    /// <summary>Chuyên trách (true) or kiêm nhiệm (false).</summary>
    public bool FullTime { get; set; }
    public string? Phone { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    /// <summary>Their sign-in account, when they have one.</summary>
    public string? UserId { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>Working for the unit on that day.</summary>
    public bool ActiveOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);
}
