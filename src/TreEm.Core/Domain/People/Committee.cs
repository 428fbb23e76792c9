using TreEm.Auditing;

namespace TreEm.Domain.People;

/// <summary>What a committee is for (SPEC §3.6).</summary>
public enum CommitteeKind
{
    /// <summary>Ban chỉ đạo / ban điều hành công tác bảo vệ, chăm sóc trẻ em (tỉnh, huyện).</summary>
    BanChiDao = 1,
    /// <summary>Nhóm thường trực bảo vệ trẻ em cấp xã.</summary>
    NhomThuongTruc = 2,
}

/// <summary>A member's role in a committee.</summary>
public enum CommitteeRole
{
    TruongBan = 1,
    PhoBan = 2,
    ThanhVien = 3,
    ThuongTruc = 4,
}

/// <summary>
/// A steering committee of a province or district, or the standing group of a commune. Never deleted: members
/// leave with an end date and meetings stay on record.
/// </summary>
public class Committee : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public CommitteeKind Kind { get; set; }
    public string Name { get; set; } = "";
    public DateOnly EstablishedOn { get; set; }
    /// <summary>Số quyết định thành lập, e.g. "1234/QĐ-UBND".</summary>
    public string? DecisionNumber { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }
    public List<CommitteeMember> Members { get; set; } = [];
    public List<CommitteeMeeting> Meetings { get; set; } = [];
}

/// <summary>
/// A member of a committee: a person of the network, or someone outside it named by full name and position
/// (a vice-chairman of the people's committee, the head of the police...).
/// </summary>
public class CommitteeMember : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public Committee? Committee { get; set; }
    /// <summary>The committee's unit, copied so the audit and scope need no join.</summary>
    public int UnitId { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>The member's name: the person's name when linked, typed otherwise.</summary>
    public string FullName { get; set; } = "";
    public string Position { get; set; } = "";
    public CommitteeRole Role { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
    public string? EndReason { get; set; }

    public bool ActiveOn(DateOnly day) => From <= day && (To is null || To >= day);
}

/// <summary>A meeting of a committee with what it concluded.</summary>
public class CommitteeMeeting : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int CommitteeId { get; set; }
    public Committee? Committee { get; set; }
    public int UnitId { get; set; }
    public DateOnly Date { get; set; }
    public string Subject { get; set; } = "";
    public int Attendees { get; set; }
    public string? Conclusions { get; set; }
    public DateTime CreatedAt { get; set; }
}
