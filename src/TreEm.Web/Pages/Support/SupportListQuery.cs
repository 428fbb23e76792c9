using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Support;

/// <summary>
/// The support list's filters as they come in the query string (unit, form, source, level, year, from, to, sort,
/// p), and the query they make over the records visible to the user.
/// </summary>
public sealed class SupportListQuery
{
    public const int PageSize = 50;

    public string? Unit { get; init; }
    public string? Form { get; init; }
    public FundingSource? Source { get; init; }
    public ProtectionLevel? Level { get; init; }
    public int? Year { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string Sort { get; init; } = "date_desc";
    public int Page { get; init; } = 1;

    public static readonly string[] Sorts = ["date_desc", "date", "value_desc", "value", "child"];

    public sealed record Row(int Id, int ChildId, string ChildName, string UnitName, DateOnly Date, string Form, decimal ValueVnd,
        FundingSource Source, string? DonorName, string? Provider, ProtectionLevel Level, int? CampaignId);

    public sealed record Result(List<Row> Rows, int Count, int Children, decimal TotalVnd, int Page, int Pages, string? UnitLabel);

    public static SupportListQuery Parse(IQueryCollection q)
    {
        static string? S(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        return new SupportListQuery
        {
            Unit = S(q, "unit"),
            Form = S(q, "form"),
            Source = Enum.TryParse<FundingSource>(S(q, "source"), out var src) && Enum.IsDefined(src) ? src : null,
            Level = Enum.TryParse<ProtectionLevel>(S(q, "level"), out var lvl) && Enum.IsDefined(lvl) ? lvl : null,
            Year = int.TryParse(S(q, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null,
            From = S(q, "from"),
            To = S(q, "to"),
            Sort = Sorts.Contains(S(q, "sort")) ? S(q, "sort")! : "date_desc",
            Page = int.TryParse(S(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    /// <summary>The query string for these filters, with another sort or page when given.</summary>
    public string QueryString(string? sort = null, int? page = null)
    {
        return ListFilters.QueryString(
            ("unit", Unit),
            ("form", Form),
            ("source", Source?.ToString()),
            ("level", Level?.ToString()),
            ("year", Year?.ToString(CultureInfo.InvariantCulture)),
            ("from", From),
            ("to", To),
            ("sort", (sort ?? Sort) == "date_desc" ? null : sort ?? Sort),
            ("p", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null));
    }

    /// <summary>Runs the query; null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, bool all, CancellationToken ct)
    {
        var query = db.SupportRecords.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await ListFilters.UnitAsync(db, scope.For(Capabilities.ChildRegisterRead), Unit, ct);
            if (unit is null) return null;
            unitLabel = unit.Label;
            query = query.Where(r => r.Unit!.Path.StartsWith(unit.Path));
        }
        if (Form is not null) query = query.Where(r => r.FormCode == Form);
        if (Source is { } source) query = query.Where(r => r.Source == source);
        if (Level is { } level) query = query.Where(r => r.Level == level);
        if (Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            query = query.Where(r => r.Date >= first && r.Date <= last);
        }
        if (Display.ParseDate(From) is { } from) query = query.Where(r => r.Date >= from);
        if (Display.ParseDate(To) is { } to) query = query.Where(r => r.Date <= to);

        var totals = await query.Select(r => new { r.ChildId, r.ValueVnd }).ToListAsync(ct);
        var count = totals.Count;
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        var ordered = Sort switch
        {
            "date" => query.OrderBy(r => r.Date).ThenBy(r => r.Id),
            "value_desc" => query.OrderByDescending(r => (double)r.ValueVnd).ThenByDescending(r => r.Id),
            "value" => query.OrderBy(r => (double)r.ValueVnd).ThenBy(r => r.Id),
            "child" => query.OrderBy(r => r.Child!.NameSearch).ThenBy(r => r.Id),
            _ => query.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await paged.Select(r => new Row(r.Id, r.ChildId, r.Child!.FullName, r.Unit!.Name, r.Date, r.Form!.Name, r.ValueVnd,
            r.Source, r.DonorName, r.Provider, r.Level, r.CampaignId)).ToListAsync(ct);
        return new Result(rows, count, totals.Select(t => t.ChildId).Distinct().Count(), totals.Sum(t => t.ValueVnd), page, pages, unitLabel);
    }
}
