using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Tasks;

/// <summary>"Việc cần làm": what the commune worker or chairman has to do next, most urgent first.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public TaskListQuery.Result Result { get; private set; } = new([], [], [], []);
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        // The list is for those who carry out steps or decide them; for anyone else it does not exist.
        if (!TaskListQuery.IsFor(scope)) return NotFound();
        Now = time.GetUtcNow().UtcDateTime;
        Result = await TaskListQuery.RunAsync(db, scope, Now, ct);
        return Page();
    }
}
