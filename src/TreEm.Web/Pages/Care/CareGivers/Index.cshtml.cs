using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>Registered caregivers of the user's units: search by name, kinship filter, sorting, paging.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public const int PageSize = 50;

    public CareGiverListQuery Filters { get; private set; } = CareGiverListQuery.Parse(null, null, null);
    public string? Q => Filters.Q;
    public Kinship? Kinship => Filters.Kinship;
    public string Sort => Filters.Sort;
    public List<CareGiverListQuery.Row> Rows { get; private set; } = [];
    public int Count { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(string? q, string? kinship, string? sort, int? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        CanWrite = CareText.CanWriteSomewhere(scope);
        Filters = CareGiverListQuery.Parse(q, kinship, sort);
        var result = await Filters.RunAsync(db, scope, Math.Max(1, p ?? 1), PageSize, ct);
        (Count, PageNumber, Pages, Rows) = (result.Count, result.PageNumber, result.Pages, result.Rows);
    }

    public string Query(string? sort = null, int? page = null) => Filters.QueryString(sort, page);
}
