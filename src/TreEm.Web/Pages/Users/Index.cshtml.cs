using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Users;

public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<UsersResource> l) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>Page number ("page" is taken by Razor Pages' own route value).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public UserListQuery.Result Result { get; private set; } = new([], 0, 1, 1);
    public string? UnitName { get; private set; }
    public string? FilterError { get; private set; }
    public UserScope Scope { get; private set; } = UserScope.Nobody;
    public DateTimeOffset Now { get; private set; }
    public bool IsAdministrator => me.IsAdministrator;
    public string CurrentSort => Sort is not null && UserListQuery.Sorts.Contains(Sort) ? Sort : "login";
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrWhiteSpace(Unit) || !string.IsNullOrWhiteSpace(Role);

    public List<SelectListItem> RoleOptions { get; } = UserDisplay.RoleOptions();

    public async Task OnGetAsync(CancellationToken ct)
    {
        Now = time.GetUtcNow();
        Scope = await me.ScopeAsync(ct);

        Role? role = Enum.TryParse<Role>(Role, ignoreCase: true, out var r) && Enum.IsDefined(r) ? r : null;
        string? unitPath = null;
        var code = Unit?.Trim();
        if (!string.IsNullOrEmpty(code))
        {
            var unit = await db.Units.FindVisibleAsync(Scope, code, ct);
            if (unit is null)
            {
                // A unit outside the scope looks exactly like a unit that does not exist.
                FilterError = l["Không tìm thấy đơn vị có mã {0}.", code];
                return;
            }
            unitPath = unit.Path;
            UnitName = unit.Name;
        }

        var query = new UserListQuery { Search = Q, UnitPath = unitPath, Role = role, Sort = CurrentSort, Page = P };
        Result = await query.RunAsync(db, Scope, ct);
    }

    /// <summary>This list's address with the current filters and one thing changed.</summary>
    public string Link(int? page = null, string? sort = null)
    {
        var qb = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(Q)) qb.Add("q", Q.Trim());
        if (!string.IsNullOrWhiteSpace(Unit)) qb.Add("unit", Unit.Trim());
        if (!string.IsNullOrWhiteSpace(Role)) qb.Add("role", Role);
        var s = sort ?? CurrentSort;
        if (s != "login") qb.Add("sort", s);
        var p = page ?? 1;
        if (p > 1) qb.Add("p", p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/users" + qb.ToQueryString();
    }

    /// <summary>Sorting link of a column: ascending first, then toggles.</summary>
    public string SortLink(string column) => Link(sort: CurrentSort == column ? "-" + column : column);

    public string SortMark(string column) =>
        CurrentSort == column ? " ▲" : CurrentSort == "-" + column ? " ▼" : "";
}
