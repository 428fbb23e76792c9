using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Pages.Communication;

namespace TreEm.Web.Pages.Inspections;

/// <summary>The inspection list's filters (unit inspected, year, overdue, sort, p) and their query.</summary>
public sealed class InspectionListQuery
{
    public string? Unit { get; init; }
    public int? Year { get; init; }
    public bool Overdue { get; init; }
    public string Sort { get; init; } = "date_desc";
    public int Page { get; init; } = 1;

    public static readonly string[] Sorts = ["date_desc", "date", "due"];

    public sealed record Row(int Id, DateOnly Date, string UnitName, string InspectorUnitName, string Subject, DateOnly? FollowUpDue,
        DateOnly? FollowUpDoneOn, bool IsOverdue);

    public sealed record Result(List<Row> Rows, int Count, int OverdueCount, int Page, int Pages, string? UnitLabel);

    public static InspectionListQuery Parse(IQueryCollection q) => new()
    {
        Unit = ActivityKit.Query(q, "unit"),
        Year = ActivityKit.Year(q),
        Overdue = ActivityKit.Flag(q, "overdue"),
        Sort = Sorts.Contains(ActivityKit.Query(q, "sort")) ? ActivityKit.Query(q, "sort")! : "date_desc",
        Page = ActivityKit.PageNumber(q),
    };

    public string QueryString(string? sort = null, int? page = null)
    {
        var s = sort ?? Sort;
        return ActivityKit.QueryString(("unit", Unit), ("year", Year?.ToString(CultureInfo.InvariantCulture)), ("overdue", Overdue ? "1" : null),
            ("sort", s == "date_desc" ? null : s), ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, DateOnly today, bool all, CancellationToken ct)
    {
        var query = db.InspectionVisits.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ActivityKit.FindReadableAsync(db, scope, Unit, ct);
            if (unit is null) return null;
            unitLabel = $"{unit.Name} ({unit.Code})";
            query = query.Where(v => v.Unit!.Path.StartsWith(unit.Path));
        }
        if (Year is { } year)
        {
            var (first, last) = ActivityKit.YearRange(year);
            query = query.Where(v => v.Date >= first && v.Date <= last);
        }
        var overdue = query.Where(v => v.FollowUpDue != null && v.FollowUpDue < today && v.FollowUpDoneOn == null);
        var overdueCount = await overdue.CountAsync(ct);
        if (Overdue) query = overdue;
        var count = await query.CountAsync(ct);
        var (page, pages) = ActivityKit.Paging(count, Page);
        var ordered = Sort switch
        {
            "date" => query.OrderBy(v => v.Date).ThenBy(v => v.Id),
            "due" => query.OrderBy(v => v.FollowUpDoneOn != null).ThenBy(v => v.FollowUpDue == null).ThenBy(v => v.FollowUpDue).ThenBy(v => v.Id),
            _ => query.OrderByDescending(v => v.Date).ThenByDescending(v => v.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * ActivityKit.PageSize).Take(ActivityKit.PageSize);
        var rows = await paged.Select(v => new Row(v.Id, v.Date, v.Unit!.Name, v.InspectorUnit!.Name, v.Subject, v.FollowUpDue, v.FollowUpDoneOn,
            v.FollowUpDue != null && v.FollowUpDue < today && v.FollowUpDoneOn == null)).ToListAsync(ct);
        return new Result(rows, count, overdueCount, page, pages, unitLabel);
    }
}
