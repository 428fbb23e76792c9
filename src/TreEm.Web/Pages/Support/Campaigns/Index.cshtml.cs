using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support.Campaigns;

/// <summary>The campaigns (bulk entries) of the units the user can see, newest first.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public const int PageSize = 50;

    public List<CampaignListQuery.Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNo { get; private set; } = 1;
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var write = scope.For(Capabilities.SupportWrite);
        CanCreate = write.All || write.Paths.Count > 0;
        PageNo = Math.Max(1, p ?? 1);
        var result = await CampaignListQuery.RunAsync(db, scope, PageNo, PageSize, ct);
        Total = result.Total;
        Rows = result.Rows;
    }
}
