using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Programmes;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>A programme and its children in the user's scope.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public ScreeningProgramme Programme { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public ProgrammeChildrenQuery Filters { get; private set; } = new();
    public ProgrammeChildrenQuery.Output Result { get; private set; } = null!;
    public bool CanAdd { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var programme = await db.ScreeningProgrammes.AsNoTracking().VisibleTo(scope).Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return NotFound();
        Programme = programme;
        UnitName = programme.Unit!.Name;
        Filters = ProgrammeChildrenQuery.Parse(Request.Query);
        var result = await Filters.RunAsync(db, scope, id, all: false, ct);
        if (result is null) return NotFound();
        Result = result;
        CanAdd = CareText.CanWriteSomewhere(scope);
        return Page();
    }
}
