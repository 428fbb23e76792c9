using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Training coverage of a unit's network in a year: per child unit, officers and collaborators trained; the untrained officers.</summary>
public class CoverageModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public TrainingFigures.Coverage Coverage { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? unit, string? year, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var found = await CoverageQuery.UnitAsync(db, scope, unit, ct);
        if (found is null) return NotFound();
        Coverage = await TrainingFigures.CoverageAsync(db, scope, found, CoverageQuery.Year(year, time), ct);
        return Page();
    }
}
