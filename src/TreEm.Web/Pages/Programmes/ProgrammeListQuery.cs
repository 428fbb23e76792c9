using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Programmes;
using TreEm.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>
/// The programmes list's filters (year, kind, sort) and its query, with the counts of each programme's children in the user's scope:
/// one page for the list, every row for the export.
/// </summary>
public sealed class ProgrammeListQuery
{
    public sealed record Row(int Id, string Name, ProgrammeKind Kind, int Year, string UnitName, string? Partner, int Children, int Screened,
        int NeedSurgery, int Operated);

    public sealed record Result(int Count, int PageNumber, int Pages, List<Row> Rows);

    public int? Year { get; private init; }
    public ProgrammeKind? Kind { get; private init; }
    public string Sort { get; private init; } = "year_desc";

    public static ProgrammeListQuery Parse(int? year, string? kind, string? sort) => new()
    {
        Year = year is >= 2000 and <= 2100 ? year : null,
        Kind = Enum.TryParse<ProgrammeKind>(kind, out var k) && Enum.IsDefined(k) ? k : null,
        Sort = sort is "year" or "name" ? sort : "year_desc",
    };

    /// <summary>The page <paramref name="page"/> of <paramref name="pageSize"/> rows, or every row when <paramref name="page"/> is null.</summary>
    public async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, int? page, int pageSize, CancellationToken ct)
    {
        var query = db.ScreeningProgrammes.AsNoTracking().VisibleTo(scope);
        if (Year is { } y) query = query.Where(x => x.Year == y);
        if (Kind is { } kk) query = query.Where(x => x.Kind == kk);
        var count = await query.CountAsync(ct);
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        var pageNumber = Math.Clamp(page ?? 1, 1, pages);
        var ordered = Sort switch
        {
            "year" => query.OrderBy(x => x.Year).ThenBy(x => x.Id),
            "name" => query.OrderBy(x => x.Name).ThenBy(x => x.Id),
            _ => query.OrderByDescending(x => x.Year).ThenByDescending(x => x.Id),
        };
        var paged = page is null ? ordered : ordered.Skip((pageNumber - 1) * pageSize).Take(pageSize);
        var programmes = await paged.Select(x => new { x.Id, x.Name, x.Kind, x.Year, UnitName = x.Unit!.Name, x.Partner }).ToListAsync(ct);
        var ids = programmes.Select(x => x.Id).ToList();
        var counts = await db.ProgrammeChildren.AsNoTracking().VisibleTo(scope).Where(c => ids.Contains(c.ProgrammeId))
            .GroupBy(c => c.ProgrammeId)
            .Select(g => new
            {
                Id = g.Key, Children = g.Count(), Screened = g.Count(c => c.ScreenedOn != null),
                NeedSurgery = g.Count(c => c.Result == ScreeningResult.CanPhauThuat), Operated = g.Count(c => c.SurgeryDone),
            })
            .ToListAsync(ct);
        var rows = programmes.Select(x =>
        {
            var c = counts.FirstOrDefault(c => c.Id == x.Id);
            return new Row(x.Id, x.Name, x.Kind, x.Year, x.UnitName, x.Partner, c?.Children ?? 0, c?.Screened ?? 0, c?.NeedSurgery ?? 0, c?.Operated ?? 0);
        }).ToList();
        return new Result(count, pageNumber, pages, rows);
    }

    public string QueryString(string? sort = null, int? page = null)
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
