using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Web.Pages.Cases;

namespace TreEm.Web.Hosting;

/// <summary>
/// Every few minutes, escalates the open steps of cases that passed their time limit: each is marked escalated to
/// the supervising unit (the district above the commune, or the province when communes hang directly under it)
/// and one notice is addressed to that unit. A step is escalated once; one save per case. Runs never overlap; a
/// failed run is logged and retried at the next one.
/// </summary>
public sealed class CaseDeadlineJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<CaseDeadlineJob> log) : RecurringJob(scopes, time, log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    public const string Reason = "Quá hạn, chuyển cấp trên theo dõi (tự động)";

    protected override string Name => "Deadline escalation";

    protected override TimeSpan NextRunIn(DateTime utcNow) => Interval;

    protected override Task<int> RunAsync(TreEmDbContext db, IAuditActor actor, DateTime now, CancellationToken ct) =>
        EscalateAsync(db, now, actor, ct);

    /// <summary>Escalates every open step past its limit that was not escalated yet.</summary>
    public static async Task<int> EscalateAsync(TreEmDbContext db, DateTime now, IAuditActor? actor, CancellationToken ct)
    {
        var caseIds = await db.CaseSteps
            .Where(s => s.CompletedAt == null && s.DueAt != null && s.DueAt < now && s.EscalatedAt == null)
            .Select(s => s.CaseId).Distinct().OrderBy(id => id)
            .ToListAsync(ct);
        var supervisors = new Dictionary<int, OrgUnit?>();
        var escalated = 0;
        foreach (var caseId in caseIds)
        {
            var c = await db.Cases.Include(x => x.Unit).Include(x => x.Steps).SingleAsync(x => x.Id == caseId, ct);
            if (!supervisors.TryGetValue(c.UnitId, out var supervisor))
                supervisors[c.UnitId] = supervisor = await SupervisorOfAsync(db, c.UnitId, ct);
            if (supervisor is null)
            {
                // A commune at the top of the tree has nobody above it: nothing to escalate to.
                db.ChangeTracker.Clear();
                continue;
            }
            foreach (var step in c.Steps.Where(s => s.IsOverdue(now) && s.EscalatedAt is null).OrderBy(s => s.DueAt))
            {
                step.EscalatedAt = now;
                step.EscalatedToUnitId = supervisor.Id;
                db.Notifications.Add(new Notification
                {
                    UnitId = supervisor.Id,
                    CaseId = c.Id,
                    CaseStepId = step.Id,
                    CreatedAt = now,
                    Title = NoticeTitle(c, step),
                });
                escalated++;
            }
            if (actor is not null) actor.Reason = Reason;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return escalated;
    }

    /// <summary>"Vụ việc VV-000123 (Xã Ia Tiêm): bước Đánh giá nguy cơ ban đầu quá hạn từ 30/11/2026 21:00".</summary>
    public static string NoticeTitle(Case c, CaseStep step) =>
        $"Vụ việc {c.Code} ({c.Unit?.Name}): bước {FollowUpText.StepVi(step.Kind)} quá hạn từ {Display.DateTime(step.DueAt)}";

    /// <summary>
    /// The unit that supervises a commune: the nearest unit above it that is not a commune or a village (a district
    /// in the 2021 tree, the province in the 2025 tree).
    /// </summary>
    public static async Task<OrgUnit?> SupervisorOfAsync(TreEmDbContext db, int unitId, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Include(u => u.Type).SingleAsync(u => u.Id == unitId, ct);
        var seen = new HashSet<int> { unit.Id };
        while (unit.ParentId is { } parentId && seen.Add(parentId))
        {
            unit = await db.Units.AsNoTracking().Include(u => u.Type).SingleAsync(u => u.Id == parentId, ct);
            if (unit.Type is { Tier: UnitTier.Province or UnitTier.District }) return unit;
        }
        return null;
    }
}
