using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>The cases of a child that the user can find (the case scoping decides, not the register's).</summary>
public static class ChildCasesQuery
{
    public sealed record Row(int Id, DateTime ReceivedAt, CaseStatus Status)
    {
        public string Code => Case.CodeOf(Id);
    }

    public static Task<List<Row>> LoadAsync(TreEmDbContext db, UserScope scope, int childId, CancellationToken ct) =>
        db.Cases.AsNoTracking().VisibleTo(scope)
            .Where(c => c.Children.Any(x => x.ChildId == childId))
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Select(c => new Row(c.Id, c.ReceivedAt, c.Status))
            .ToListAsync(ct);
}
