using TreEm.Auditing;

namespace TreEm.Domain.Activities;

/// <summary>How a communication activity reached people (kênh truyền thông).</summary>
public enum CommunicationChannel
{
    /// <summary>Báo chí, phát thanh, truyền hình.</summary>
    BaoChi = 1,
    /// <summary>Mạng xã hội, cổng thông tin điện tử.</summary>
    Internet = 2,
    /// <summary>Pano, áp phích.</summary>
    PanoApPhich = 3,
    /// <summary>Tờ rơi, tài liệu.</summary>
    ToRoi = 4,
    /// <summary>Nói chuyện, tư vấn trực tiếp.</summary>
    TruyenThongTrucTiep = 5,
    /// <summary>Loa truyền thanh cơ sở.</summary>
    LoaTruyenThanh = 6,
    Khac = 9,
}

/// <summary>What a communication activity was about (chủ đề).</summary>
public enum CommunicationTopic
{
    QuyenTreEm = 1,
    PhongChongXamHai = 2,
    /// <summary>Phòng, chống tai nạn, thương tích (đuối nước included).</summary>
    PhongChongTaiNanThuongTich = 3,
    /// <summary>Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.</summary>
    TongDai111 = 4,
    ThamGiaCuaTreEm = 5,
    Khac = 9,
}

/// <summary>A communication activity (truyền thông) of a unit: one broadcast, campaign, print run or talk.</summary>
public class CommunicationActivity : IHasUnit, IVersioned
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public DateOnly Date { get; set; }
    public CommunicationChannel Channel { get; set; }
    public CommunicationTopic Topic { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Persons reached (lượt người).</summary>
    public int Reach { get; set; }
    /// <summary>Of whom children.</summary>
    public int ChildrenReached { get; set; }
    /// <summary>Copies printed (pano, leaflets), when the channel is print.</summary>
    public int? Copies { get; set; }
    /// <summary>Vùng sâu, vùng xa.</summary>
    public bool RemoteArea { get; set; }
    /// <summary>Vùng đồng bào dân tộc thiểu số.</summary>
    public bool EthnicMinorityArea { get; set; }
    public string? Note { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
    public int Version { get; set; }
}
