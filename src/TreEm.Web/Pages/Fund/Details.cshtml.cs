using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>A fund's ledger for a year (filter by kind, paged, newest first) with its totals and the year's target.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public FundEntryKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNo { get; set; } = 1;

    public ChildFund Fund { get; private set; } = null!;
    public FundSummary Summary { get; private set; } = null!;
    public LedgerQuery.Result Ledger { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public bool CanManage { get; private set; }
    public int ShownYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var fund = await FundSummary.FindAsync(db, scope, id, write: false, ct);
        if (fund is null) return NotFound();
        Fund = fund;
        ShownYear = Year is >= 2000 and <= 2100 ? Year.Value : Display.Today(time).Year;
        var entries = await FundSummary.EntriesAsync(db, id, ct);
        Summary = FundSummary.Of(fund, entries, ShownYear);
        Ledger = new LedgerQuery { Year = ShownYear, Kind = Kind, Page = PageNo, Search = Q }.Run(entries);
        CanWrite = await FundSummary.FindAsync(db, scope, id, write: true, ct) is not null;
        CanManage = FundSummary.CanManage(scope);
        return Page();
    }

    public string PageUrl(int page) =>
        $"{FundText.Url(Fund.Id)}?year={ShownYear}{(Kind is { } k ? "&kind=" + k : "")}{(string.IsNullOrWhiteSpace(Q) ? "" : "&q=" + Uri.EscapeDataString(Q))}&page={page}";
}
