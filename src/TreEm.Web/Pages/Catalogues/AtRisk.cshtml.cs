using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Catalogues;

/// <summary>The administrator's list of at-risk situations, active and retired, with how many children are in each now.</summary>
[Authorize(Policy = Policies.Administrator)]
public class AtRiskModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public const int PageSize = 25;
    public static readonly IReadOnlyList<string> Sorts = ["order", "code", "-code", "name", "-name"];

    public sealed record Row(AtRiskSituation Situation, int Children);

    private static readonly StringComparer NameOrder = StringComparer.Create(WebServices.Vietnamese, ignoreCase: true);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"active", "inactive" or empty for all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int P { get; set; } = 1;

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages { get; private set; } = 1;
    public int CurrentPage { get; private set; } = 1;
    public string CurrentSort => Sort is not null && Sorts.Contains(Sort) ? Sort : "order";
    public bool Filtered => !string.IsNullOrWhiteSpace(Q) || Status is "active" or "inactive";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var today = Display.Today(time);
        // The catalogue is small (a few dozen entries): filtered and sorted in memory, with diacritics ignored.
        var all = await db.AtRiskSituations.AsNoTracking().ToListAsync(ct);
        var uses = await db.Children.VisibleTo(scope).Where(c => c.MergedIntoId == null)
            .SelectMany(c => c.Classifications)
            .Where(x => x.Kind == ClassificationKind.AtRisk && x.StartDate <= today && (x.EndDate == null || x.EndDate > today))
            .GroupBy(x => x.AtRiskCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Code ?? "", x => x.Count, ct);

        IEnumerable<AtRiskSituation> rows = all;
        var q = VietnameseText.Normalize(Q);
        if (q.Length > 0)
            rows = rows.Where(a => VietnameseText.Normalize(a.Code).Contains(q, StringComparison.Ordinal)
                || VietnameseText.Normalize(a.Name).Contains(q, StringComparison.Ordinal)
                || VietnameseText.Normalize(a.NameEn).Contains(q, StringComparison.Ordinal));
        if (Status == "active") rows = rows.Where(a => a.IsActive);
        if (Status == "inactive") rows = rows.Where(a => !a.IsActive);
        rows = CurrentSort switch
        {
            "code" => rows.OrderBy(a => a.Code, StringComparer.Ordinal),
            "-code" => rows.OrderByDescending(a => a.Code, StringComparer.Ordinal),
            "name" => rows.OrderBy(a => AtRiskCatalogue.Name(a), NameOrder),
            "-name" => rows.OrderByDescending(a => AtRiskCatalogue.Name(a), NameOrder),
            _ => rows.OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal),
        };
        var list = rows.ToList();
        Total = list.Count;
        Pages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        CurrentPage = Math.Clamp(P, 1, Pages);
        Rows = list.Skip((CurrentPage - 1) * PageSize).Take(PageSize).Select(a => new Row(a, uses.GetValueOrDefault(a.Code))).ToList();
    }

    public string Link(int? page = null, string? sort = null)
    {
        var qb = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(Q)) qb.Add("q", Q.Trim());
        if (Status is "active" or "inactive") qb.Add("status", Status);
        var s = sort ?? CurrentSort;
        if (s != "order") qb.Add("sort", s);
        var p = page ?? 1;
        if (p > 1) qb.Add("p", p.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return AtRiskCatalogue.ListUrl + qb.ToQueryString();
    }

    public string SortLink(string column) => Link(sort: CurrentSort == column ? "-" + column : column);

    public string SortMark(string column) => CurrentSort == column ? " ▲" : CurrentSort == "-" + column ? " ▼" : "";
}
