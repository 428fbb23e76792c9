using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Plans;
using TreEm.Domain;
using TreEm.Security;

namespace TreEm.Web.Pages.Plans;

/// <summary>
/// The plans list's filters (year, unit subtree, search in number and title, sort, page) and their query over the
/// plans the user reads (their units' and those above). Plans are few (one per unit and year), so the search on the
/// title, without diacritics, runs on the rows of the year and unit chosen.
/// </summary>
public sealed class PlanListQuery
{
    public const int PageSize = 30;

    public static readonly string[] Sorts = ["year_desc", "year", "unit", "number", "issued_desc"];

    public int? Year { get; init; }
    public string? Unit { get; init; }
    public string? Search { get; init; }
    public string Sort { get; init; } = "year_desc";
    public int Page { get; init; } = 1;

    public sealed record Row(int Id, int Year, string UnitCode, string UnitName, string UnitPath, string Number, DateOnly IssuedOn,
        string Title, int Targets, bool Derived);

    public sealed record Result(List<Row> Rows, int Count, int Page, int Pages, string? UnitLabel, List<int> Years);

    public static PlanListQuery Parse(IQueryCollection q)
    {
        static string? S(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        return new PlanListQuery
        {
            Year = int.TryParse(S(q, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null,
            Unit = S(q, "unit"),
            Search = S(q, "q"),
            Sort = Sorts.Contains(S(q, "sort")) ? S(q, "sort")! : "year_desc",
            Page = int.TryParse(S(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    public string QueryString(string? sort = null, int? page = null) => ListFilters.QueryString(
        ("year", Year?.ToString(CultureInfo.InvariantCulture)),
        ("unit", Unit),
        ("q", Search),
        ("sort", (sort ?? Sort) == "year_desc" ? null : sort ?? Sort),
        ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, CancellationToken ct)
    {
        var query = PlanQueries.Readable(db, scope).AsNoTracking();
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ListFilters.UnitAsync(db, scope.For(Capabilities.ReportRead), Unit, ct);
            if (unit is null) return null;
            unitLabel = unit.Label;
            query = query.Where(p => p.Unit!.Path.StartsWith(unit.Path));
        }
        var years = await query.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        if (Year is { } year) query = query.Where(p => p.Year == year);
        var rows = await query.Select(p => new Row(p.Id, p.Year, p.Unit!.Code, p.Unit.Name, p.Unit.Path, p.Number, p.IssuedOn, p.Title,
            p.Targets.Count, p.ParentPlanId != null)).ToListAsync(ct);
        if (Search is not null)
        {
            var needle = VietnameseText.Normalize(Search);
            rows = rows.Where(r => VietnameseText.Normalize(r.Title + " " + r.Number + " " + r.UnitName).Contains(needle, StringComparison.Ordinal)).ToList();
        }
        IEnumerable<Row> ordered = Sort switch
        {
            "year" => rows.OrderBy(r => r.Year).ThenBy(r => r.UnitPath, StringComparer.Ordinal),
            "unit" => rows.OrderBy(r => r.UnitPath, StringComparer.Ordinal).ThenByDescending(r => r.Year),
            "number" => rows.OrderBy(r => r.Number, StringComparer.Ordinal).ThenBy(r => r.Id),
            "issued_desc" => rows.OrderByDescending(r => r.IssuedOn).ThenByDescending(r => r.Id),
            _ => rows.OrderByDescending(r => r.Year).ThenBy(r => r.UnitPath, StringComparer.Ordinal),
        };
        var count = rows.Count;
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        return new Result(ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList(), count, page, pages, unitLabel, years);
    }
}
