using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Pages.Notifications;

/// <summary>The notices addressed to the units a supervisor holds a role at.</summary>
public static class NotificationQueries
{
    public const int PageSize = 50;

    /// <summary>Whether the user receives notices (a supervising role, or an administrator).</summary>
    public static bool IsFor(UserScope scope) => scope.All || scope.For(Scoping.NoticeRoles).Paths.Count > 0;

    public static Task<int> UnreadCountAsync(TreEmDbContext db, UserScope scope, CancellationToken ct) =>
        IsFor(scope) ? db.Notifications.AddressedTo(scope).CountAsync(n => n.ReadAt == null, ct) : Task.FromResult(0);

    public sealed record Row(int Id, int? CaseId, string UnitName, string Title, DateTime CreatedAt, DateTime? ReadAt);

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Unread, int Page, int Pages);

    public static async Task<Result> ListAsync(TreEmDbContext db, UserScope scope, bool unreadOnly, int page, CancellationToken ct)
    {
        var all = db.Notifications.AddressedTo(scope);
        var unread = await all.CountAsync(n => n.ReadAt == null, ct);
        var query = unreadOnly ? all.Where(n => n.ReadAt == null) : all;
        var total = await query.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(n => new Row(n.Id, n.CaseId, n.Unit!.Name, n.Title, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new Result(rows, total, unread, page, pages);
    }

    /// <summary>One notice the user receives, tracked for marking it read; null when it is not theirs (404).</summary>
    public static Task<Notification?> FindAsync(TreEmDbContext db, UserScope scope, int id, CancellationToken ct) =>
        db.Notifications.AddressedTo(scope).FirstOrDefaultAsync(n => n.Id == id, ct);
}
