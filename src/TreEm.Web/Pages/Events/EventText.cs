using TreEm.Domain.Activities;

namespace TreEm.Web.Pages.Events;

/// <summary>Vietnamese wording and links of the events pages.</summary>
public static class EventText
{
    public static readonly EventKind[] Kinds = Enum.GetValues<EventKind>();

    /// <summary>The kinds the province plan expects every district to hold each year.</summary>
    public static readonly EventKind[] PlanKinds = [EventKind.ThangHanhDong, EventKind.TrungThu, EventKind.DienDan];

    public static string Kind(EventKind kind) => kind switch
    {
        EventKind.ThangHanhDong => "Tháng hành động vì trẻ em",
        EventKind.DienDan => "Diễn đàn trẻ em",
        EventKind.TrungThu => "Tết Trung thu",
        EventKind.PhatDong => "Lễ phát động",
        _ => "Sự kiện khác",
    };

    /// <summary>A forum warning in the user's language (its words, such as the level, are translated too).</summary>
    public static string Warning(Microsoft.Extensions.Localization.IStringLocalizer l, ForumWarning w) =>
        l[w.Template, w.Args.Select(a => a is string s ? l[s].Value : a).ToArray()].Value;

    public static string Url(int id) => $"/events/{id}";

    public static string FileUrl(int id, int fileId) => $"/events/{id}/files/{fileId}";

    /// <summary>"1,2 MB", "350 KB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024d / 1024d).ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) + " MB"
        : Math.Max(1, (bytes + 1023) / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB";
}
