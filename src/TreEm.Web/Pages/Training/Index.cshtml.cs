using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Training courses of the units in scope: year, topic and unit filters, sorting, paging, counts.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public CourseListQuery Filters { get; private set; } = new();
    public CourseListQuery.Result Result { get; private set; } = null!;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Filters = CourseListQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        CanWrite = TrainingText.CanWriteSomewhere(scope);
        return Page();
    }
}
