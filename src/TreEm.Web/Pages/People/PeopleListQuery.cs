using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.People;

/// <summary>
/// The people list's filters as they come in the query string (unit, kind, date, former, q, sort, p) and the query
/// they make over the people visible to the user. By default only those working on the date (today) are listed.
/// </summary>
public sealed class PeopleListQuery
{
    public const int PageSize = 50;

    public string? Unit { get; init; }
    public PersonKind? Kind { get; init; }
    public string? Date { get; init; }
    public bool Former { get; init; }
    public string? Q { get; init; }
    public string Sort { get; init; } = "name";
    public int Page { get; init; } = 1;

    public static readonly string[] Sorts = ["name", "name_desc", "unit", "start", "start_desc"];

    public sealed record Row(int Id, string FullName, PersonKind Kind, string Position, bool FullTime, string UnitName, string UnitCode,
        string? Phone, DateOnly StartDate, DateOnly? EndDate);

    public sealed record Result(List<Row> Rows, int Count, int Page, int Pages, string? UnitLabel, DateOnly Day);

    public static PeopleListQuery Parse(IQueryCollection q)
    {
        static string? S(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        return new PeopleListQuery
        {
            Unit = S(q, "unit"),
            Kind = Enum.TryParse<PersonKind>(S(q, "kind"), out var k) && Enum.IsDefined(k) ? k : null,
            Date = S(q, "date"),
            Former = S(q, "former") is "1" or "true" or "on",
            Q = S(q, "q"),
            Sort = Sorts.Contains(S(q, "sort")) ? S(q, "sort")! : "name",
            Page = int.TryParse(S(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    public string QueryString(string? sort = null, int? page = null)
    {
        return ListFilters.QueryString(
            ("unit", Unit),
            ("kind", Kind?.ToString()),
            ("date", Date),
            ("former", Former ? "1" : null),
            ("q", Q),
            ("sort", (sort ?? Sort) == "name" ? null : sort ?? Sort),
            ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, DateOnly today, bool all, CancellationToken ct)
    {
        var query = db.People.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ListFilters.UnitAsync(db, scope.For(Capabilities.ActivityRead), Unit, ct);
            if (unit is null) return null;
            unitLabel = unit.Label;
            query = query.Where(p => p.Unit!.Path.StartsWith(unit.Path));
        }
        if (Kind is { } kind) query = query.Where(p => p.Kind == kind);
        var day = Display.ParseDate(Date) ?? today;
        // Former people are those whose work ended before the day; people who start later are never "active".
        query = Former
            ? query.Where(p => p.StartDate <= day)
            : query.Where(p => p.StartDate <= day && (p.EndDate == null || p.EndDate >= day));
        if (VietnameseText.Normalize(Q) is { Length: > 0 } needle) query = query.Where(p => p.NameSearch.Contains(needle));

        var count = await query.CountAsync(ct);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        var ordered = Sort switch
        {
            "name_desc" => query.OrderByDescending(p => p.NameSearch).ThenByDescending(p => p.Id),
            "unit" => query.OrderBy(p => p.Unit!.Path).ThenBy(p => p.NameSearch).ThenBy(p => p.Id),
            "start" => query.OrderBy(p => p.StartDate).ThenBy(p => p.Id),
            "start_desc" => query.OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id),
            _ => query.OrderBy(p => p.NameSearch).ThenBy(p => p.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await paged.Select(p => new Row(p.Id, p.FullName, p.Kind, p.Position, p.FullTime, p.Unit!.Name, p.Unit.Code, p.Phone,
            p.StartDate, p.EndDate)).ToListAsync(ct);
        return new Result(rows, count, page, pages, unitLabel, day);
    }
}
