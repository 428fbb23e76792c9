using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support;

/// <summary>Support records visible to the user: filters, sorting, paging, totals and the .xlsx export link.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public SupportListQuery Filters { get; private set; } = new();
    public SupportListQuery.Result Result { get; private set; } = null!;
    public List<SupportForm> Forms { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = SupportListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        Forms = await SupportForms.AllAsync(db, ct);
        var write = scope.For(Capabilities.SupportWrite);
        CanWrite = write.All || write.Paths.Count > 0;
        return Page();
    }
}
