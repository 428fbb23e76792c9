using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Programmes;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>Screening and surgery programmes visible to the user, with the counts of their children in the user's scope.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public const int PageSize = 30;

    public sealed record Row(int Id, string Name, ProgrammeKind Kind, int Year, string UnitName, string? Partner, int Children, int Screened,
        int NeedSurgery, int Operated);

    public int? Year { get; private set; }
    public ProgrammeKind? Kind { get; private set; }
    public string Sort { get; private set; } = "year_desc";
    public List<Row> Rows { get; private set; } = [];
    public int Count { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year, string? kind, string? sort, int? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Year = year is >= 2000 and <= 2100 ? year : null;
        Kind = Enum.TryParse<ProgrammeKind>(kind, out var k) && Enum.IsDefined(k) ? k : null;
        Sort = sort is "year" or "name" ? sort : "year_desc";
        CanWrite = CareText.CanWriteSomewhere(scope);

        var query = db.ScreeningProgrammes.AsNoTracking().VisibleTo(scope);
        if (Year is { } y) query = query.Where(x => x.Year == y);
        if (Kind is { } kk) query = query.Where(x => x.Kind == kk);
        Count = await query.CountAsync(ct);
        Pages = Math.Max(1, (Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(p ?? 1, 1, Pages);
        var ordered = Sort switch
        {
            "year" => query.OrderBy(x => x.Year).ThenBy(x => x.Id),
            "name" => query.OrderBy(x => x.Name).ThenBy(x => x.Id),
            _ => query.OrderByDescending(x => x.Year).ThenByDescending(x => x.Id),
        };
        var programmes = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.Id, x.Name, x.Kind, x.Year, UnitName = x.Unit!.Name, x.Partner }).ToListAsync(ct);
        var ids = programmes.Select(x => x.Id).ToList();
        var counts = await db.ProgrammeChildren.AsNoTracking().VisibleTo(scope).Where(c => ids.Contains(c.ProgrammeId))
            .GroupBy(c => c.ProgrammeId)
            .Select(g => new
            {
                Id = g.Key, Children = g.Count(), Screened = g.Count(c => c.ScreenedOn != null),
                NeedSurgery = g.Count(c => c.Result == ScreeningResult.CanPhauThuat), Operated = g.Count(c => c.SurgeryDone),
            })
            .ToListAsync(ct);
        Rows = programmes.Select(x =>
        {
            var c = counts.FirstOrDefault(c => c.Id == x.Id);
            return new Row(x.Id, x.Name, x.Kind, x.Year, x.UnitName, x.Partner, c?.Children ?? 0, c?.Screened ?? 0, c?.NeedSurgery ?? 0, c?.Operated ?? 0);
        }).ToList();
        return Page();
    }

    public string Query(string? sort = null, int? page = null)
    {
        var parts = new List<string>();
        if (Year is { } y) parts.Add("year=" + y.ToString(CultureInfo.InvariantCulture));
        if (Kind is { } k) parts.Add("kind=" + k);
        var s = sort ?? Sort;
        if (s != "year_desc") parts.Add("sort=" + s);
        if (page is > 1) parts.Add("p=" + page.Value.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
