using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Referrals;

/// <summary>A partner agency's list of the cases referred to it.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    [FromQuery(Name = "status")] public ReferralStatus? Status { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public ReferralQueries.Result Result { get; private set; } = new([], Array.Empty<ReferralQueries.ChildRow>().ToLookup(c => c.CaseId), 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (ReferralQueries.AgencyOf(scope) is not { } agency) return NotFound();
        Result = await ReferralQueries.ListAsync(db, scope, agency, Status, PageNumber, ct);
        return Page();
    }

    public string Link(int page) =>
        "/referrals" + (Status is { } s ? "?status=" + s + (page > 1 ? "&page=" + page : "") : page > 1 ? "?page=" + page : "");
}
