using TreEm.Auditing;

namespace TreEm.Domain.Support;

/// <summary>A form of support (hình thức trợ giúp): a catalogue administrators keep.</summary>
public class SupportForm
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The forms seeded at installation (SPEC §3.3).</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string NameEn)> Standard =
    [
        ("QUA", "Quà tặng", "Gifts"),
        ("HOCBONG", "Học bổng", "Scholarship"),
        ("DUNGCU", "Dụng cụ học tập", "Study equipment"),
        ("XEDAP", "Xe đạp", "Bicycle"),
        ("TIENMAT", "Tiền mặt", "Cash"),
        ("BHYT", "Thẻ bảo hiểm y tế", "Health insurance card"),
        ("DINHDUONG", "Sữa, dinh dưỡng", "Milk and nutrition"),
        ("THAMHOI", "Thăm hỏi khi thiên tai, rủi ro đột xuất", "Visit after a disaster or sudden risk"),
        ("PHAPLY", "Trợ giúp pháp lý", "Legal aid"),
        ("TUVAN", "Tư vấn, tham vấn", "Counselling"),
        ("KHAMCHUA", "Khám, chữa bệnh", "Medical treatment"),
        ("KHAC", "Hình thức khác", "Other"),
    ];
}

/// <summary>Who paid for a support.</summary>
public enum FundingSource
{
    NganSachTrungUong = 1,
    NganSachTinh = 2,
    NganSachHuyen = 3,
    NganSachXa = 4,
    /// <summary>Quỹ Bảo trợ trẻ em (the support is then a disbursement of the fund).</summary>
    QuyBaoTro = 5,
    /// <summary>A named donor (tổ chức, cá nhân).</summary>
    NhaTaiTro = 6,
    Khac = 7,
}

/// <summary>The three levels of child protection (Law on Children, Art. 47–50).</summary>
public enum ProtectionLevel
{
    PhongNgua = 1,
    HoTro = 2,
    CanThiep = 3,
}

/// <summary>One support given to one child (trợ giúp). Never edited in place by a campaign: each child has their row.</summary>
public class SupportRecord : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int ChildId { get; set; }
    public Children.Child? Child { get; set; }

    /// <summary>The unit the child lived in when supported: reports count the support there.</summary>
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }

    public string FormCode { get; set; } = "";
    public SupportForm? Form { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Value in VND (for in-kind support, its valuation).</summary>
    public decimal ValueVnd { get; set; }
    public FundingSource Source { get; set; }
    public string? DonorName { get; set; }
    public string? Provider { get; set; }
    public ProtectionLevel Level { get; set; } = ProtectionLevel.HoTro;
    public string? Note { get; set; }

    /// <summary>The campaign (bulk entry) it was recorded with, if any.</summary>
    public int? CampaignId { get; set; }
    public SupportCampaign? Campaign { get; set; }

    /// <summary>The fund's disbursement that paid for a single support from the fund (a campaign's records share
    /// the campaign's disbursement instead, see <see cref="SupportCampaign.FundEntryId"/>).</summary>
    public int? FundEntryId { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
}

/// <summary>
/// A bulk entry (e.g. 100 Mid-Autumn gifts): one form, one value per child, saved in one transaction with a support
/// record per child; it may draw on a fund (one disbursement for the whole campaign).
/// </summary>
public class SupportCampaign : IHasUnit
{
    int? IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public string Name { get; set; } = "";
    public string FormCode { get; set; } = "";
    public DateOnly Date { get; set; }
    public decimal ValuePerChildVnd { get; set; }
    public FundingSource Source { get; set; }
    public string? DonorName { get; set; }
    public string? Provider { get; set; }
    public ProtectionLevel Level { get; set; } = ProtectionLevel.HoTro;
    public int ChildCount { get; set; }

    /// <summary>The fund disbursement that paid for it, when the source is the fund.</summary>
    public int? FundEntryId { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedByUserId { get; set; }
}
