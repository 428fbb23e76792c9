using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>
/// Mẫu 07: the commune chairman decides emergency measures or a temporary separation (at most 15 days a
/// decision); <c>?extends=</c> prefills a new decision that extends the running separation.
/// </summary>
public class EmergencyModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public sealed class EmergencyInput
    {
        public EmergencyMeasureKind? Kind { get; set; }
        public string? DecisionNumber { get; set; }
        public string? From { get; set; }
        public string? Until { get; set; }
        public string? CarePlace { get; set; }
        public string? Carer { get; set; }
        public string? Measures { get; set; }
        public string? Reason { get; set; }
        public int? ExtendsDecisionId { get; set; }
    }

    [BindProperty]
    public EmergencyInput Input { get; set; } = new();

    /// <summary>The decision this one extends, when it does.</summary>
    public SeparationDecision? Extended { get; private set; }

    public override string Heading => Input.ExtendsDecisionId is null
        ? "Quyết định can thiệp khẩn cấp / tạm thời cách ly (Mẫu 07)"
        : "Gia hạn tạm thời cách ly (Mẫu 07)";

    public override CaseStep? DueStep => Extended is { } e
        ? Open.Case.Steps.FirstOrDefault(s => s.Kind == CaseStepKind.CachLy && s.IsOpen && s.SeparationDecisionId == e.Id)
        : OpenStep(CaseStepKind.CanThiepKhanCap);

    public async Task<IActionResult> OnGetAsync(int id, int? extends, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.IsChairman, ct) is { } denied) return denied;
        StartForm();
        var now = Cases.Now;
        Input.From = Display.DateTime(now);
        Input.Until = Display.DateTime(now.AddDays(CaseDeadlines.MaxSeparationDays));
        if (extends is { } previous)
        {
            Extended = Open.Case.Separations.FirstOrDefault(s => s.Id == previous);
            if (Extended is null) return NotFound();
            Input.ExtendsDecisionId = Extended.Id;
            Input.Kind = EmergencyMeasureKind.TamThoiCachLy;
            var from = Extended.Until > now ? Extended.Until : now;
            Input.From = Display.DateTime(from);
            Input.Until = Display.DateTime(from.AddDays(CaseDeadlines.MaxSeparationDays));
            Input.CarePlace = Extended.CarePlace;
            Input.Carer = Extended.Carer;
            Input.Measures = Extended.Measures;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.IsChairman, ct) is { } denied) return denied;
        if (Input.ExtendsDecisionId is { } previous)
        {
            Extended = Open.Case.Separations.FirstOrDefault(s => s.Id == previous);
            if (Extended is null) return NotFound();
        }
        var from = StepText.ParseDateTime(Input.From);
        var until = StepText.ParseDateTime(Input.Until);
        if (Input.Kind is not { } kind || !Enum.IsDefined(kind)) Error(nameof(EmergencyInput.Kind), "Vui lòng chọn loại quyết định.");
        if (from is null) Error(nameof(EmergencyInput.From), "Thời gian không hợp lệ: nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 30/11/2026 14:30.");
        if (until is null) Error(nameof(EmergencyInput.Until), "Thời gian không hợp lệ: nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 30/11/2026 14:30.");
        if (string.IsNullOrWhiteSpace(Input.Measures)) Error(nameof(EmergencyInput.Measures), "Vui lòng ghi rõ các biện pháp được áp dụng.");
        if (Input.Kind == EmergencyMeasureKind.TamThoiCachLy && string.IsNullOrWhiteSpace(Input.CarePlace))
            Error(nameof(EmergencyInput.CarePlace), "Vui lòng ghi nơi chăm sóc tạm thời của trẻ em.");
        if (string.IsNullOrWhiteSpace(Input.Reason)) Error(nameof(EmergencyInput.Reason), "Vui lòng nhập lý do.");
        var decision = new SeparationDecision
        {
            Kind = Input.Kind ?? EmergencyMeasureKind.CanThiepKhanCap,
            DecisionNumber = Clean(Input.DecisionNumber),
            From = from ?? default,
            Until = until ?? default,
            CarePlace = Clean(Input.CarePlace),
            Carer = Clean(Input.Carer),
            Measures = Input.Measures?.Trim() ?? "",
            ExtendsDecisionId = Input.ExtendsDecisionId,
        };
        return await SaveAsync(
            o => o.Case.DecideEmergency(decision, o.Actor, Cases.Now),
            Input.Reason,
            L["Đã ghi quyết định (Mẫu 07) của vụ việc {0}.", Open.Case.Code],
            ct);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
