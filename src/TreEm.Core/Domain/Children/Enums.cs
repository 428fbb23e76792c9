namespace TreEm.Domain.Children;

public enum Sex
{
    Nam = 1,
    Nu = 2,
}

/// <summary>Where the child stands in the register.</summary>
public enum ChildStatus
{
    /// <summary>Đang quản lý.</summary>
    DangQuanLy = 1,
    /// <summary>Chuyển đi (moved to another unit).</summary>
    ChuyenDi = 2,
    /// <summary>Đủ 16 tuổi: no longer a child under the law; the record stays.</summary>
    Du16Tuoi = 3,
    /// <summary>Tử vong.</summary>
    TuVong = 4,
}

/// <summary>Household poverty status (chuẩn nghèo).</summary>
public enum PovertyStatus
{
    Khong = 0,
    CanNgheo = 1,
    Ngheo = 2,
}

public enum SchoolingStatus
{
    /// <summary>Chưa đến tuổi đi học.</summary>
    ChuaDenTuoi = 0,
    MamNon = 1,
    TieuHoc = 2,
    TrungHocCoSo = 3,
    TrungHocPhoThong = 4,
    /// <summary>Bỏ học.</summary>
    BoHoc = 5,
    /// <summary>Không đi học.</summary>
    KhongDiHoc = 6,
}

public enum DisabilitySeverity
{
    /// <summary>Khuyết tật nhẹ.</summary>
    Nhe = 1,
    /// <summary>Khuyết tật nặng.</summary>
    Nang = 2,
    /// <summary>Khuyết tật đặc biệt nặng.</summary>
    DacBietNang = 3,
}

/// <summary>The forms of disability of the Law on Persons with Disabilities 2010, Art. 3.</summary>
public enum DisabilityType
{
    VanDong = 1,
    NgheNoi = 2,
    Nhin = 3,
    ThanKinhTamThan = 4,
    TriTue = 5,
    Khac = 6,
}

public enum CaregiverRelation
{
    Cha = 1,
    Me = 2,
    /// <summary>Người chăm sóc khác (grandparent, relative, foster family...).</summary>
    Khac = 3,
}

public enum ClassificationKind
{
    /// <summary>One of the 14 groups of Art. 10 (hoàn cảnh đặc biệt).</summary>
    SpecialCircumstance = 1,
    /// <summary>An at-risk situation (có nguy cơ).</summary>
    AtRisk = 2,
}
