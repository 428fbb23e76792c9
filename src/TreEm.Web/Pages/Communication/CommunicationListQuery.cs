using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;

namespace TreEm.Web.Pages.Communication;

/// <summary>The communication list's filters (unit, year, channel, topic, remote, dtts, sort, p) and their query.</summary>
public sealed class CommunicationListQuery
{
    public string? Unit { get; init; }
    public int? Year { get; init; }
    public CommunicationChannel? Channel { get; init; }
    public CommunicationTopic? Topic { get; init; }
    public bool Remote { get; init; }
    public bool Dtts { get; init; }
    public string Sort { get; init; } = "date_desc";
    public int Page { get; init; } = 1;

    public static readonly string[] Sorts = ["date_desc", "date", "reach_desc", "reach"];

    public sealed record Row(int Id, DateOnly Date, string UnitName, CommunicationChannel Channel, CommunicationTopic Topic, string Title,
        int Reach, int ChildrenReached, int? Copies, bool RemoteArea, bool EthnicMinorityArea);

    public sealed record Result(List<Row> Rows, int Count, int Reach, int ChildrenReached, int Page, int Pages, string? UnitLabel);

    public static CommunicationListQuery Parse(IQueryCollection q) => new()
    {
        Unit = ActivityKit.Query(q, "unit"),
        Year = ActivityKit.Year(q),
        Channel = ActivityKit.Enum<CommunicationChannel>(q, "channel"),
        Topic = ActivityKit.Enum<CommunicationTopic>(q, "topic"),
        Remote = ActivityKit.Flag(q, "remote"),
        Dtts = ActivityKit.Flag(q, "dtts"),
        Sort = Sorts.Contains(ActivityKit.Query(q, "sort")) ? ActivityKit.Query(q, "sort")! : "date_desc",
        Page = ActivityKit.PageNumber(q),
    };

    public string QueryString(string? sort = null, int? page = null)
    {
        var s = sort ?? Sort;
        return ActivityKit.QueryString(("unit", Unit), ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("channel", Channel?.ToString()), ("topic", Topic?.ToString()), ("remote", Remote ? "1" : null), ("dtts", Dtts ? "1" : null),
            ("sort", s == "date_desc" ? null : s),
            ("p", page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, bool all, CancellationToken ct)
    {
        var query = db.CommunicationActivities.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ActivityKit.FindReadableAsync(db, scope, Unit, ct);
            if (unit is null) return null;
            unitLabel = $"{unit.Name} ({unit.Code})";
            query = query.Where(a => a.Unit!.Path.StartsWith(unit.Path));
        }
        if (Year is { } year)
        {
            var (first, last) = ActivityKit.YearRange(year);
            query = query.Where(a => a.Date >= first && a.Date <= last);
        }
        if (Channel is { } channel) query = query.Where(a => a.Channel == channel);
        if (Topic is { } topic) query = query.Where(a => a.Topic == topic);
        if (Remote) query = query.Where(a => a.RemoteArea);
        if (Dtts) query = query.Where(a => a.EthnicMinorityArea);
        var totals = await query.Select(a => new { a.Reach, a.ChildrenReached }).ToListAsync(ct);
        var (page, pages) = ActivityKit.Paging(totals.Count, Page);
        var ordered = Sort switch
        {
            "date" => query.OrderBy(a => a.Date).ThenBy(a => a.Id),
            "reach_desc" => query.OrderByDescending(a => a.Reach).ThenByDescending(a => a.Id),
            "reach" => query.OrderBy(a => a.Reach).ThenBy(a => a.Id),
            _ => query.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * ActivityKit.PageSize).Take(ActivityKit.PageSize);
        var rows = await paged.Select(a => new Row(a.Id, a.Date, a.Unit!.Name, a.Channel, a.Topic, a.Title, a.Reach, a.ChildrenReached,
            a.Copies, a.RemoteArea, a.EthnicMinorityArea)).ToListAsync(ct);
        return new Result(rows, totals.Count, totals.Sum(t => t.Reach), totals.Sum(t => t.ChildrenReached), page, pages, unitLabel);
    }
}
