using TreEm.Security;

namespace TreEm.Web.Seed;

/// <summary>The demo sign-ins listed in the README. Their password exists only in demo installations.</summary>
public static class DemoUsers
{
    public const string Password = "TreEm@2021";

    public sealed record DemoUser(string Login, string FullName, Role Role, string? UnitCode);

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("admin", "Quản trị hệ thống", Role.Administrator, null),
        new("tinh", "Nguyễn Thị Hồng (Phòng BVCSTE tỉnh)", Role.ProvinceOfficer, "64"),
        new("lanhdao", "Trần Văn Minh (Lãnh đạo Sở)", Role.Leader, "64"),
        new("huyen.chuse", "Rơ Mah Thị Lan (Phòng LĐTBXH Chư Sê)", Role.DistrictOfficer, "633"),
        new("xa.iatiem", "Ksor H'Nhi (cán bộ BVTE xã Ia Tiêm)", Role.CommuneWorker, "23944"),
        new("chutich.iatiem", "Siu Đình (Chủ tịch UBND xã Ia Tiêm)", Role.CommuneChairman, "23944"),
        new("ctv.iatiem", "Rơ Châm Thuấn (cộng tác viên thôn)", Role.VillageCollaborator, VillageCode("23944", 1)),
        new("xa.iako", "Lê Thị Thu (cán bộ BVTE xã Ia Ko)", Role.CommuneWorker, "23977"),
        new("huyen.mangyang", "Đinh Văn Hùng (Phòng LĐTBXH Mang Yang)", Role.DistrictOfficer, "629"),
        new("congan.chuse", "Công an huyện Chư Sê", Role.Partner, "633"),
        new("tongdai111", "Tổng đài quốc gia bảo vệ trẻ em 111", Role.Hotline, "64"),
        new("thanhtra", "Phạm Quốc Bảo (Thanh tra Sở)", Role.Inspector, "64"),
    ];

    /// <summary>Villages have no statistics-office code; the demo numbers them under their commune.</summary>
    public static string VillageCode(string communeCode, int number) => $"{communeCode}-{number:00}";
}
