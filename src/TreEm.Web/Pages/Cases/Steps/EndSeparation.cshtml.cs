using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>The commune chairman ends a running temporary separation, with a reason and a confirmation.</summary>
public class EndSeparationModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public sealed class EndInput
    {
        public string? Reason { get; set; }
        public bool Confirm { get; set; }
    }

    [BindProperty]
    public EndInput Input { get; set; } = new();

    public SeparationDecision Decision { get; private set; } = null!;

    public override string Heading => "Chấm dứt tạm thời cách ly";

    public override CaseStep? DueStep =>
        Open.Case.Steps.FirstOrDefault(s => s.Kind == CaseStepKind.CachLy && s.IsOpen && s.SeparationDecisionId == Decision.Id);

    public bool IsRunning => Open.Case.RunningSeparation?.Id == Decision.Id;

    public async Task<IActionResult> OnGetAsync(int id, int decisionId, CancellationToken ct)
    {
        if (await LoadDecisionAsync(id, decisionId, ct) is { } denied) return denied;
        StartForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int decisionId, CancellationToken ct)
    {
        if (await LoadDecisionAsync(id, decisionId, ct) is { } denied) return denied;
        if (string.IsNullOrWhiteSpace(Input.Reason)) Error(nameof(EndInput.Reason), "Vui lòng nhập lý do.");
        if (!Input.Confirm) Error(nameof(EndInput.Confirm), "Vui lòng đánh dấu ô xác nhận.");
        var reason = Input.Reason?.Trim() ?? "";
        return await SaveAsync(
            o => o.Case.EndSeparation(decisionId, reason, o.Actor, Cases.Now),
            reason,
            L["Đã chấm dứt quyết định tạm thời cách ly của vụ việc {0}.", Open.Case.Code],
            ct);
    }

    private async Task<IActionResult?> LoadDecisionAsync(int id, int decisionId, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.IsChairman, ct) is { } denied) return denied;
        var decision = Open.Case.Separations.FirstOrDefault(s => s.Id == decisionId && s.Kind == EmergencyMeasureKind.TamThoiCachLy);
        if (decision is null) return NotFound();
        Decision = decision;
        return null;
    }
}
