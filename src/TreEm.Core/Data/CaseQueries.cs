using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Cases;

namespace TreEm.Data;

public static class CaseQueries
{
    /// <summary>A case with every part its pages and forms show (split queries: the parts are separate lists).</summary>
    public static IQueryable<Case> WithEverything(this IQueryable<Case> cases) => cases
        .Include(c => c.Unit)
        .Include(c => c.Children).ThenInclude(x => x.Child)
        .Include(c => c.Steps)
        .Include(c => c.Assessments).ThenInclude(a => a.Items)
        .Include(c => c.Separations)
        .Include(c => c.Plans).ThenInclude(p => p.Tasks).ThenInclude(t => t.AssigneeAgency)
        .Include(c => c.Plans).ThenInclude(p => p.Tasks).ThenInclude(t => t.AssigneeUser)
        .Include(c => c.Referrals).ThenInclude(r => r.Agency)
        .Include(c => c.Referrals).ThenInclude(r => r.Actions)
        .AsSplitQuery();
}
