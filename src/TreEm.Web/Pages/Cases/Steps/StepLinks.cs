using System.Globalization;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>The steps a user may take on a case now, each with the page that takes it and its due time.</summary>
public static class StepLinks
{
    /// <summary>A button of the case page: its label (a key of <see cref="CaseStepsResource"/>), an optional detail, the page and the due time.</summary>
    public sealed record Link(string Label, string? Detail, string Url, DateTime? DueAt, DateOnly? DueOn, string TestId, bool Danger = false);

    public static IReadOnlyList<Link> For(OpenCase open)
    {
        var c = open.Case;
        var result = new List<Link>();
        DateTime? Due(CaseStepKind kind) => c.Steps.Where(s => s.Kind == kind && s.IsOpen).MinBy(s => s.OpenedAt)?.DueAt;
        string Url(string step) => StepText.StepUrl(c.Id, step);

        if (c.Status == CaseStatus.TiepNhan && open.CanWork)
            result.Add(new("Đánh giá ban đầu (Mẫu 02)", null, Url("assess"), Due(CaseStepKind.DanhGiaBanDau), null, "step-assess"));
        if (open.IsChairman && !c.IsClosed)
        {
            if (c.RunningSeparation is { } running)
            {
                var until = c.Steps.FirstOrDefault(s => s.Kind == CaseStepKind.CachLy && s.IsOpen && s.SeparationDecisionId == running.Id)?.DueAt ?? running.Until;
                var id = running.Id.ToString(CultureInfo.InvariantCulture);
                result.Add(new("Gia hạn tạm thời cách ly (Mẫu 07)", null, Url("emergency?extends=" + id), until, null, "step-extend"));
                result.Add(new("Chấm dứt tạm thời cách ly", null, Url("separations/" + id + "/end"), until, null, "step-end-separation", Danger: true));
            }
            result.Add(new("Quyết định khẩn cấp / cách ly (Mẫu 07)", null, Url("emergency"), Due(CaseStepKind.CanThiepKhanCap), null, "step-emergency"));
        }
        if (c.Status == CaseStatus.DaDanhGiaBanDau && open.CanWork)
            result.Add(new("Đánh giá nguy cơ cụ thể (Mẫu 03)", null, Url("specific"), Due(CaseStepKind.DanhGiaCuThe), null, "step-specific"));
        if (c.Status == CaseStatus.DaDanhGiaCuThe && open.CanWork)
            result.Add(new("Lập kế hoạch hỗ trợ, can thiệp (Mẫu 04)", null, Url("plan"), Due(CaseStepKind.LapKeHoach), null, "step-plan"));
        if (c.Status == CaseStatus.ChoPheDuyet && open.IsChairman)
            result.Add(new("Phê duyệt kế hoạch (Mẫu 05)", null, Url("approve"), Due(CaseStepKind.PheDuyetKeHoach), null, "step-approve"));
        if (c.Status == CaseStatus.DangThucHien)
        {
            var tasks = c.CurrentPlan?.Tasks.Where(t => t.DoneAt is null).OrderBy(t => t.DueOn).ThenBy(t => t.Id) ?? Enumerable.Empty<PlanTask>();
            foreach (var t in tasks)
            {
                if (!open.CanWork && (t.AssigneeUserId is null || t.AssigneeUserId != open.Actor.UserId)) continue;
                result.Add(new("Ghi kết quả hoạt động", t.Title, Url("tasks/" + t.Id.ToString(CultureInfo.InvariantCulture) + "/done"), null, t.DueOn, "step-task"));
            }
            var closing = c.Steps.Any(s => s.Kind == CaseStepKind.DongHoSo && s.IsOpen);
            if (!closing && open.CanWork)
                result.Add(new("Rà soát, đánh giá (Mẫu 06)", null, Url("review"), Due(CaseStepKind.RaSoat), null, "step-review"));
            if (closing && (open.CanWork || open.IsChairman))
                result.Add(new("Đóng hồ sơ", null, Url("close"), Due(CaseStepKind.DongHoSo), null, "step-close", Danger: true));
        }
        if (c.IsClosed && (open.CanWork || open.IsChairman))
            result.Add(new("Mở lại hồ sơ", null, Url("reopen"), null, null, "step-reopen"));
        return result;
    }
}
