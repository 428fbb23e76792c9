using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// The case list: the cases the user may find (<c>VisibleTo</c>), filtered, sorted and paged, projected into rows
/// that carry no narrative at all (a list never shows what happened, only where a case stands).
/// </summary>
public sealed class CaseListQuery
{
    public const int PageSize = 25;
    public const string DefaultSort = "-received";

    public static readonly IReadOnlyList<string> Sorts = ["-received", "received", "status", "-status", "due", "-due"];

    private const int MaxTextLength = 100;

    public string? Q { get; init; }
    public string? Unit { get; init; }
    public CaseStatus? Status { get; init; }
    public AbuseForm? Form { get; init; }
    public bool Overdue { get; init; }
    public string Sort { get; init; } = DefaultSort;
    public int Page { get; init; } = 1;

    public bool Filtered => Q is not null || Unit is not null || Status is not null || Form is not null || Overdue;

    public sealed record Row(int Id, DateTime ReceivedAt, string UnitName, CaseSource Source, AbuseForm AbuseForms,
        int Children, CaseStatus Status, CaseStepKind? NextKind, DateTime? NextDue)
    {
        public string Code => Case.CodeOf(Id);
    }

    public sealed record Result(List<Row> Rows, int Total, int Page, int Pages)
    {
        public static Result Empty { get; } = new([], 0, 1, 1);
    }

    public static CaseListQuery From(IQueryCollection query)
    {
        string? Text(string key)
        {
            var v = query[key].ToString().Trim();
            return v.Length == 0 ? null : v.Length > MaxTextLength ? v[..MaxTextLength] : v;
        }

        var sort = Text("sort");
        return new CaseListQuery
        {
            Q = Text("q"),
            Unit = Text("unit"),
            Status = Parse<CaseStatus>(Text("status")),
            Form = Parse<AbuseForm>(Text("form")) is { } f && CaseText.AbuseFormValues.Contains(f) ? f : null,
            Overdue = Text("overdue") is "1" or "true",
            Sort = sort is not null && Sorts.Contains(sort) ? sort : DefaultSort,
            Page = int.TryParse(Text("p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    private static T? Parse<T>(string? text) where T : struct, Enum =>
        text is not null && !text.All(char.IsAsciiDigit) && Enum.TryParse<T>(text, ignoreCase: true, out var v) && Enum.IsDefined(v) ? v : null;

    /// <summary>The query string of these filters with the sort and page given (defaults left out).</summary>
    public string QueryString(int page = 1, string? sort = null)
    {
        var qb = new QueryBuilder();
        if (Q is not null) qb.Add("q", Q);
        if (Unit is not null) qb.Add("unit", Unit);
        if (Status is { } s) qb.Add("status", s.ToString());
        if (Form is { } f) qb.Add("form", f.ToString());
        if (Overdue) qb.Add("overdue", "1");
        var sortBy = sort ?? Sort;
        if (sortBy != DefaultSort) qb.Add("sort", sortBy);
        if (page > 1) qb.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return qb.ToQueryString().Value ?? "";
    }

    /// <summary>Runs the query; <paramref name="unitPath"/> is the unit filter's path, already checked to be in scope.</summary>
    public async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, string? unitPath, DateTime now, CancellationToken ct)
    {
        var q = db.Cases.AsNoTracking().VisibleTo(scope);
        if (unitPath is not null) q = q.Where(c => c.Unit!.Path.StartsWith(unitPath));
        if (Status is { } status) q = q.Where(c => c.Status == status);
        if (Form is { } form) q = q.Where(c => (c.AbuseForms & form) == form);
        if (Overdue) q = q.Where(c => c.Steps.Any(s => s.CompletedAt == null && s.DueAt != null && s.DueAt < now));
        if (Q is { } text)
        {
            var id = CodeToId(text);
            q = id is { } n ? q.Where(c => c.Id == n || (c.HotlineReference != null && c.HotlineReference.Contains(text)))
                : q.Where(c => c.HotlineReference != null && c.HotlineReference.Contains(text));
        }

        var total = await q.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        var rows = await Order(q, Sort)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new
            {
                c.Id, c.ReceivedAt, UnitName = c.Unit!.Name, c.Source, c.AbuseForms, Children = c.Children.Count, c.Status,
                Next = c.Steps.Where(s => s.CompletedAt == null && s.DueAt != null)
                    .OrderBy(s => s.DueAt).Select(s => new { s.Kind, s.DueAt }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new Result(
            rows.Select(r => new Row(r.Id, r.ReceivedAt, r.UnitName, r.Source, r.AbuseForms, r.Children, r.Status,
                r.Next?.Kind, r.Next?.DueAt)).ToList(),
            total, page, pages);
    }

    /// <summary>"VV-000123", "vv123" or "123" → 123.</summary>
    public static int? CodeToId(string text)
    {
        var t = text.Trim();
        if (t.StartsWith("VV", StringComparison.OrdinalIgnoreCase)) t = t[2..].TrimStart('-', ' ');
        return t.Length is > 0 and <= 9 && t.All(char.IsAsciiDigit) ? int.Parse(t, CultureInfo.InvariantCulture) : null;
    }

    private static IQueryable<Case> Order(IQueryable<Case> q, string sort) => sort switch
    {
        "received" => q.OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id),
        "status" => q.OrderBy(c => c.Status).ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
        "-status" => q.OrderByDescending(c => c.Status).ThenByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
        "due" => q.OrderBy(c => !c.Steps.Any(s => s.CompletedAt == null && s.DueAt != null))
            .ThenBy(c => c.Steps.Where(s => s.CompletedAt == null && s.DueAt != null).Min(s => s.DueAt))
            .ThenBy(c => c.Id),
        "-due" => q.OrderBy(c => !c.Steps.Any(s => s.CompletedAt == null && s.DueAt != null))
            .ThenByDescending(c => c.Steps.Where(s => s.CompletedAt == null && s.DueAt != null).Min(s => s.DueAt))
            .ThenBy(c => c.Id),
        _ => q.OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id),
    };

    /// <summary>The units the list can be narrowed to: provinces, districts and communes in the user's case scope.</summary>
    public static async Task<List<(string Code, string Name, UnitTier Tier)>> UnitOptionsAsync(TreEmDbContext db, UserScope scope, CancellationToken ct)
    {
        var s = scope.For(Capabilities.CaseList);
        if (!s.All && s.Paths.Count == 0) return [];
        var rows = await db.Units.AsNoTracking().VisibleTo(s)
            .Where(u => u.Type!.Tier != UnitTier.Village)
            .Select(u => new { u.Code, u.Name, u.Path, u.Type!.Tier })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Path, StringComparer.Ordinal).Select(r => (r.Code, r.Name, r.Tier)).ToList();
    }
}
