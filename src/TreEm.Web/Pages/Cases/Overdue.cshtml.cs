using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>"Quá hạn": the supervisors' and inspectors' list of overdue steps, oldest first, filtered by district or commune.</summary>
public class OverdueModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    [FromQuery(Name = "district")] public string? District { get; set; }
    [FromQuery(Name = "commune")] public string? Commune { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public OverdueQuery.Result Result { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyList<OrgUnit> Districts { get; private set; } = [];
    public IReadOnlyList<OrgUnit> Communes { get; private set; } = [];
    public DateTime Now { get; private set; }
    public bool Filtered => !string.IsNullOrEmpty(District) || !string.IsNullOrEmpty(Commune);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!OverdueQuery.IsFor(scope)) return NotFound();
        Now = time.GetUtcNow().UtcDateTime;
        var units = OverdueQuery.ScopeOf(scope);
        OrgUnit? district = null, commune = null;
        // A unit outside the scope is treated as unknown: the filter then shows nothing rather than guessing.
        if (!string.IsNullOrEmpty(District)) district = await db.Units.FindVisibleAsync(units, District, ct);
        if (!string.IsNullOrEmpty(Commune)) commune = await db.Units.FindVisibleAsync(units, Commune, ct);
        var unknown = (!string.IsNullOrEmpty(District) && district is null) || (!string.IsNullOrEmpty(Commune) && commune is null);
        (var districts, var communes) = await OverdueQuery.FilterUnitsAsync(db, scope, district?.Path, ct);
        Districts = districts;
        Communes = communes;
        if (unknown) return Page();
        var query = new OverdueQuery { UnderPath = commune?.Path ?? district?.Path, Sort = Sort ?? "due", Page = PageNumber };
        Result = await query.RunAsync(db, scope, Now, ct);
        return Page();
    }

    public string Link(int page, string? sort = null)
    {
        var q = new List<string>();
        if (!string.IsNullOrEmpty(District)) q.Add("district=" + Uri.EscapeDataString(District));
        if (!string.IsNullOrEmpty(Commune)) q.Add("commune=" + Uri.EscapeDataString(Commune));
        var s = sort ?? Sort;
        if (!string.IsNullOrEmpty(s) && s != "due") q.Add("sort=" + Uri.EscapeDataString(s));
        if (page > 1) q.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/cases/overdue" + (q.Count == 0 ? "" : "?" + string.Join("&", q));
    }

    public string SortLink(string column) => Link(1, (Sort ?? "due") == column ? "-" + column : column);
}
