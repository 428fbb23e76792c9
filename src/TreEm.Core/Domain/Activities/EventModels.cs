using TreEm.Auditing;

namespace TreEm.Domain.Activities;

/// <summary>The kinds of events the province plan counts (SPEC §3.5).</summary>
public enum EventKind
{
    /// <summary>Tháng hành động vì trẻ em (June every year, Law on Children Art. 11; Circular 28/2019).</summary>
    ThangHanhDong = 1,
    /// <summary>Diễn đàn trẻ em (Circular 29/2019: participant minimum by level and ratios).</summary>
    DienDan = 2,
    /// <summary>Tết Trung thu.</summary>
    TrungThu = 3,
    /// <summary>Lễ phát động (launch ceremony).</summary>
    PhatDong = 4,
    Khac = 9,
}

/// <summary>
/// An event organised by a unit for children. Named so because "Event" is a C# keyword. The organising unit's level
/// is the forum's level (province, district, commune). Participant counts are as reported; the forum rules only warn.
/// </summary>
public class ChildEvent : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public EventKind Kind { get; set; }

    /// <summary>The organising unit.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string Venue { get; set; } = "";
    public string Theme { get; set; } = "";

    public int ChildrenMale { get; set; }
    public int ChildrenFemale { get; set; }
    /// <summary>Of the children above, those of an ethnic minority.</summary>
    public int ChildrenEthnicMinority { get; set; }
    /// <summary>Người phụ trách trẻ em.</summary>
    public int AdultsInCharge { get; set; }
    /// <summary>Tình nguyện viên.</summary>
    public int Volunteers { get; set; }
    /// <summary>Khách mời (leaders in the dialogue and other invited guests).</summary>
    public int Guests { get; set; }
    public int OtherAdults { get; set; }

    /// <summary>Forums: the written consent of every child's parent or caregiver was collected.</summary>
    public bool ParentalConsentCollected { get; set; }
    public string? Results { get; set; }
    /// <summary>Forums: what the children raised and the answers given (the dialogue).</summary>
    public string? IssuesRaised { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public int Version { get; set; }

    public List<EventAttachment> Attachments { get; set; } = [];

    public int Children => ChildrenMale + ChildrenFemale;
}

/// <summary>A document or photo of an event (report, minutes, pictures), kept in the database.</summary>
public class EventAttachment : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int EventId { get; set; }
    public ChildEvent? Event { get; set; }

    /// <summary>The event's unit, copied so the audit log needs no join.</summary>
    public int UnitId { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>The type found in the file's first bytes, not the one the browser declared.</summary>
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>The file itself; the audit log records that it changed, never its bytes.</summary>
    [SensitiveText]
    public byte[] Content { get; set; } = [];

    public DateTime UploadedAt { get; set; }
    public string? UploadedByUserId { get; set; }
}
