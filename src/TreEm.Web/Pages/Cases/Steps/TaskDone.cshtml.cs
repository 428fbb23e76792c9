using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Records the outcome of a task of the approved plan: the case's workers, or the user it is assigned to.</summary>
public class TaskDoneModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l) : StepPageModel(cases, audit, l)
{
    public sealed class DoneInput
    {
        public string? Outcome { get; set; }
    }

    [BindProperty]
    public DoneInput Input { get; set; } = new();

    public PlanTask Assigned { get; private set; } = null!;

    public override string Heading => "Ghi kết quả hoạt động";
    public override DateOnly? DueDate => Assigned.DueOn;

    public async Task<IActionResult> OnGetAsync(int id, int taskId, CancellationToken ct)
    {
        if (await LoadTaskAsync(id, taskId, ct) is { } denied) return denied;
        StartForm();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int taskId, CancellationToken ct)
    {
        if (await LoadTaskAsync(id, taskId, ct) is { } denied) return denied;
        if (string.IsNullOrWhiteSpace(Input.Outcome)) Error(nameof(DoneInput.Outcome), "Vui lòng ghi kết quả thực hiện.");
        var outcome = Input.Outcome?.Trim() ?? "";
        return await SaveAsync(o => o.Case.CompleteTask(taskId, outcome, o.Actor, Cases.Now), null,
            L["Đã ghi kết quả hoạt động «{0}».", Assigned.Title], ct);
    }

    private async Task<IActionResult?> LoadTaskAsync(int id, int taskId, CancellationToken ct)
    {
        var task = (PlanTask?)null;
        var denied = await LoadAsync(id, o =>
        {
            task = o.Case.Plans.SelectMany(p => p.Tasks).FirstOrDefault(t => t.Id == taskId);
            return task is null || o.CanWork || (task.AssigneeUserId is not null && task.AssigneeUserId == o.Actor.UserId);
        }, ct);
        if (denied is not null) return denied;
        if (task is null) return NotFound();
        Assigned = task;
        return null;
    }
}
