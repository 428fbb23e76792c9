namespace TreEm.Domain.Reports;

/// <summary>
/// Who acts on a report: their login, the unit they act from (recorded on the transition), the units where they hold
/// a role that writes and submits reports (<c>Capabilities.ReportWrite</c>) and those where they hold a role that
/// returns and accepts the reports of the units below (<c>Capabilities.ReportReview</c>).
/// </summary>
public sealed record ReportActor(string UserName, int? UnitId, IReadOnlySet<int> WriteUnitIds, IReadOnlySet<int> ReviewUnitIds);

/// <summary>A section of the outline (Đề cương) of the 2021 plan: its key ("II.3"), its part (I–IV) and its title.</summary>
public sealed record OutlineSection(string Key, string Part, string Title);

/// <summary>
/// The outline every six-month and annual report follows (Đề cương attached to Kế hoạch 18/KH-SLĐTB&amp;XH, 2021):
/// parts I–IV and their numbered sections, which the officer writes as text.
/// </summary>
public static class ReportOutline
{
    /// <summary>The parts by their Roman number.</summary>
    public static readonly IReadOnlyDictionary<string, string> Parts = new Dictionary<string, string>
    {
        ["I"] = "Đặc điểm tình hình",
        ["II"] = "Kết quả thực hiện",
        ["III"] = "Đánh giá kết quả đạt được",
        ["IV"] = "Kế hoạch kỳ tới",
    };

    public static readonly IReadOnlyList<OutlineSection> Sections =
    [
        new("I.1", "I", "Tình hình kinh tế - xã hội tác động đến trẻ em, tình hình trẻ em và công tác trẻ em tại địa phương"),
        new("I.2", "I", "Những vấn đề trẻ em và công tác trẻ em phát sinh hoặc chưa được giải quyết"),
        new("II.1", "II", "Công tác tham mưu, chỉ đạo, giám sát, đánh giá thực hiện quyền trẻ em"),
        new("II.2", "II", "Công tác bảo vệ trẻ em (ở 3 cấp độ)"),
        new("II.3", "II", "Công tác chăm sóc trẻ em"),
        new("II.4", "II", "Công tác giáo dục trẻ em"),
        new("II.5", "II", "Công tác văn hóa, thông tin, thể thao, du lịch cho trẻ em"),
        new("II.6", "II", "Thực hiện quyền tham gia của trẻ em"),
        new("II.7", "II", "Kết quả các dự án, chương trình, vận động xã hội"),
        new("II.8", "II", "Hoạt động của Quỹ bảo trợ trẻ em"),
        new("II.9", "II", "Tổng kinh phí đầu tư cho công tác trẻ em"),
        new("III.1", "III", "So sánh kết quả, hiệu quả so với cùng kỳ năm trước"),
        new("III.2", "III", "Những tồn tại, hạn chế"),
        new("III.3", "III", "Nguyên nhân của tồn tại, hạn chế (quản lý nhà nước, phối hợp liên ngành, tác động khách quan,...)"),
        new("IV.1", "IV", "Mục tiêu chung"),
        new("IV.2", "IV", "Các mục tiêu cụ thể"),
        new("IV.3", "IV", "Các chỉ tiêu cần đạt"),
        new("IV.4", "IV", "Nội dung các chương trình, đề án, hoạt động trọng tâm và các mô hình tiếp tục thực hiện"),
        new("IV.5", "IV", "Dự kiến tổng kinh phí hoạt động"),
    ];

    private static readonly HashSet<string> Keys = Sections.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);

    public static bool IsSection(string? key) => key is not null && Keys.Contains(key);

    /// <summary>Part IV's title for the period: the second half of the year after a six-month report, the next year
    /// after an annual one ("Kế hoạch 6 tháng cuối năm 2021" / "Kế hoạch năm 2022").</summary>
    public static string PlanTitle(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind == ReportPeriodKind.SixMonths ? $"Kế hoạch 6 tháng cuối năm {period.Year}" : $"Kế hoạch năm {period.Year + 1}";
    }
}

/// <summary>Whether a unit's report for a period came in by its deadline (issue 6 item 5).</summary>
public enum ReportTimeliness
{
    /// <summary>First submitted by the end of the deadline day (Vietnam time).</summary>
    OnTime,
    /// <summary>First submitted after it.</summary>
    Late,
    /// <summary>Not submitted yet; the deadline has not passed.</summary>
    Missing,
    /// <summary>Not submitted and the deadline has passed ("quá hạn").</summary>
    Overdue,
}

/// <summary>
/// The workflow of a report (issue 6 item 5): draft → submitted (figures frozen) → returned with comments →
/// resubmitted → accepted, commune → district → province. Each method checks the move and who makes it, and returns
/// the Vietnamese reason it is refused (nothing changed) or null after changing the report and recording the
/// transition. Saving (and its audit, with the reason) is the caller's.
/// </summary>
public static class ReportWorkflow
{
    /// <summary>Vietnam is UTC+7 all year.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public const string NotWriter = "Chỉ cán bộ lập báo cáo của chính đơn vị này được sửa và gửi báo cáo.";
    public const string NotReviewer = "Chỉ cán bộ của đơn vị cấp trên trực tiếp được trả lại hoặc tiếp nhận báo cáo này (báo cáo của xã gửi huyện, của huyện gửi tỉnh).";
    public const string NoReceiver = "Báo cáo của tỉnh gửi Ủy ban nhân dân tỉnh, không có đơn vị tiếp nhận trong hệ thống.";
    public const string AlreadySubmitted = "Báo cáo đã được gửi, đang chờ cấp trên xem xét: không gửi lại được.";
    public const string AlreadyAccepted = "Báo cáo đã được tiếp nhận: không thay đổi được nữa.";
    public const string NotSubmitted = "Báo cáo chưa được gửi: chưa thể tiếp nhận hoặc trả lại.";
    public const string CommentsRequired = "Ghi ý kiến để đơn vị biết cần sửa gì khi trả lại báo cáo.";
    public const string SubmittedNotEditable = "Báo cáo đã gửi, đang chờ cấp trên xem xét: không sửa được.";
    public const string UnknownSection = "Mục này không có trong đề cương báo cáo.";

