using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>The cases the user may find, newest first: where each stands and what is due next; never what happened.</summary>
[ReadOnlyPage]
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public CaseListQuery Filters { get; private set; } = new();
    public CaseListQuery.Result Result { get; private set; } = CaseListQuery.Result.Empty;
    public List<(string Code, string Name, UnitTier Tier)> Units { get; private set; } = [];
    public bool CanIntake { get; private set; }
    public bool UnitNotFound { get; private set; }
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Now = time.GetUtcNow().UtcDateTime;
        CanIntake = CaseIntakeForm.CanIntake(scope);
        Filters = CaseListQuery.From(Request.Query);
        Units = await CaseListQuery.UnitOptionsAsync(db, scope, ct);

        string? unitPath = null;
        if (Filters.Unit is { } code)
        {
            var unit = await db.Units.FindVisibleAsync(scope.For(Capabilities.CaseList), code, ct);
            if (unit is null || (!scope.All && scope.For(Capabilities.CaseList).Paths.Count == 0))
            {
                UnitNotFound = true;
                return Page();
            }
            unitPath = unit.Path;
        }
        Result = await Filters.RunAsync(db, scope, unitPath, Now, ct);
        return Page();
    }

    public string Link(int page = 1, string? sort = null) => "/cases" + Filters.QueryString(page, sort);

    /// <summary>Sorting link of a column: toggles between the two directions.</summary>
    public string SortLink(string column, bool descendingFirst = false)
    {
        var first = descendingFirst ? "-" + column : column;
        var second = descendingFirst ? column : "-" + column;
        return Link(sort: Filters.Sort == first ? second : first);
    }

    public string SortMark(string column) =>
        Filters.Sort == column ? " ▲" : Filters.Sort == "-" + column ? " ▼" : "";
}
