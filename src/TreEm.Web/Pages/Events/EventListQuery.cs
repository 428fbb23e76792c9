using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Activities;
using TreEm.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>
/// The events list's filters as they come in the query string (unit, year, kind, sort, p), and the query they make
/// over the events visible to the user, with the totals of children by sex.
/// </summary>
public sealed class EventListQuery
{
    public const int PageSize = 30;

    public string? Unit { get; init; }
    public int? Year { get; init; }
    public EventKind? Kind { get; init; }
    public string Sort { get; init; } = "date_desc";
    public int Page { get; init; } = 1;

    public static readonly string[] Sorts = ["date_desc", "date", "children_desc", "children", "unit"];

    public sealed record Row(int Id, EventKind Kind, string UnitCode, string UnitName, UnitTier? Tier, DateOnly StartDate, DateOnly EndDate,
        string Theme, string Venue, int ChildrenMale, int ChildrenFemale, int ChildrenEthnicMinority, int AdultsInCharge, int Volunteers,
        int Guests, int OtherAdults, bool ParentalConsentCollected, string? Results, int Files)
    {
        public int Children => ChildrenMale + ChildrenFemale;

        public List<ForumWarning> Warnings() => ForumRules.Warnings(new ChildEvent
        {
            Kind = Kind, ChildrenMale = ChildrenMale, ChildrenFemale = ChildrenFemale, AdultsInCharge = AdultsInCharge,
            Volunteers = Volunteers, Guests = Guests, ParentalConsentCollected = ParentalConsentCollected,
        }, ForumRules.LevelOf(Tier));
    }

    public sealed record Result(List<Row> Rows, int Count, int Male, int Female, int EthnicMinority, int Page, int Pages, string? UnitLabel);

    public static EventListQuery Parse(IQueryCollection q)
    {
        static string? S(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        return new EventListQuery
        {
            Unit = S(q, "unit"),
            Year = int.TryParse(S(q, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null,
            Kind = Enum.TryParse<EventKind>(S(q, "kind"), out var k) && Enum.IsDefined(k) ? k : null,
            Sort = Sorts.Contains(S(q, "sort")) ? S(q, "sort")! : "date_desc",
            Page = int.TryParse(S(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    /// <summary>The query string for these filters, with another sort or page when given.</summary>
    public string QueryString(string? sort = null, int? page = null)
    {
        return ListFilters.QueryString(
            ("unit", Unit),
            ("year", Year?.ToString(CultureInfo.InvariantCulture)),
            ("kind", Kind?.ToString()),
            ("sort", (sort ?? Sort) == "date_desc" ? null : sort ?? Sort),
            ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, bool all, CancellationToken ct)
    {
        var query = db.ChildEvents.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ListFilters.UnitAsync(db, scope.For(Capabilities.ActivityRead), Unit, ct);
            if (unit is null) return null;
            unitLabel = unit.Label;
            query = query.Where(e => e.Unit!.Path.StartsWith(unit.Path));
        }
        if (Kind is { } kind) query = query.Where(e => e.Kind == kind);
        if (Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(e => e.StartDate >= first && e.StartDate <= last);
        }

        var totals = await query.Select(e => new { e.ChildrenMale, e.ChildrenFemale, e.ChildrenEthnicMinority }).ToListAsync(ct);
        var count = totals.Count;
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        var ordered = Sort switch
        {
            "date" => query.OrderBy(e => e.StartDate).ThenBy(e => e.Id),
            "children_desc" => query.OrderByDescending(e => e.ChildrenMale + e.ChildrenFemale).ThenByDescending(e => e.Id),
            "children" => query.OrderBy(e => e.ChildrenMale + e.ChildrenFemale).ThenBy(e => e.Id),
            "unit" => query.OrderBy(e => e.Unit!.Path).ThenByDescending(e => e.StartDate).ThenBy(e => e.Id),
            _ => query.OrderByDescending(e => e.StartDate).ThenByDescending(e => e.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await paged.Select(e => new Row(e.Id, e.Kind, e.Unit!.Code, e.Unit.Name, (UnitTier?)e.Unit.Type!.Tier, e.StartDate, e.EndDate,
            e.Theme, e.Venue, e.ChildrenMale, e.ChildrenFemale, e.ChildrenEthnicMinority, e.AdultsInCharge, e.Volunteers, e.Guests,
            e.OtherAdults, e.ParentalConsentCollected, e.Results, e.Attachments.Count)).ToListAsync(ct);
        return new Result(rows, count, totals.Sum(t => t.ChildrenMale), totals.Sum(t => t.ChildrenFemale),
            totals.Sum(t => t.ChildrenEthnicMinority), page, pages, unitLabel);
    }
}
