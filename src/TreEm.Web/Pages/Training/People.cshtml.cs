using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>People of the network trained in a year (at least one session), with their sessions and hours; unit filter, sorting, paging.</summary>
public class PeopleModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public int Year { get; private set; }
    public string? Unit { get; private set; }
    public string Sort { get; private set; } = "name";
    public int PageNo { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public int Count { get; private set; }
    public decimal TotalHours { get; private set; }
    public List<TrainingFigures.PersonTrained> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? year, string? unit, string? sort, string? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Year = CoverageQuery.Year(year, time);
        string? path = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var found = await CoverageQuery.UnitAsync(db, scope, unit, ct);
            if (found is null) return NotFound();
            Unit = found.Code;
            path = found.Path;
        }
        Sort = sort is "hours_desc" or "unit" ? sort : "name";
        var all = await TrainingFigures.TrainedInYearAsync(db, scope, Year, path, ct);
        Count = all.Count;
        TotalHours = all.Sum(x => x.Hours);
        Pages = Math.Max(1, (Count + PageSize - 1) / PageSize);
        PageNo = Math.Min(int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1, Pages);
        IEnumerable<TrainingFigures.PersonTrained> ordered = Sort switch
        {
            "hours_desc" => all.OrderByDescending(x => x.Hours).ThenBy(x => x.PersonId),
            "unit" => all.OrderBy(x => x.UnitCode, StringComparer.Ordinal).ThenBy(x => x.PersonId),
            _ => all,
        };
        Rows = ordered.Skip((PageNo - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    public string Link(string? sort = null, int? page = null) =>
        $"/training/people?year={Year}{(Unit is null ? "" : "&unit=" + Uri.EscapeDataString(Unit))}&sort={sort ?? Sort}{(page is > 1 ? "&p=" + page.Value.ToString(CultureInfo.InvariantCulture) : "")}";
}
