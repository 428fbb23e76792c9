using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>
/// The one place where a user's scope becomes a query filter. Every query of scoped data goes through
/// <c>VisibleTo</c>; what it filters out does not exist for the user (404, absent from lists).
/// </summary>
public static class Scoping
{
    public static IQueryable<OrgUnit> VisibleTo(this IQueryable<OrgUnit> units, UserScope scope) =>
        units.Where(PathIn<OrgUnit>(u => u.Path, scope));

    /// <summary>Users who hold at least one role at a unit inside the scope.</summary>
    public static IQueryable<AppUser> VisibleTo(this IQueryable<AppUser> users, UserScope scope)
    {
        if (scope.All) return users;
        var inScope = PathIn<RoleAssignment>(r => r.Unit == null ? "" : r.Unit.Path, scope);
        return users.Where(u => u.Roles.AsQueryable().Any(inScope));
    }

    /// <summary>
    /// Builds <c>x => path(x).StartsWith(p1) || path(x).StartsWith(p2) ...</c>: a prefix match on the
    /// materialised path translates to an indexable LIKE on SQLite and PostgreSQL alike.
    /// </summary>
    public static Expression<Func<T, bool>> PathIn<T>(Expression<Func<T, string>> path, UserScope scope)
    {
        if (scope.All) return _ => true;
        if (scope.Paths.Count == 0) return _ => false;
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? body = null;
        foreach (var p in scope.Paths)
        {
            // A closure keeps each prefix a query parameter rather than a literal.
            var holder = new PrefixHolder(p);
            var prefix = Expression.Property(Expression.Constant(holder), nameof(PrefixHolder.Prefix));
            var call = Expression.Call(path.Body, startsWith, prefix);
            body = body is null ? call : Expression.OrElse(body, call);
        }
        return Expression.Lambda<Func<T, bool>>(body!, path.Parameters);
    }

    /// <summary>Finds one unit by code inside the scope, or null (the caller answers 404).</summary>
    public static Task<OrgUnit?> FindVisibleAsync(this IQueryable<OrgUnit> units, UserScope scope, string code, CancellationToken ct = default) =>
        units.VisibleTo(scope).Include(u => u.Type).FirstOrDefaultAsync(u => u.Code == code, ct);

    private sealed record PrefixHolder(string Prefix);
}
