using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Training;
using TreEm.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>The course list's filters as they come in the query string (unit, year, topic, sort, p) and their query.</summary>
public sealed class CourseListQuery
{
    public const int PageSize = 30;

    public string? Unit { get; init; }
    public int? Year { get; init; }
    public TrainingTopics? Topic { get; init; }
    public string Sort { get; init; } = "year_desc";
    public int Page { get; init; } = 1;

    public static readonly string[] Sorts = ["year_desc", "year", "title", "unit"];

    public sealed record Row(int Id, string Title, int Year, TrainingTopics Topics, string UnitCode, string UnitName, string? FundingNote,
        int Sessions, int Participants, decimal Hours);

    public sealed record Result(List<Row> Rows, int Count, int Sessions, int Participants, int Page, int Pages, string? UnitLabel);

    public static CourseListQuery Parse(IQueryCollection q)
    {
        static string? S(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        return new CourseListQuery
        {
            Unit = S(q, "unit"),
            Year = int.TryParse(S(q, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null,
            Topic = Enum.TryParse<TrainingTopics>(S(q, "topic"), out var t) && TrainingRules.AllTopics.Contains(t) ? t : null,
            Sort = Sorts.Contains(S(q, "sort")) ? S(q, "sort")! : "year_desc",
            Page = int.TryParse(S(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    public string QueryString(string? sort = null, int? page = null)
    {
        return ListFilters.QueryString(
            ("unit", Unit),
            ("year", Year?.ToString(CultureInfo.InvariantCulture)),
            ("topic", Topic?.ToString()),
            ("sort", (sort ?? Sort) == "year_desc" ? null : sort ?? Sort),
            ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, bool all, CancellationToken ct)
    {
        var query = db.TrainingCourses.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ListFilters.UnitAsync(db, scope.For(Capabilities.ActivityRead), Unit, ct);
            if (unit is null) return null;
            unitLabel = unit.Label;
            query = query.Where(c => c.Unit!.Path.StartsWith(unit.Path));
        }
        if (Year is { } year) query = query.Where(c => c.Year == year);
        if (Topic is { } topic) query = query.Where(c => (c.Topics & topic) == topic);
        var count = await query.CountAsync(ct);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        var ordered = Sort switch
        {
            "year" => query.OrderBy(c => c.Year).ThenBy(c => c.Id),
            "title" => query.OrderBy(c => c.Title).ThenBy(c => c.Id),
            "unit" => query.OrderBy(c => c.Unit!.Path).ThenByDescending(c => c.Year).ThenBy(c => c.Id),
            _ => query.OrderByDescending(c => c.Year).ThenByDescending(c => c.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * PageSize).Take(PageSize);
        var courses = await paged.Select(c => new { c.Id, c.Title, c.Year, c.Topics, c.Unit!.Code, c.Unit.Name, c.FundingNote }).ToListAsync(ct);
        var ids = courses.Select(c => c.Id).ToList();
        var sessions = await db.TrainingSessions.AsNoTracking().Where(s => ids.Contains(s.CourseId))
            .Select(s => new { s.CourseId, s.Hours, Participants = s.Participants.Count }).ToListAsync(ct);
        var bySession = sessions.ToLookup(s => s.CourseId);
        var rows = courses.Select(c => new Row(c.Id, c.Title, c.Year, c.Topics, c.Code, c.Name, c.FundingNote,
            bySession[c.Id].Count(), bySession[c.Id].Sum(s => s.Participants), bySession[c.Id].Sum(s => s.Hours))).ToList();
        var totals = await db.TrainingSessions.AsNoTracking().Where(s => query.Select(c => c.Id).Contains(s.CourseId))
            .Select(s => s.Participants.Count).ToListAsync(ct);
        return new Result(rows, count, totals.Count, totals.Sum(), page, pages, unitLabel);
    }
}
