using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>The children register: the children in the user's scope, filtered, sorted and paged.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ChildListResource> l) : PageModel
{
    public ChildListRequest Filters { get; private set; } = new();
    public ChildListOptions Options { get; private set; } = new();
    public ChildListQuery.Result Result { get; private set; } = ChildListQuery.Result.Empty;
    public string? FilterError { get; private set; }
    public string? UnitName { get; private set; }
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The register part of the user's scope: rows outside it are children who moved out (read only).</summary>
    public UserScope ReadScope { get; private set; } = UserScope.Nobody;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        // A partner agency's roles do not open the register: for them it does not exist.
        if (!ChildListQuery.CanRead(scope)) return NotFound();
        ReadScope = scope.For(Capabilities.ChildRegisterRead);
        CanWrite = ChildListQuery.CanWrite(scope);
        Today = Display.Today(time);
        Filters = ChildListRequest.From(Request.Query);
        Options = await ChildListOptions.LoadAsync(db, Today, ct);

        string? unitPath = null;
        if (Filters.Unit is { } code)
        {
            var unit = await db.Units.FindVisibleAsync(ReadScope, code, ct);
            if (unit is null)
            {
                // A unit outside the scope looks exactly like a unit that does not exist.
                FilterError = l["Không tìm thấy đơn vị có mã {0}.", code];
                return Page();
            }
            unitPath = unit.Path;
            UnitName = unit.Name;
        }

        var query = new ChildListQuery { Filter = Filters.ToFilter(unitPath), Sort = Filters.Sort, Page = Filters.Page };
        Result = await query.RunAsync(db, scope, Today, ct);
        return Page();
    }

    public string Link(int page = 1, string? sort = null) => "/children" + Filters.QueryString(page, sort);

    public string ExportLink => "/children/export" + Filters.QueryString();

    /// <summary>Sorting link of a column: ascending first, then toggles.</summary>
    public string SortLink(string column) => Link(sort: Filters.Sort == column ? "-" + column : column);

    public string SortMark(string column) =>
        Filters.Sort == column ? " ▲" : Filters.Sort == "-" + column ? " ▼" : "";

    public static bool English => ChildListOptions.English;

    /// <summary>dd/MM/yyyy, or "~2015" for an estimated year, or the year alone.</summary>
    public static string Birth(ChildListQuery.Row r) =>
        r.DateOfBirth is { } d ? Display.Date(d) : r.IsBirthYearEstimated ? "~" + r.BirthYear : r.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Age(ChildListQuery.Row r)
    {
        var age = r.DateOfBirth is { } d ? ChildAge.YearsBetween(d, Today) : Today.Year - r.BirthYear;
        return (r.DateOfBirth is null && r.IsBirthYearEstimated ? "~" : "") + age.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A row the user sees only because the child moved out of their units.</summary>
    public bool MovedOut(ChildListQuery.Row r) => !ReadScope.Covers(r.UnitPath);
}
