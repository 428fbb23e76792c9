using TreEm.Domain.Children;
using TreEm.Domain.People;

namespace TreEm.Domain.Training;

/// <summary>What a course taught (a course may cover several topics).</summary>
[Flags]
public enum TrainingTopics
{
    None = 0,
    /// <summary>Kỹ năng bảo vệ trẻ em.</summary>
    KyNangBaoVeTreEm = 1,
    /// <summary>Quy trình hỗ trợ, can thiệp theo Nghị định 56/2017/NĐ-CP.</summary>
    QuyTrinhNghiDinh56 = 2,
    /// <summary>Quản lý trường hợp.</summary>
    QuanLyTruongHop = 4,
    /// <summary>Phòng, chống xâm hại trẻ em.</summary>
    PhongChongXamHai = 8,
    /// <summary>Phòng, chống tai nạn thương tích.</summary>
    PhongChongTaiNan = 16,
    /// <summary>Thúc đẩy quyền tham gia của trẻ em.</summary>
    ThamGiaCuaTreEm = 32,
    /// <summary>Chăm sóc thay thế.</summary>
    ChamSocThayThe = 64,
    Khac = 128,
}

/// <summary>A training course (lớp tập huấn) organised by a unit for a year; its sessions carry the dates and hours.</summary>
public class TrainingCourse : Auditing.IHasUnit, IVersioned
{
    int? Auditing.IHasUnit.AuditUnitId => UnitId;
    public int Id { get; set; }
    /// <summary>The organising unit: its activity scope decides who sees and edits the course.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string Title { get; set; } = "";
    public TrainingTopics Topics { get; set; }
    public int Year { get; set; }
    /// <summary>Where the money came from, e.g. "Ngân sách tỉnh", "UNICEF".</summary>
    public string? FundingNote { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public int Version { get; set; }
    public List<TrainingSession> Sessions { get; set; } = [];
}

/// <summary>One day (or half-day) of a course: date, hours, venue and trainer, and who attended.</summary>
public class TrainingSession : IVersioned
{
    public int Id { get; set; }
    public int CourseId { get; set; }
    public TrainingCourse? Course { get; set; }
    public DateOnly Date { get; set; }
    public decimal Hours { get; set; }
    public string Venue { get; set; } = "";
    public string Trainer { get; set; } = "";
    public int Version { get; set; }
    public List<TrainingParticipant> Participants { get; set; } = [];
}

/// <summary>
/// Someone who attended a session: a person of the network (<see cref="PersonId"/>), or a free participant
/// (partner staff, guests) known only by name, organisation and kind.
/// </summary>
public class TrainingParticipant
{
    public int Id { get; set; }
    public int SessionId { get; set; }
    public TrainingSession? Session { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>A free participant's name (empty for a person of the network: their record holds it).</summary>
    public string? FullName { get; set; }
    public string? Organisation { get; set; }
    public PersonKind? Kind { get; set; }
    public Sex? Sex { get; set; }
}

/// <summary>The rules of a session's date and hours.</summary>
public static class TrainingRules
{
    public const decimal MaxHoursPerDay = 24m;

    /// <summary>The Vietnamese reasons a session is refused, by field ("Date", "Hours"); empty when it is fine.</summary>
    public static Dictionary<string, string> CheckSession(int courseYear, DateOnly? date, decimal? hours, decimal otherHoursThatDay)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (date is null) errors["Date"] = "Nhập ngày tập huấn (dd/mm/yyyy).";
        else if (date.Value.Year != courseYear) errors["Date"] = $"Ngày tập huấn phải thuộc năm {courseYear} của lớp.";
        if (hours is null) errors["Hours"] = "Nhập số giờ.";
        else if (hours <= 0) errors["Hours"] = "Số giờ phải lớn hơn 0.";
        else if (hours > MaxHoursPerDay) errors["Hours"] = "Số giờ không được quá 24 giờ một ngày.";
        else if (hours + otherHoursThatDay > MaxHoursPerDay)
            errors["Hours"] = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Các buổi của lớp trong ngày này đã có {otherHoursThatDay:0.#} giờ: tổng không được quá 24 giờ.");
        return errors;
    }

    /// <summary>Officers of the network: the plan's "every officer trained" counts these kinds.</summary>
    public static bool IsOfficer(PersonKind kind) => kind is PersonKind.CanBoTinh or PersonKind.CanBoHuyen or PersonKind.CanBoXa;

    public static readonly TrainingTopics[] AllTopics =
    [
        TrainingTopics.KyNangBaoVeTreEm, TrainingTopics.QuyTrinhNghiDinh56, TrainingTopics.QuanLyTruongHop,
        TrainingTopics.PhongChongXamHai, TrainingTopics.PhongChongTaiNan, TrainingTopics.ThamGiaCuaTreEm,
        TrainingTopics.ChamSocThayThe, TrainingTopics.Khac,
    ];
}
