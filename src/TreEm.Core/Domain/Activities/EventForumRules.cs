using System.Globalization;

namespace TreEm.Domain.Activities;

/// <summary>The level of a children's forum: the organising unit's tier (national forums are held by the ministry).</summary>
public enum ForumLevel
{
    National = 1,
    Province = 2,
    District = 3,
    Commune = 4,
    Other = 9,
}

/// <summary>A rule of Circular 29/2019 an event does not meet: a Vietnamese template and its values.</summary>
public sealed class ForumWarning(string code, string template, params object[] args)
{
    public string Code { get; } = code;
    public string Template { get; } = template;
    public IReadOnlyList<object> Args { get; } = args;
    public string Text => string.Format(CultureInfo.InvariantCulture, Template, [.. Args]);
}

/// <summary>
/// Circular 29/2019/TT-BLĐTBXH on children's forums: minimum children by level (national 100, province 50,
/// district 40, commune 30, other 50), each adult in charge supervises at most 5 children, volunteers at most 1/10
/// of the children, invited guests at most 1/3, written parental consent. These are warnings: the event is saved
/// as it happened. <see cref="Errors"/> are the plain mistakes that refuse a record.
/// </summary>
public static class ForumRules
{
    public const int ChildrenPerAdult = 5;
    public const int ChildrenPerVolunteer = 10;
    public const int ChildrenPerGuest = 3;

    public static int MinimumChildren(ForumLevel level) => level switch
    {
        ForumLevel.National => 100,
        ForumLevel.Province => 50,
        ForumLevel.District => 40,
        ForumLevel.Commune => 30,
        _ => 50,
    };

    public static ForumLevel LevelOf(UnitTier? tier) => tier switch
    {
        UnitTier.Province => ForumLevel.Province,
        UnitTier.District => ForumLevel.District,
        UnitTier.Commune => ForumLevel.Commune,
        _ => ForumLevel.Other,
    };

    public static string LevelName(ForumLevel level) => level switch
    {
        ForumLevel.National => "toàn quốc",
        ForumLevel.Province => "cấp tỉnh",
        ForumLevel.District => "cấp huyện",
        ForumLevel.Commune => "cấp xã",
        _ => "khác",
    };

    /// <summary>The adults in charge a number of children needs at least (each supervises at most 5).</summary>
    public static int AdultsNeeded(int children) => (children + ChildrenPerAdult - 1) / ChildrenPerAdult;

    /// <summary>The forum rules the event does not meet; none for other kinds of event.</summary>
    public static List<ForumWarning> Warnings(ChildEvent e, ForumLevel level)
    {
        var list = new List<ForumWarning>();
        if (e.Kind != EventKind.DienDan) return list;
        var children = e.Children;
        var minimum = MinimumChildren(level);
        if (children < minimum)
            list.Add(new("min-children", "Diễn đàn {0} cần ít nhất {1} trẻ em tham gia; mới có {2}.", LevelName(level), minimum, children));
        if (e.AdultsInCharge * ChildrenPerAdult < children)
            list.Add(new("adults", "Mỗi người phụ trách quản lý không quá 5 trẻ em: {0} trẻ cần ít nhất {1} người phụ trách; mới có {2}.",
                children, AdultsNeeded(children), e.AdultsInCharge));
        if (e.Volunteers * ChildrenPerVolunteer > children)
            list.Add(new("volunteers", "Số tình nguyện viên không quá 1/10 số trẻ em ({0} trẻ: tối đa {1}); có {2}.",
                children, children / ChildrenPerVolunteer, e.Volunteers));
        if (e.Guests * ChildrenPerGuest > children)
            list.Add(new("guests", "Số khách mời không quá 1/3 số trẻ em ({0} trẻ: tối đa {1}); có {2}.",
                children, children / ChildrenPerGuest, e.Guests));
        if (!e.ParentalConsentCollected)
            list.Add(new("consent", "Trẻ em tham gia diễn đàn phải có ý kiến đồng ý bằng văn bản của cha mẹ, người chăm sóc."));
        return list;
    }

    /// <summary>Plain mistakes, by field name: a refused record. Empty when the event may be saved.</summary>
    public static Dictionary<string, string> Errors(ChildEvent e)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (e.EndDate < e.StartDate) errors[nameof(ChildEvent.EndDate)] = "Ngày kết thúc không được trước ngày bắt đầu.";
        void NotNegative(int value, string field)
        {
            if (value < 0) errors[field] = "Số người không được âm.";
        }
        NotNegative(e.ChildrenMale, nameof(ChildEvent.ChildrenMale));
        NotNegative(e.ChildrenFemale, nameof(ChildEvent.ChildrenFemale));
        NotNegative(e.ChildrenEthnicMinority, nameof(ChildEvent.ChildrenEthnicMinority));
        NotNegative(e.AdultsInCharge, nameof(ChildEvent.AdultsInCharge));
        NotNegative(e.Volunteers, nameof(ChildEvent.Volunteers));
        NotNegative(e.Guests, nameof(ChildEvent.Guests));
        NotNegative(e.OtherAdults, nameof(ChildEvent.OtherAdults));
        if (e.ChildrenEthnicMinority > e.Children && !errors.ContainsKey(nameof(ChildEvent.ChildrenEthnicMinority)))
            errors[nameof(ChildEvent.ChildrenEthnicMinority)] = "Số trẻ em dân tộc thiểu số không được lớn hơn tổng số trẻ em.";
        if (string.IsNullOrWhiteSpace(e.Theme)) errors[nameof(ChildEvent.Theme)] = "Vui lòng nhập chủ đề.";
        if (string.IsNullOrWhiteSpace(e.Venue)) errors[nameof(ChildEvent.Venue)] = "Vui lòng nhập địa điểm.";
        return errors;
    }
}
