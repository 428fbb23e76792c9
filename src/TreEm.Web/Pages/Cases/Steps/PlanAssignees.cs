using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Pages.Cases.Steps;

/// <summary>
/// Who may be given a task of a case's plan: the users the signed-in user can see who work on the case's unit
/// (a commune worker or chairman there, or a district officer above it), and the active partner agencies serving
/// the unit (the agency's unit is the case's unit or one above it).
/// </summary>
public static class PlanAssignees
{
    public sealed record Choice(string Value, string Label);

    public static readonly IReadOnlySet<Role> WorkingRoles = new HashSet<Role> { Role.CommuneWorker, Role.CommuneChairman, Role.DistrictOfficer };

    public static string UserValue(string userId) => "u:" + userId;

    public static string AgencyValue(int agencyId) => "a:" + agencyId.ToString(CultureInfo.InvariantCulture);

    public static async Task<(List<Choice> Users, List<Choice> Agencies)> ForAsync(TreEmDbContext db, UserScope scope, string unitPath, CancellationToken ct)
    {
        var above = StepText.AncestorPaths(unitPath).ToList();
        var roles = WorkingRoles.ToList();
        var users = await db.Users.AsNoTracking().VisibleTo(scope)
            .Where(u => !u.IsDisabled && u.Roles.Any(r => roles.Contains(r.Role) && r.Unit != null && above.Contains(r.Unit.Path)))
            .Select(u => new { u.Id, u.FullName, u.UserName })
            .ToListAsync(ct);
        var agencies = await db.PartnerAgencies.AsNoTracking()
            .Where(a => a.IsActive && above.Contains(a.Unit!.Path))
            .Select(a => new { a.Id, a.Name })
            .ToListAsync(ct);
        var vi = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        return (
            users.OrderBy(u => u.FullName, vi).Select(u => new Choice(UserValue(u.Id), $"{u.FullName} ({u.UserName})")).ToList(),
            agencies.OrderBy(a => a.Name, vi).Select(a => new Choice(AgencyValue(a.Id), a.Name)).ToList());
    }
}
