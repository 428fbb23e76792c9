namespace TreEm.Security;

/// <summary>The roles of SPEC §1. A role is always held at a unit (<see cref="RoleAssignment"/>).</summary>
public enum Role
{
    /// <summary>Quản trị hệ thống.</summary>
    Administrator = 1,
    /// <summary>Cán bộ cấp tỉnh.</summary>
    ProvinceOfficer = 2,
    /// <summary>Lãnh đạo.</summary>
    Leader = 3,
    /// <summary>Cán bộ cấp huyện.</summary>
    DistrictOfficer = 4,
    /// <summary>Người làm công tác bảo vệ trẻ em cấp xã.</summary>
    CommuneWorker = 5,
    /// <summary>Chủ tịch UBND xã.</summary>
    CommuneChairman = 6,
    /// <summary>Cộng tác viên thôn, làng.</summary>
    VillageCollaborator = 7,
    /// <summary>Cơ quan phối hợp (công an, trường học, trạm y tế, Hội Phụ nữ...).</summary>
    Partner = 8,
    /// <summary>Tổng đài 111.</summary>
    Hotline = 9,
    /// <summary>Thanh tra, kiểm tra.</summary>
    Inspector = 10,
}

public static class RoleNames
{
    public static string Vietnamese(Role role) => role switch
    {
        Role.Administrator => "Quản trị hệ thống",
        Role.ProvinceOfficer => "Cán bộ cấp tỉnh",
        Role.Leader => "Lãnh đạo",
        Role.DistrictOfficer => "Cán bộ cấp huyện",
        Role.CommuneWorker => "Người làm công tác bảo vệ trẻ em cấp xã",
        Role.CommuneChairman => "Chủ tịch UBND xã",
        Role.VillageCollaborator => "Cộng tác viên thôn, làng",
        Role.Partner => "Cơ quan phối hợp",
        Role.Hotline => "Tổng đài 111",
        Role.Inspector => "Thanh tra, kiểm tra",
        _ => role.ToString(),
    };

    public static string English(Role role) => role switch
    {
        Role.Administrator => "System administrator",
        Role.ProvinceOfficer => "Province officer",
        Role.Leader => "Leader",
        Role.DistrictOfficer => "District officer",
        Role.CommuneWorker => "Commune child-protection worker",
        Role.CommuneChairman => "Commune chairman",
        Role.VillageCollaborator => "Village collaborator",
        Role.Partner => "Partner agency",
        Role.Hotline => "Hotline 111",
        Role.Inspector => "Inspector",
        _ => role.ToString(),
    };
}
