using TreEm.Domain.Activities;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Communication;

/// <summary>What the user typed for a communication activity; checked the same way by the new and edit pages.</summary>
public sealed class CommunicationForm
{
    public string? UnitCode { get; set; }
    public string? Date { get; set; }
    public CommunicationChannel? Channel { get; set; }
    public CommunicationTopic? Topic { get; set; }
    public string? Title { get; set; }
    public string? Reach { get; set; }
    public string? ChildrenReached { get; set; }
    public string? Copies { get; set; }
    public bool RemoteArea { get; set; }
    public bool EthnicMinorityArea { get; set; }
    public string? Note { get; set; }

    public static CommunicationForm From(CommunicationActivity a, string unitCode) => new()
    {
        UnitCode = unitCode, Date = Display.Date(a.Date), Channel = a.Channel, Topic = a.Topic, Title = a.Title,
        Reach = a.Reach.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ChildrenReached = a.ChildrenReached.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Copies = a.Copies?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        RemoteArea = a.RemoteArea, EthnicMinorityArea = a.EthnicMinorityArea, Note = a.Note,
    };

    /// <summary>Field errors (keys are property names, messages Vietnamese); the unit is checked by the page.</summary>
    public Dictionary<string, string> Validate(DateOnly today)
    {
        var e = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ActivityKit.Clean(UnitCode) is null) e[nameof(UnitCode)] = "Vui lòng nhập mã đơn vị.";
        var date = Display.ParseDate(Date);
        if (ActivityKit.Clean(Date) is null) e[nameof(Date)] = "Vui lòng nhập ngày (ngày/tháng/năm).";
        else if (date is null) e[nameof(Date)] = "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.";
        else if (date > today) e[nameof(Date)] = "Ngày không được ở tương lai.";
        if (Channel is null || !Enum.IsDefined(Channel.Value)) e[nameof(Channel)] = "Vui lòng chọn kênh truyền thông.";
        if (Topic is null || !Enum.IsDefined(Topic.Value)) e[nameof(Topic)] = "Vui lòng chọn chủ đề.";
        var title = ActivityKit.Clean(Title);
        if (title is null) e[nameof(Title)] = "Vui lòng nhập tên hoạt động.";
        else if (title.Length > 300) e[nameof(Title)] = "Tên hoạt động dài quá 300 ký tự.";
        var reach = ActivityKit.ParseCount(Reach);
        if (reach is null or < 0) e[nameof(Reach)] = "Số lượt người được truyền thông phải là số nguyên không âm.";
        var children = ActivityKit.ParseCount(ChildrenReached) ?? (ActivityKit.Clean(ChildrenReached) is null ? 0 : -1);
        if (children < 0) e[nameof(ChildrenReached)] = "Số trẻ em được truyền thông phải là số nguyên không âm.";
        else if (reach is >= 0 && children > reach) e[nameof(ChildrenReached)] = "Số trẻ em không được lớn hơn tổng số lượt người.";
        if (ActivityKit.Clean(Copies) is not null && ActivityKit.ParseCount(Copies) is null or < 0)
            e[nameof(Copies)] = "Số bản in phải là số nguyên không âm.";
        if (ActivityKit.Clean(Note)?.Length > 1000) e[nameof(Note)] = "Ghi chú dài quá 1000 ký tự.";
        return e;
    }

    /// <summary>Copies the checked values into the record (after <see cref="Validate"/> passed).</summary>
    public void ApplyTo(CommunicationActivity a, int unitId)
    {
        a.UnitId = unitId;
        a.Date = Display.ParseDate(Date)!.Value;
        a.Channel = Channel!.Value;
        a.Topic = Topic!.Value;
        a.Title = Domain.VietnameseText.Clean(Title);
        a.Reach = ActivityKit.ParseCount(Reach)!.Value;
        a.ChildrenReached = ActivityKit.ParseCount(ChildrenReached) ?? 0;
        a.Copies = ActivityKit.ParseCount(Copies);
        a.RemoteArea = RemoteArea;
        a.EthnicMinorityArea = EthnicMinorityArea;
        a.Note = ActivityKit.Clean(Note);
    }
}
