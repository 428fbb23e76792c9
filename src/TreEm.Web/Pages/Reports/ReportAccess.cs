using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Reports;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// What the report pages share: the report in the user's scope (404 otherwise), the user as a workflow actor (the
/// units where they write and review reports, from their role assignments) and the unit that receives a report.
/// </summary>
public static class ReportAccess
{
    /// <summary>The report with its unit, period, sections and transitions, tracked; null when out of scope.</summary>
    public static Task<Report?> FindAsync(TreEmDbContext db, UserScope scope, int id, CancellationToken ct, bool figures = false)
    {
        var q = db.Reports.VisibleTo(scope)
            .Include(r => r.Unit!).ThenInclude(u => u.Type)
            .Include(r => r.Period)
            .Include(r => r.Sections)
            .Include(r => r.Transitions)
            .AsSplitQuery();
        if (figures) q = q.Include(r => r.Figures);
        return q.FirstOrDefaultAsync(r => r.Id == id, ct);
    }

    /// <summary>The signed-in user as an actor of the workflow.</summary>
    public static async Task<ReportActor> ActorAsync(TreEmDbContext db, CurrentUser me, CancellationToken ct)
    {
        var roles = me.Id is null
            ? []
            : await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == me.Id && r.UnitId != null)
                .Select(r => new { r.Role, UnitId = r.UnitId!.Value }).ToListAsync(ct);
        var write = roles.Where(r => Capabilities.ReportWrite.Contains(r.Role)).Select(r => r.UnitId).ToHashSet();
        var review = roles.Where(r => Capabilities.ReportReview.Contains(r.Role)).Select(r => r.UnitId).ToHashSet();
        int? unitId = write.Count > 0 ? write.Min() : review.Count > 0 ? review.Min() : roles.Count > 0 ? roles.Min(r => r.UnitId) : null;
        return new ReportActor(me.UserName, unitId, write, review);
    }

    /// <summary>The actor with the unit they act from set to the one that matters for this report.</summary>
    public static ReportActor For(ReportActor actor, int unitId) =>
        actor.WriteUnitIds.Contains(unitId) || actor.ReviewUnitIds.Contains(unitId) ? actor with { UnitId = unitId } : actor;

    public static Task<OrgUnit?> ReceiverAsync(TreEmDbContext db, Report report, CancellationToken ct) =>
        ReportUnits.ReceiverOfAsync(db, report.Unit!, ct);

    /// <summary>Whether the user creates and edits periods: province officers and administrators.</summary>
    public static bool CanManagePeriods(UserScope scope) => scope.All || scope.Has(Role.ProvinceOfficer);
}
