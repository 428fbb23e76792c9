using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>Officers and collaborators visible to the user: filters, search, sorting, paging and the export link.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public PeopleListQuery Filters { get; private set; } = new();
    public PeopleListQuery.Result Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = PeopleListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, Display.Today(time), all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        CanWrite = PeopleAccess.CanWriteAnywhere(scope);
        return Page();
    }
}
