using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Pages.Users;

/// <summary>The users list: users in the viewer's scope, searched, filtered, sorted and paged.</summary>
public sealed class UserListQuery
{
    public const int PageSize = 25;

    public static readonly IReadOnlyList<string> Sorts = ["login", "-login", "name", "-name", "created", "-created"];

    public sealed record Row(string Id, string Login, string FullName, DateTime CreatedAt, bool IsDisabled, DateTimeOffset? LockoutEnd, List<RoleAt> Roles);

    public sealed record Result(List<Row> Rows, int Total, int Page, int Pages);

    public string? Search { get; init; }

    /// <summary>Materialised path of the unit filter (already checked to be in scope): its subtree.</summary>
    public string? UnitPath { get; init; }

    public Role? Role { get; init; }
    public string Sort { get; init; } = "login";
    public int Page { get; init; } = 1;

    public async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, CancellationToken ct)
    {
        var users = db.Users.AsNoTracking().VisibleTo(scope);

        var typed = Search?.Trim();
        if (!string.IsNullOrEmpty(typed))
        {
            // Logins are lower case; names are compared as typed (no diacritic folding on this column).
            var lower = typed.ToLowerInvariant();
            users = users.Where(u => u.UserName!.Contains(lower) || u.FullName.Contains(typed));
        }

        if (Role is not null || UnitPath is not null)
        {
            // The unit filter is a subtree, as a scope is: the same prefix match on the materialised path.
            var inUnit = UnitPath is null
                ? (System.Linq.Expressions.Expression<Func<RoleAssignment, bool>>)(_ => true)
                : Scoping.PathIn<RoleAssignment>(r => r.Unit == null ? "" : r.Unit.Path, new UserScope(null, [UnitPath], []));
            var role = Role;
            users = role is null
                ? users.Where(u => u.Roles.AsQueryable().Any(inUnit))
                : users.Where(u => u.Roles.AsQueryable().Where(r => r.Role == role).Any(inUnit));
        }

        var total = await users.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pages);

        users = Sort switch
        {
            "-login" => users.OrderByDescending(u => u.UserName),
            "name" => users.OrderBy(u => u.FullName).ThenBy(u => u.UserName),
            "-name" => users.OrderByDescending(u => u.FullName).ThenBy(u => u.UserName),
            "created" => users.OrderBy(u => u.CreatedAt).ThenBy(u => u.UserName),
            "-created" => users.OrderByDescending(u => u.CreatedAt).ThenBy(u => u.UserName),
            _ => users.OrderBy(u => u.UserName),
        };

        var rows = await users
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new Row(u.Id, u.UserName!, u.FullName, u.CreatedAt, u.IsDisabled, u.LockoutEnd,
                u.Roles.Select(r => new RoleAt(r.Id, r.Role,
                    r.Unit == null ? null : r.Unit.Code,
                    r.Unit == null ? null : r.Unit.Name,
                    r.Unit == null ? null : r.Unit.Path)).ToList()))
            .ToListAsync(ct);

        return new Result(rows, total, page, pages);
    }
}
