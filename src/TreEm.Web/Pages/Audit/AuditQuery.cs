using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Pages.Audit;

/// <summary>What the audit log is filtered on; every part is optional. Instants are UTC, <c>ToUtc</c> exclusive.</summary>
public sealed record AuditCriteria(
    string? UserName = null,
    string? UnitPath = null,
    string? Entity = null,
    string? Key = null,
    AuditAction? Action = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null);

/// <summary>One entry as the audit pages show it, with the name of its unit when the unit still exists.</summary>
public sealed record AuditRow(
    long Id, DateTime At, string UserName, string? UserId, int? UnitId, string? UnitCode, string? UnitName,
    string Entity, string Key, AuditAction Action, string? OldValues, string? NewValues, string? Reason);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>Reads of the audit log, for the list and the details page. The log is never written here.</summary>
public sealed class AuditQuery(TreEmDbContext db)
{
    public const int PageSize = 50;

    /// <summary>
    /// The entries a viewer may see. Administrators see every entry. Anyone else the AuditRead policy lets in
    /// (an inspector) sees:
    /// <list type="bullet">
    /// <item>the entries whose unit lies inside their scope (a unit of the subtrees where they hold a role);</item>
    /// <item>of the entries without a unit (user accounts, tokens, catalogues, start-up and command-line work):
    /// those about a user account they see (<c>AppUser</c>, keyed by the user's id) — a user outside their scope
    /// does not exist for them, not even in the log — and any other such entry made by the system itself (no user
    /// id) or by a user they see.</item>
    /// </list>
    /// An entry whose unit was deleted since has no unit left to place it: only administrators see it.
    /// </summary>
    public IQueryable<AuditEntry> VisibleTo(UserScope scope)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (scope.All) return entries;
        var units = db.Units.VisibleTo(scope).Select(u => u.Id);
        var users = db.Users.VisibleTo(scope).Select(u => u.Id);
        const string user = nameof(AppUser);
        return entries.Where(a =>
            (a.UnitId != null && units.Contains(a.UnitId.Value))
            || (a.UnitId == null && a.Entity == user && users.Contains(a.Key))
            || (a.UnitId == null && a.Entity != user && (a.UserId == null || users.Contains(a.UserId))));
    }

    public async Task<AuditPage> ListAsync(UserScope scope, AuditCriteria criteria, int pageNumber, CancellationToken ct)
    {
        var filtered = Filter(VisibleTo(scope), criteria);
        var total = await filtered.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await WithUnits(filtered).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new AuditPage(rows, total, pageNumber, pageCount);
    }

    public Task<AuditRow?> FindAsync(UserScope scope, long id, CancellationToken ct) =>
        WithUnits(VisibleTo(scope).Where(a => a.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>The entity names present in the entries the viewer sees, for the filter's select.</summary>
    public Task<List<string>> EntitiesAsync(UserScope scope, CancellationToken ct) =>
        VisibleTo(scope).Select(a => a.Entity).Distinct().OrderBy(e => e).ToListAsync(ct);

    private IQueryable<AuditEntry> Filter(IQueryable<AuditEntry> q, AuditCriteria c)
    {
        if (!string.IsNullOrEmpty(c.UserName)) q = q.Where(a => a.UserName == c.UserName);
        if (!string.IsNullOrEmpty(c.UnitPath))
        {
            // The unit and its whole subtree: a prefix match on the materialised path of the entry's unit.
            var subtree = db.Units.Where(u => u.Path.StartsWith(c.UnitPath)).Select(u => u.Id);
            q = q.Where(a => a.UnitId != null && subtree.Contains(a.UnitId.Value));
        }
        if (!string.IsNullOrEmpty(c.Entity)) q = q.Where(a => a.Entity == c.Entity);
        if (!string.IsNullOrEmpty(c.Key)) q = q.Where(a => a.Key == c.Key);
        if (c.Action is { } action) q = q.Where(a => a.Action == action);
        if (c.FromUtc is { } from) q = q.Where(a => a.At >= from);
        if (c.ToUtc is { } to) q = q.Where(a => a.At < to);
        return q;
    }

    private IQueryable<AuditRow> WithUnits(IQueryable<AuditEntry> entries) =>
        from a in entries
        join u in db.Units.AsNoTracking() on a.UnitId equals (int?)u.Id into units
        from u in units.DefaultIfEmpty()
        orderby a.At descending, a.Id descending
        select new AuditRow(a.Id, a.At, a.UserName, a.UserId, a.UnitId, u == null ? null : u.Code, u == null ? null : u.Name,
            a.Entity, a.Key, a.Action, a.OldValues, a.NewValues, a.Reason);
}
