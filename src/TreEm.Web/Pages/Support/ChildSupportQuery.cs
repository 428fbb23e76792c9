using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;

namespace TreEm.Web.Pages.Support;

/// <summary>The "Trợ giúp" section of a child's page: the support visible to the user, newest first, and the total.</summary>
public static class ChildSupportQuery
{
    public sealed record Row(int Id, DateOnly Date, string Form, decimal ValueVnd, string Source, string? Provider);

    public sealed record Result(List<Row> Rows, decimal Total, bool CanAdd);

    public static async Task<Result> LoadAsync(TreEmDbContext db, UserScope scope, int childId, CancellationToken ct)
    {
        var rows = await db.SupportRecords.AsNoTracking().VisibleTo(scope)
            .Where(r => r.ChildId == childId)
            .OrderByDescending(r => r.Date).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Date, Form = r.Form!.Name, r.ValueVnd, r.Source, r.DonorName, r.Provider })
            .ToListAsync(ct);
        var canAdd = await db.Children.AsNoTracking().ManagedBy(scope.For(Capabilities.SupportWrite))
            .AnyAsync(c => c.Id == childId && c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy, ct);
        return new Result(
            rows.Select(r => new Row(r.Id, r.Date, r.Form, r.ValueVnd, SupportText.SourceWithDonor(r.Source, r.DonorName), r.Provider)).ToList(),
            rows.Sum(r => r.ValueVnd),
            canAdd);
    }
}
