using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Mẫu 02: the initial risk assessment, due 12 hours after the intake.</summary>
public class AssessModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public const AssessmentKind Kind = AssessmentKind.BanDau;

    public sealed class AssessInput : AssessmentInput
    {
        public bool NeedsEmergency { get; set; }
    }

    [BindProperty]
    public AssessInput Input { get; set; } = new();

    public AssessmentForms.Score? Preview { get; private set; }

    public override string Heading => "Đánh giá nguy cơ ban đầu (Mẫu 02)";
    public override CaseStep? DueStep => OpenStep(CaseStepKind.DanhGiaBanDau);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork, ct) is { } denied) return denied;
        StartForm();
        Input.Prepare(Kind);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork, ct) is { } denied) return denied;
        Input.Prepare(Kind);
        Preview = Input.Preview(Kind);
        Input.Validate(ModelState, L);
        var assessment = Input.ToAssessment();
        assessment.NeedsEmergency = Input.NeedsEmergency;
        var calendar = await Cases.CalendarAsync(ct);
        return await SaveAsync(
            o => o.Case.RecordInitialAssessment(assessment, o.Actor, Cases.Now, calendar),
            null,
            L["Đã ghi đánh giá nguy cơ ban đầu của vụ việc {0}.", Open.Case.Code],
            ct);
    }
}
