using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Reopens a closed case with a reason: the initial assessment is due again within 12 hours.</summary>
public class ReopenModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public sealed class ReopenInput
    {
        public string? Reason { get; set; }
    }

    [BindProperty]
    public ReopenInput Input { get; set; } = new();

    public override string Heading => "Mở lại hồ sơ vụ việc";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork || o.IsChairman, ct) is { } denied) return denied;
        StartForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork || o.IsChairman, ct) is { } denied) return denied;
        if (string.IsNullOrWhiteSpace(Input.Reason)) Error(nameof(ReopenInput.Reason), "Vui lòng nhập lý do mở lại hồ sơ.");
        var reason = Input.Reason?.Trim() ?? "";
        return await SaveAsync(o => o.Case.Reopen(reason, o.Actor, Cases.Now), reason,
            L["Đã mở lại hồ sơ vụ việc {0}. Đánh giá ban đầu cần hoàn thành trong 12 giờ.", Open.Case.Code], ct);
    }
}
