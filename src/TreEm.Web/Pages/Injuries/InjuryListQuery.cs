using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Pages.Communication;

namespace TreEm.Web.Pages.Injuries;

/// <summary>The injury list's filters (unit, year, kind, outcome, sort, p), their query and the totals by kind.</summary>
public sealed class InjuryListQuery
{
    public string? Unit { get; init; }
    public int? Year { get; init; }
    public InjuryKind? Kind { get; init; }
    public InjuryOutcome? Outcome { get; init; }
    public string Sort { get; init; } = "date_desc";
    public int Page { get; init; } = 1;

    public static readonly string[] Sorts = ["date_desc", "date", "age", "age_desc"];

    public sealed record Row(int Id, DateOnly Date, string UnitName, InjuryKind Kind, InjuryOutcome Outcome, int? ChildId, Sex? Sex, int? Age,
        string? Place);

    public sealed record KindTotal(InjuryKind Kind, int Injured, int Died);

    public sealed record Result(List<Row> Rows, int Count, int Injured, int Died, List<KindTotal> ByKind, int Page, int Pages, string? UnitLabel);

    public static InjuryListQuery Parse(IQueryCollection q) => new()
    {
        Unit = ActivityKit.Query(q, "unit"),
        Year = ActivityKit.Year(q),
        Kind = ActivityKit.Enum<InjuryKind>(q, "kind"),
        Outcome = ActivityKit.Enum<InjuryOutcome>(q, "outcome"),
        Sort = Sorts.Contains(ActivityKit.Query(q, "sort")) ? ActivityKit.Query(q, "sort")! : "date_desc",
        Page = ActivityKit.PageNumber(q),
    };

    public string QueryString(string? sort = null, int? page = null)
    {
        var s = sort ?? Sort;
        return ActivityKit.QueryString(("unit", Unit), ("year", Year?.ToString(CultureInfo.InvariantCulture)), ("kind", Kind?.ToString()),
            ("outcome", Outcome?.ToString()), ("sort", s == "date_desc" ? null : s),
            ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, bool all, CancellationToken ct)
    {
        var query = db.InjuryRecords.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ActivityKit.FindReadableAsync(db, scope, Unit, ct);
            if (unit is null) return null;
            unitLabel = $"{unit.Name} ({unit.Code})";
            query = query.Where(r => r.Unit!.Path.StartsWith(unit.Path));
        }
        if (Year is { } year)
        {
            var (first, last) = ActivityKit.YearRange(year);
            query = query.Where(r => r.Date >= first && r.Date <= last);
        }
        if (Kind is { } kind) query = query.Where(r => r.Kind == kind);
        if (Outcome is { } outcome) query = query.Where(r => r.Outcome == outcome);

        var all2 = await query.Select(r => new { r.Kind, r.Outcome }).ToListAsync(ct);
        var byKind = all2.GroupBy(x => x.Kind).OrderBy(g => g.Key)
            .Select(g => new KindTotal(g.Key, g.Count(x => x.Outcome == InjuryOutcome.BiThuong), g.Count(x => x.Outcome == InjuryOutcome.TuVong)))
            .ToList();
        var (page, pages) = ActivityKit.Paging(all2.Count, Page);
        var ordered = Sort switch
        {
            "date" => query.OrderBy(r => r.Date).ThenBy(r => r.Id),
            "age" => query.OrderBy(r => r.Age).ThenBy(r => r.Id),
            "age_desc" => query.OrderByDescending(r => r.Age).ThenByDescending(r => r.Id),
            _ => query.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * ActivityKit.PageSize).Take(ActivityKit.PageSize);
        var rows = await paged.Select(r => new Row(r.Id, r.Date, r.Unit!.Name, r.Kind, r.Outcome, r.ChildId, r.Sex, r.Age, r.Place)).ToListAsync(ct);
        return new Result(rows, all2.Count, byKind.Sum(k => k.Injured), byKind.Sum(k => k.Died), byKind, page, pages, unitLabel);
    }
}
