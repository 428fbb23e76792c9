namespace TreEm.Domain.Cases;

// The names of CaseSource, AbuseForm and CaseChildSex are the API contract of POST /api/v1/cases: do not rename.

/// <summary>Who reported the case (nguồn thông tin).</summary>
public enum CaseSource
{
    /// <summary>Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (with its reference number).</summary>
    TongDai111 = 1,
    CongAn = 2,
    TruongHoc = 3,
    YTe = 4,
    GiaDinh = 5,
    HangXom = 6,
    /// <summary>The child themself.</summary>
    TreEm = 7,
    /// <summary>The commune people's committee itself.</summary>
    UbndXa = 8,
    Web = 9,
    Khac = 10,
}

/// <summary>The forms of abuse of the Law on Children, Art. 4(5); a case may record several.</summary>
[Flags]
public enum AbuseForm
{
    None = 0,
    BaoLuc = 1,
    BocLot = 2,
    XamHaiTinhDuc = 4,
    MuaBan = 8,
    BoRoi = 16,
    BoMac = 32,
    Khac = 64,
}

/// <summary>Mẫu 01 note (4): what the report is about.</summary>
public enum CaseConcern
{
    /// <summary>Trẻ em bị xâm hại.</summary>
    BiXamHai = 1,
    /// <summary>Trẻ em có nguy cơ bị bạo lực, bóc lột, bỏ rơi.</summary>
    CoNguyCo = 2,
    /// <summary>Trẻ em có hoàn cảnh đặc biệt.</summary>
    HoanCanhDacBiet = 3,
}

/// <summary>Mẫu 01 A.1: how the information arrived.</summary>
public enum IntakeChannel
{
    DienThoai = 1,
    TrucTiep = 2,
    NguoiKhacBao = 3,
    VanBan = 4,
    TrucTuyen = 5,
}

/// <summary>Sex as Mẫu 01 records it: the reporter may not know.</summary>
public enum CaseChildSex
{
    Nam = 1,
    Nu = 2,
    KhongRo = 3,
}

/// <summary>Where a case stands in the Decree 56 procedure (Art. 25–30).</summary>
public enum CaseStatus
{
    /// <summary>Đã tiếp nhận: awaiting the initial risk assessment.</summary>
    TiepNhan = 1,
    /// <summary>Đã đánh giá ban đầu: awaiting the specific assessment.</summary>
    DaDanhGiaBanDau = 2,
    /// <summary>Đã đánh giá cụ thể: the support plan is being drafted.</summary>
    DaDanhGiaCuThe = 3,
    /// <summary>Chờ phê duyệt kế hoạch.</summary>
    ChoPheDuyet = 4,
    /// <summary>Đang thực hiện kế hoạch.</summary>
    DangThucHien = 5,
    /// <summary>Đã đóng hồ sơ.</summary>
    DaDong = 6,
}

/// <summary>A step of the procedure; each open step may carry a legal or configured time limit.</summary>
public enum CaseStepKind
{
    /// <summary>Tiếp nhận thông tin (Mẫu 01).</summary>
    TiepNhan = 1,
    /// <summary>Đánh giá nguy cơ ban đầu (Mẫu 02), 12 hours.</summary>
    DanhGiaBanDau = 2,
    /// <summary>Quyết định can thiệp khẩn cấp / tạm thời cách ly (Mẫu 07), 12 hours from intake.</summary>
    CanThiepKhanCap = 3,
    /// <summary>A temporary separation running; due when it ends (at most 15 days a decision).</summary>
    CachLy = 4,
    /// <summary>Thu thập thông tin, đánh giá nguy cơ cụ thể (Mẫu 03).</summary>
    DanhGiaCuThe = 5,
    /// <summary>Xây dựng kế hoạch hỗ trợ, can thiệp (Mẫu 04), 5 working days.</summary>
    LapKeHoach = 6,
    /// <summary>Phê duyệt kế hoạch (Mẫu 05) by the commune chairman.</summary>
    PheDuyetKeHoach = 7,
    /// <summary>Theo dõi, rà soát, đánh giá (Mẫu 06).</summary>
    RaSoat = 8,
    /// <summary>Kết thúc, đóng hồ sơ.</summary>
    DongHoSo = 9,
    /// <summary>Mở lại hồ sơ.</summary>
    MoLai = 10,
}

public enum AssessmentKind
{
    /// <summary>Mẫu 02.</summary>
    BanDau = 1,
    /// <summary>Mẫu 03.</summary>
    CuThe = 2,
    /// <summary>Mẫu 06.</summary>
    RaSoat = 3,
}

/// <summary>The three-level scale of the Decree 56 assessment forms.</summary>
public enum RiskRating
{
    Thap = 1,
    TrungBinh = 2,
    Cao = 3,
}

/// <summary>What a review (Mẫu 06) proposes, Decree 56 Art. 30.</summary>
public enum ReviewProposal
{
    /// <summary>Tiếp tục thực hiện kế hoạch.</summary>
    TiepTuc = 1,
    /// <summary>Xây dựng kế hoạch mới.</summary>
    KeHoachMoi = 2,
    /// <summary>Kết thúc kế hoạch, đóng hồ sơ.</summary>
    DongHoSo = 3,
}

public enum EmergencyMeasureKind
{
    /// <summary>Biện pháp can thiệp khẩn cấp.</summary>
    CanThiepKhanCap = 1,
    /// <summary>Tạm thời cách ly trẻ em khỏi cha, mẹ, người chăm sóc (Mẫu 07).</summary>
    TamThoiCachLy = 2,
}

public enum PlanStatus
{
    ChoPheDuyet = 1,
    DaPheDuyet = 2,
    /// <summary>Returned by the chairman for changes.</summary>
    TraLai = 3,
    /// <summary>Replaced by a new plan after a review.</summary>
    ThayThe = 4,
    HoanThanh = 5,
}

public enum PartnerKind
{
    CongAn = 1,
    TruongHoc = 2,
    YTe = 3,
    HoiPhuNu = 4,
    DoanThanhNien = 5,
    TroGiupXaHoi = 6,
    TuPhap = 7,
    Khac = 8,
}

/// <summary>Who agreed to a referral.</summary>
public enum ConsentGiver
{
    TreEm = 1,
    ChaMe = 2,
    NguoiChamSoc = 3,
}

public enum ReferralStatus
{
    DaChuyen = 1,
    DaTiepNhan = 2,
    HoanThanh = 3,
}