    /// <summary>Whether the report can be edited and submitted now (draft or returned).</summary>
    public static bool IsOpen(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Status is ReportStatus.Draft or ReportStatus.Returned;
    }

    /// <summary>Why the actor may not edit the report's sections now, or null.</summary>
    public static string? EditRefusal(Report report, ReportActor actor)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(actor);
        if (report.Status == ReportStatus.Accepted) return AlreadyAccepted;
        if (report.Status == ReportStatus.Submitted) return SubmittedNotEditable;
        return actor.WriteUnitIds.Contains(report.UnitId) ? null : NotWriter;
    }

    /// <summary>Writes the given sections (key → text); unknown keys are refused, unchanged texts left alone.</summary>
    public static string? EditSections(Report report, ReportActor actor, IReadOnlyDictionary<string, string?> texts, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (EditRefusal(report, actor) is { } refusal) return refusal;
        if (texts.Keys.Any(k => !ReportOutline.IsSection(k))) return UnknownSection;
        var changed = false;
        foreach (var (key, value) in texts)
        {
            var text = (value ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
            var section = report.Sections.FirstOrDefault(s => s.Key == key);
            if (section is null)
            {
                if (text.Length == 0) continue;
                report.Sections.Add(section = new ReportSection { Key = key });
            }
            else if (section.Text == text) continue;
            section.Text = text;
            section.UpdatedAt = now;
            section.UpdatedBy = actor.UserName;
            changed = true;
        }
        if (changed) report.UpdatedAt = now;
        return null;
    }

    /// <summary>
    /// Submits a draft or a returned report: only a writer of the report's own unit; the figures given become its
    /// snapshot (the previous snapshot's rows are replaced, the transitions keep the history).
    /// </summary>
    public static string? Submit(Report report, ReportActor actor, IReadOnlyList<ReportFigure> figures, DateTime now, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(figures);
        switch (report.Status)
        {
            case ReportStatus.Submitted: return AlreadySubmitted;
            case ReportStatus.Accepted: return AlreadyAccepted;
        }
        if (!actor.WriteUnitIds.Contains(report.UnitId)) return NotWriter;
        report.Figures.Clear();
        report.Figures.AddRange(figures.Select(f => new ReportFigure
        {
            Code = f.Code,
            Key = f.Key,
            Value = f.Value,
            Numerator = f.Numerator,
            Denominator = f.Denominator,
            PreviousValue = f.PreviousValue,
        }));
        report.SnapshotAt = now;
        report.SubmittedAt = now;
        report.FirstSubmittedAt ??= now;
        Move(report, actor, ReportStatus.Submitted, reason, now);
        return null;
    }

    /// <summary>Returns a submitted report with comments (required): only a reviewer of the receiving unit.</summary>
    public static string? Return(Report report, ReportActor actor, int? receivingUnitId, string? comments, DateTime now)
    {
        if (ReviewRefusal(report, actor, receivingUnitId) is { } refusal) return refusal;
        if (string.IsNullOrWhiteSpace(comments)) return CommentsRequired;
        Move(report, actor, ReportStatus.Returned, comments.Trim(), now);
        return null;
    }

    /// <summary>Accepts a submitted report: only a reviewer of the receiving unit. Final.</summary>
    public static string? Accept(Report report, ReportActor actor, int? receivingUnitId, DateTime now, string? reason = null)
    {
        if (ReviewRefusal(report, actor, receivingUnitId) is { } refusal) return refusal;
        report.AcceptedAt = now;
        Move(report, actor, ReportStatus.Accepted, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
        return null;
    }

    /// <summary>Why the actor may not return or accept the report now, or null.</summary>
    public static string? ReviewRefusal(Report report, ReportActor actor, int? receivingUnitId)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(actor);
        switch (report.Status)
        {
            case ReportStatus.Accepted: return AlreadyAccepted;
            case ReportStatus.Draft or ReportStatus.Returned: return NotSubmitted;
        }
        if (receivingUnitId is null) return NoReceiver;
        return actor.ReviewUnitIds.Contains(receivingUnitId.Value) ? null : NotReviewer;
    }

    private static void Move(Report report, ReportActor actor, ReportStatus to, string? reason, DateTime now)
    {
        report.Transitions.Add(new ReportTransition
        {
            From = report.Status,
            To = to,
            Reason = reason,
            UserName = actor.UserName,
            UserUnitId = actor.UnitId,
            At = now,
        });
        report.Status = to;
        report.UpdatedAt = now;
    }

    /// <summary>The instant a deadline day ends in Vietnam (the next day's 00:00 at UTC+7), in UTC.</summary>
    public static DateTime DeadlineEndUtc(DateOnly deadline) =>
        deadline.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamOffset;

    /// <summary>On time, late, missing or overdue, judged on the first submission (a resubmission after a return
    /// does not make a report late).</summary>
    public static ReportTimeliness Timeliness(DateTime? firstSubmittedAt, DateOnly deadline, DateTime now)
    {
        var end = DeadlineEndUtc(deadline);
        if (firstSubmittedAt is { } at) return at < end ? ReportTimeliness.OnTime : ReportTimeliness.Late;
        return now < end ? ReportTimeliness.Missing : ReportTimeliness.Overdue;
    }
}
