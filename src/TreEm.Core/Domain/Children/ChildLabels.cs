namespace TreEm.Domain.Children;

/// <summary>How the register's values are written for people, in Vietnamese and English.</summary>
public static class ChildLabels
{
    public static string Sex(Sex s, bool english = false) => s switch
    {
        Children.Sex.Nam => english ? "Male" : "Nam",
        Children.Sex.Nu => english ? "Female" : "Nữ",
        _ => s.ToString(),
    };

    public static string Status(ChildStatus s, bool english = false) => s switch
    {
        ChildStatus.DangQuanLy => english ? "Under management" : "Đang quản lý",
        ChildStatus.ChuyenDi => english ? "Moved away" : "Chuyển đi",
        ChildStatus.Du16Tuoi => english ? "Turned 16" : "Đủ 16 tuổi",
        ChildStatus.TuVong => english ? "Deceased" : "Tử vong",
        _ => s.ToString(),
    };

    public static string Poverty(PovertyStatus p, bool english = false) => p switch
    {
        PovertyStatus.Ngheo => english ? "Poor household" : "Hộ nghèo",
        PovertyStatus.CanNgheo => english ? "Near-poor household" : "Hộ cận nghèo",
        _ => english ? "Neither" : "Không",
    };

    public static string Schooling(SchoolingStatus s, bool english = false) => s switch
    {
        SchoolingStatus.ChuaDenTuoi => english ? "Not yet of school age" : "Chưa đến tuổi đi học",
        SchoolingStatus.MamNon => english ? "Pre-school" : "Mầm non",
        SchoolingStatus.TieuHoc => english ? "Primary school" : "Tiểu học",
        SchoolingStatus.TrungHocCoSo => english ? "Lower secondary" : "Trung học cơ sở",
        SchoolingStatus.TrungHocPhoThong => english ? "Upper secondary" : "Trung học phổ thông",
        SchoolingStatus.BoHoc => english ? "Dropped out" : "Bỏ học",
        SchoolingStatus.KhongDiHoc => english ? "Never attended" : "Không đi học",
        _ => s.ToString(),
    };

    public static string Disability(DisabilityType t, bool english = false) => t switch
    {
        DisabilityType.VanDong => english ? "Physical" : "Khuyết tật vận động",
        DisabilityType.NgheNoi => english ? "Hearing and speech" : "Khuyết tật nghe, nói",
        DisabilityType.Nhin => english ? "Visual" : "Khuyết tật nhìn",
        DisabilityType.ThanKinhTamThan => english ? "Psychosocial" : "Khuyết tật thần kinh, tâm thần",
        DisabilityType.TriTue => english ? "Intellectual" : "Khuyết tật trí tuệ",
        _ => english ? "Other" : "Khuyết tật khác",
    };

    public static string Severity(DisabilitySeverity s, bool english = false) => s switch
    {
        DisabilitySeverity.Nhe => english ? "Mild" : "Nhẹ",
        DisabilitySeverity.Nang => english ? "Severe" : "Nặng",
        DisabilitySeverity.DacBietNang => english ? "Extremely severe" : "Đặc biệt nặng",
        _ => s.ToString(),
    };

    public static string Relation(CaregiverRelation r, bool english = false) => r switch
    {
        CaregiverRelation.Cha => english ? "Father" : "Cha",
        CaregiverRelation.Me => english ? "Mother" : "Mẹ",
        _ => english ? "Other caregiver" : "Người chăm sóc khác",
    };

    public static string AgeBand(int from, int to) => $"{from}–{to}";
}
