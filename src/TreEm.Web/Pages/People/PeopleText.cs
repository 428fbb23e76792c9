using TreEm.Domain.People;

namespace TreEm.Web.Pages.People;

/// <summary>Vietnamese labels (resource keys) of the people pages.</summary>
public static class PeopleText
{
    public static readonly PersonKind[] Kinds =
        [PersonKind.CanBoTinh, PersonKind.CanBoHuyen, PersonKind.CanBoXa, PersonKind.CongTacVien, PersonKind.DoiTac, PersonKind.Khac];

    public static string Kind(PersonKind kind) => kind switch
    {
        PersonKind.CanBoTinh => "Cán bộ cấp tỉnh",
        PersonKind.CanBoHuyen => "Cán bộ cấp huyện",
        PersonKind.CanBoXa => "Người làm công tác BVTE cấp xã",
        PersonKind.CongTacVien => "Cộng tác viên thôn, làng",
        PersonKind.DoiTac => "Cán bộ cơ quan phối hợp",
        _ => "Khác",
    };

    public static string Url(int id) => "/people/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
