using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Domain.Programmes;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>Screening and surgery programmes visible to the user, with the counts of their children in the user's scope.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public const int PageSize = 30;

    public ProgrammeListQuery Filters { get; private set; } = ProgrammeListQuery.Parse(null, null, null);
    public int? Year => Filters.Year;
    public ProgrammeKind? Kind => Filters.Kind;
    public string Sort => Filters.Sort;
    public List<ProgrammeListQuery.Row> Rows { get; private set; } = [];
    public int Count { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, string? kind, string? sort, int? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = ProgrammeListQuery.Parse(year, kind, sort);
        CanWrite = CareText.CanWriteSomewhere(scope);
        var result = await Filters.RunAsync(db, scope, Math.Max(1, p ?? 1), PageSize, ct);
        (Count, PageNumber, Pages, Rows) = (result.Count, result.PageNumber, result.Pages, result.Rows);
        return Page();
    }

    public string Query(string? sort = null, int? page = null) => Filters.QueryString(sort, page);
}
