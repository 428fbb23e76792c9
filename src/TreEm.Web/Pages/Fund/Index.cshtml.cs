using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>The funds the user may read, with the balance, this year's receipts and disbursements and the target.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }
    public IReadOnlyList<FundSummary> Funds { get; private set; } = [];
    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var today = Display.Today(time);
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : today.Year;
        Funds = await FundSummary.ListAsync(db, scope, ShownYear, ct);
        CanManage = FundSummary.CanManage(scope);
        return Page();
    }
}
