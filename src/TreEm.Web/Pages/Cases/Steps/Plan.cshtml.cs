using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>Mẫu 04: the support and intervention plan with up to six tasks, submitted to the chairman.</summary>
public class PlanModel(CaseAccessor cases, IAuditActor audit, IStringLocalizer<CaseStepsResource> l, TreEmDbContext db, CurrentUser me, TimeProvider time)
    : StepPageModel(cases, audit, l)
{
    public const int MaxTasks = 6;

    public sealed class TaskRow
    {
        public string? Title { get; set; }
        public string? Assignee { get; set; }
        public string? DueOn { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Assignee) && string.IsNullOrWhiteSpace(DueOn);
    }

    public sealed class PlanInput
    {
        public string? Objectives { get; set; }
        public string? Activities { get; set; }
        public List<TaskRow> Tasks { get; set; } = [];
    }

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public List<PlanAssignees.Choice> Users { get; private set; } = [];
    public List<PlanAssignees.Choice> Agencies { get; private set; } = [];

    public override string Heading => "Kế hoạch hỗ trợ, can thiệp (Mẫu 04)";
    public override CaseStep? DueStep => OpenStep(CaseStepKind.LapKeHoach);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork, ct) is { } denied) return denied;
        await OptionsAsync(ct);
        StartForm();
        // A returned plan is the starting point of the next draft.
        if (Open.Case.Plans.Where(p => p.Status == PlanStatus.TraLai).MaxBy(p => p.Sequence) is { } returned)
        {
            Input.Objectives = returned.Objectives;
            Input.Activities = returned.Activities;
            Input.Tasks = returned.Tasks.Take(MaxTasks).Select(t => new TaskRow
            {
                Title = t.Title,
                Assignee = t.AssigneeUserId is { } u ? PlanAssignees.UserValue(u) : t.AssigneeAgencyId is { } a ? PlanAssignees.AgencyValue(a) : null,
                DueOn = Display.Date(t.DueOn),
            }).ToList();
        }
        Pad();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, o => o.CanWork, ct) is { } denied) return denied;
        await OptionsAsync(ct);
        Pad();
        var plan = Check();
        var calendar = await Cases.CalendarAsync(ct);
        return await SaveAsync(
            o => o.Case.SubmitPlan(plan, o.Actor, Cases.Now, calendar),
            null,
            L["Đã gửi kế hoạch hỗ trợ, can thiệp của vụ việc {0} để Chủ tịch UBND xã phê duyệt.", Open.Case.Code],
            ct);
    }

    /// <summary>The plan as typed (empty task rows ignored), with the form's errors added.</summary>
    private InterventionPlan Check()
    {
        if (string.IsNullOrWhiteSpace(Input.Objectives)) Error(nameof(PlanInput.Objectives), "Vui lòng nhập mục tiêu của kế hoạch.");
        var plan = new InterventionPlan { Objectives = Input.Objectives?.Trim() ?? "", Activities = Input.Activities?.Trim() ?? "" };
        var today = Display.Today(time);
        for (var i = 0; i < Input.Tasks.Count; i++)
        {
            var row = Input.Tasks[i];
            if (row.IsEmpty) continue;
            var key = $"Input.Tasks[{i}].";
            var task = new PlanTask { Title = row.Title?.Trim() ?? "" };
            if (task.Title.Length == 0) ModelState.AddModelError(key + nameof(TaskRow.Title), L["Vui lòng nhập tên hoạt động."]);
            if (Users.Exists(u => u.Value == row.Assignee)) task.AssigneeUserId = row.Assignee![2..];
            else if (Agencies.Find(a => a.Value == row.Assignee) is { } agency) task.AssigneeAgencyId = int.Parse(agency.Value[2..], System.Globalization.CultureInfo.InvariantCulture);
            else ModelState.AddModelError(key + nameof(TaskRow.Assignee), L["Vui lòng chọn người hoặc cơ quan thực hiện."]);
            if (Display.ParseDate(row.DueOn) is { } due)
            {
                if (due < today) ModelState.AddModelError(key + nameof(TaskRow.DueOn), L["Hạn thực hiện không được ở quá khứ."]);
                task.DueOn = due;
            }
            else ModelState.AddModelError(key + nameof(TaskRow.DueOn), L["Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026."]);
            plan.Tasks.Add(task);
        }
        if (plan.Tasks.Count == 0) ModelState.AddModelError("", L["Kế hoạch phải có ít nhất một hoạt động được giao."]);
        return plan;
    }

    private void Pad()
    {
        if (Input.Tasks.Count > MaxTasks) Input.Tasks = Input.Tasks.Take(MaxTasks).ToList();
        while (Input.Tasks.Count < MaxTasks) Input.Tasks.Add(new TaskRow());
    }

    private async Task OptionsAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        (Users, Agencies) = await PlanAssignees.ForAsync(db, scope, Open.Case.Unit!.Path, ct);
    }
}
