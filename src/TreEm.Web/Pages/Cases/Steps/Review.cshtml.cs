using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Mẫu 06: a review of the plan: continue, a new plan, or a proposal to close the case.</summary>
public class ReviewModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public const AssessmentKind Kind = AssessmentKind.RaSoat;

    public sealed class ReviewInput : AssessmentInput
    {
        public ReviewProposal? Proposal { get; set; }
    }

    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public AssessmentForms.Score? Preview { get; private set; }

    public override string Heading => "Rà soát, đánh giá (Mẫu 06)";
    public override CaseStep? DueStep => OpenStep(CaseStepKind.RaSoat);

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
        if (Input.Proposal is not { } proposal || !Enum.IsDefined(proposal)) Error(nameof(ReviewInput.Proposal), "Vui lòng chọn đề xuất sau rà soát.");
        var review = Input.ToAssessment();
        review.Proposal = Input.Proposal;
        var calendar = await Cases.CalendarAsync(ct);
        return await SaveAsync(
            o => o.Case.RecordReview(review, o.Actor, Cases.Now, calendar),
            null,
            L["Đã ghi kết quả rà soát của vụ việc {0}.", Open.Case.Code],
            ct);
    }
}
