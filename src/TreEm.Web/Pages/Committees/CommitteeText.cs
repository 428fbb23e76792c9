using TreEm.Domain.People;

namespace TreEm.Web.Pages.Committees;

/// <summary>Vietnamese labels (resource keys) of the committee pages.</summary>
public static class CommitteeText
{
    public static readonly CommitteeKind[] Kinds = [CommitteeKind.BanChiDao, CommitteeKind.NhomThuongTruc];
    public static readonly CommitteeRole[] Roles = [CommitteeRole.TruongBan, CommitteeRole.PhoBan, CommitteeRole.ThanhVien, CommitteeRole.ThuongTruc];

    public static string Kind(CommitteeKind kind) => kind switch
    {
        CommitteeKind.BanChiDao => "Ban chỉ đạo, ban điều hành BVCSTE",
        _ => "Nhóm thường trực bảo vệ trẻ em",
    };

    public static string Role(CommitteeRole role) => role switch
    {
        CommitteeRole.TruongBan => "Trưởng ban",
        CommitteeRole.PhoBan => "Phó trưởng ban",
        CommitteeRole.ThuongTruc => "Thường trực",
        _ => "Ủy viên",
    };

    public static string Url(int id) => "/committees/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
