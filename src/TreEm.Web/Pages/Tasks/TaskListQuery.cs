using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Security;
using TreEm.Web.Pages.Cases;

namespace TreEm.Web.Pages.Tasks;

/// <summary>
/// "Việc cần làm": the open steps with a time limit of the cases a worker handles, the steps awaiting the
/// chairman's decision, and the plan tasks assigned to the user. No narrative is read.
/// </summary>
public static class TaskListQuery
{
    /// <summary>At most this many rows a section: the list is about what to do next, not an archive.</summary>
    public const int MaxRows = 200;

    public static readonly IReadOnlySet<Role> WorkRoles = new HashSet<Role>(Capabilities.CaseWork);

    public sealed record StepRow(int CaseId, string CommuneName, CaseStepKind Kind, DateTime DueAt, DateTime? EscalatedAt)
    {
        public string CaseCode => Case.CodeOf(CaseId);
    }

    /// <summary>The model of the step table partial.</summary>
    public sealed record StepTable(IReadOnlyList<StepRow> Rows, DateTime Now, string TestId);

    public sealed record TaskRow(int CaseId, int TaskId, string CommuneName, string Title, DateOnly DueOn)
    {
        public string CaseCode => Case.CodeOf(CaseId);
    }

    public sealed record Result(IReadOnlyList<StepRow> Urgent, IReadOnlyList<StepRow> Later, IReadOnlyList<StepRow> Decisions, IReadOnlyList<TaskRow> Tasks)
    {
        public bool IsEmpty => Urgent.Count == 0 && Later.Count == 0 && Decisions.Count == 0 && Tasks.Count == 0;
    }

    /// <summary>Whether the page is for this user: they carry out steps or decide as a chairman somewhere.</summary>
    public static bool IsFor(UserScope scope) =>
        !scope.All && (scope.For(Capabilities.CaseWork).Paths.Count > 0 || scope.For(Capabilities.CaseChairman).Paths.Count > 0);

    public static async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, DateTime now, CancellationToken ct)
    {
        var work = scope.For(Capabilities.CaseWork);
        var chair = scope.For(Capabilities.CaseChairman);
        var steps = work.Paths.Count == 0 ? [] : await StepsAsync(db, work, null, ct);
        var soon = now + FollowUpText.DueSoon;
        var decisions = chair.Paths.Count == 0 ? [] : await StepsAsync(db, chair, FollowUpText.ChairmanSteps, ct);

        var userId = scope.UserId;
        var visible = db.Cases.VisibleTo(scope).Where(c => c.Status != CaseStatus.DaDong);
        var tasks = userId is null ? [] : await (
                from t in db.PlanTasks
                join p in db.InterventionPlans on t.PlanId equals p.Id
                join c in visible on t.CaseId equals c.Id
                where t.AssigneeUserId == userId && t.DoneAt == null && p.Status == PlanStatus.DaPheDuyet
                orderby t.DueOn, t.CaseId
                select new TaskRow(c.Id, t.Id, c.Unit!.Name, t.Title, t.DueOn))
            .Take(MaxRows)
            .ToListAsync(ct);

        return new Result(
            steps.Where(s => s.DueAt <= soon).ToList(),
            steps.Where(s => s.DueAt > soon).ToList(),
            decisions,
            tasks);
    }

    private static async Task<List<StepRow>> StepsAsync(TreEmDbContext db, UserScope scope, IReadOnlySet<CaseStepKind>? kinds, CancellationToken ct)
    {
        var kindList = kinds?.ToList();
        var query =
            from s in db.CaseSteps
            join c in db.Cases.VisibleTo(scope).Where(c => c.Status != CaseStatus.DaDong) on s.CaseId equals c.Id
            where s.CompletedAt == null && s.DueAt != null
            select new { c.Id, CommuneName = c.Unit!.Name, s.Kind, DueAt = s.DueAt!.Value, s.EscalatedAt };
        if (kindList is not null) query = query.Where(s => kindList.Contains(s.Kind));
        var rows = await query.OrderBy(s => s.DueAt).ThenBy(s => s.Id).Take(MaxRows).ToListAsync(ct);
        return rows.Select(r => new StepRow(r.Id, r.CommuneName, r.Kind, r.DueAt, r.EscalatedAt)).ToList();
    }
}
