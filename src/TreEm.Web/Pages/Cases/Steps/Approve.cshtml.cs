using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Mẫu 05: the commune chairman approves the submitted plan, or returns it with a reason.</summary>
public class ApproveModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public const string Approve = "PheDuyet";
    public const string Return = "TraLai";

    public sealed class ApproveInput
    {
        /// <summary>The submit button pressed: <see cref="Approve"/> or <see cref="Return"/>.</summary>
        public string? Decision { get; set; }
        public string? DecisionNumber { get; set; }
        public string? Note { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty]
    public ApproveInput Input { get; set; } = new();

    public InterventionPlan? Plan => Open.Case.Plans.FirstOrDefault(p => p.Status == PlanStatus.ChoPheDuyet);

    public override string Heading => "Phê duyệt kế hoạch hỗ trợ, can thiệp (Mẫu 05)";
    public override CaseStep? DueStep => OpenStep(CaseStepKind.PheDuyetKeHoach);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.IsChairman, ct) is { } denied) return denied;
        StartForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.IsChairman, ct) is { } denied) return denied;
        var code = Open.Case.Code;
        if (Input.Decision == Return)
        {
            if (string.IsNullOrWhiteSpace(Input.Reason)) Error(nameof(ApproveInput.Reason), "Vui lòng nhập lý do trả lại kế hoạch.");
            var reason = Input.Reason?.Trim() ?? "";
            var calendar = await Cases.CalendarAsync(ct);
            return await SaveAsync(o => o.Case.ReturnPlan(reason, o.Actor, Cases.Now, calendar), reason,
                L["Đã trả lại kế hoạch của vụ việc {0}.", code], ct);
        }
        if (Input.Decision != Approve)
        {
            ModelState.AddModelError("", L["Chọn phê duyệt hoặc trả lại kế hoạch."]);
            return Page();
        }
        var number = string.IsNullOrWhiteSpace(Input.DecisionNumber) ? null : Input.DecisionNumber.Trim();
        var note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim();
        return await SaveAsync(o => o.Case.ApprovePlan(number, note, o.Actor, Cases.Now), note,
            L["Đã phê duyệt kế hoạch của vụ việc {0}.", code], ct);
    }

    public static string AssigneeName(PlanTask t) => t.AssigneeUser?.FullName ?? t.AssigneeAgency?.Name ?? "";
}
