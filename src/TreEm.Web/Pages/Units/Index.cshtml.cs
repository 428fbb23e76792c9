using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Units;

/// <summary>The units tree of the user's scope, or the units matching a search.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>"all" opens every branch of the tree (no script needed).</summary>
    [BindProperty(SupportsGet = true, Name = "open")]
    public string? Open { get; set; }

    public bool Searching => !string.IsNullOrWhiteSpace(Query);
    public bool OpenAll => Open == "all";
    public bool CanImport => me.IsAdministrator;

    public List<UnitNode> Roots { get; private set; } = [];
    public int UnitCount { get; private set; }
    public UnitSearchPage? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (Searching)
        {
            Sort = Sort == "name" ? "name" : "code";
            var q = Query!.Trim();
            Results = await UnitSearchQuery.RunAsync(db, scope, q.Length > 100 ? q[..100] : q, Sort, PageNumber, ct);
            return;
        }
        var today = DateOnly.FromDateTime(Display.ToVietnamTime(time.GetUtcNow().UtcDateTime));
        Roots = await UnitTreeQuery.LoadAsync(db, scope, today, ct);
        UnitCount = Count(Roots);
    }

    private static int Count(List<UnitNode> nodes) => nodes.Count + nodes.Sum(n => Count(n.Children));

    public string SearchUrl(int page, string? sort = null) =>
        $"/units?q={Uri.EscapeDataString(Query ?? "")}&sort={sort ?? Sort}&p={page}";
}
