using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Closes the case after a review proposed it, with a reason and a confirmation.</summary>
public class CloseModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public sealed class CloseInput
    {
        public string? Reason { get; set; }
        public bool Confirm { get; set; }
    }

    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public override string Heading => "Đóng hồ sơ vụ việc";
    public override CaseStep? DueStep => OpenStep(CaseStepKind.DongHoSo);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork || o.IsChairman, ct) is { } denied) return denied;
        StartForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork || o.IsChairman, ct) is { } denied) return denied;
        if (string.IsNullOrWhiteSpace(Input.Reason)) Error(nameof(CloseInput.Reason), "Vui lòng nhập lý do đóng hồ sơ.");
        if (!Input.Confirm) Error(nameof(CloseInput.Confirm), "Vui lòng đánh dấu «Tôi xác nhận đóng hồ sơ vụ việc».");
        var reason = Input.Reason?.Trim() ?? "";
        return await SaveAsync(o => o.Case.Close(reason, o.Actor, Cases.Now), reason,
            L["Đã đóng hồ sơ vụ việc {0}.", Open.Case.Code], ct);
    }
}
