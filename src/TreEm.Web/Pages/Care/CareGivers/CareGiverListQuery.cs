using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Care;
using TreEm.Security;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>The caregivers list's filters (name search, kinship, sort) and its query: one page for the list, every row for the export.</summary>
public sealed class CareGiverListQuery
{
    public sealed record Row(int Id, string FullName, Kinship Kinship, string? Relation, string UnitName, DateOnly RegisteredOn,
        IReadOnlyList<string> MissingChecks, bool Caring)
    {
        public bool Eligible => MissingChecks.Count == 0;
    }

    public sealed record Result(int Count, int PageNumber, int Pages, List<Row> Rows);

    public string? Q { get; private init; }
    public Kinship? Kinship { get; private init; }
    public string Sort { get; private init; } = "name";

    public static CareGiverListQuery Parse(string? q, string? kinship, string? sort) => new()
    {
        Q = CareText.Clean(q),
        Kinship = Enum.TryParse<Kinship>(kinship, out var k) && Enum.IsDefined(k) ? k : null,
        Sort = sort is "registered" ? sort : "name",
    };

    /// <summary>The page <paramref name="page"/> of <paramref name="pageSize"/> rows, or every row when <paramref name="page"/> is null.</summary>
    public async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, int? page, int pageSize, CancellationToken ct)
    {
        var query = db.AlternativeCareGivers.AsNoTracking().VisibleTo(scope);
        if (Q is not null)
        {
            var n = VietnameseText.Normalize(Q);
            query = query.Where(g => g.NameSearch.Contains(n));
        }
        if (Kinship is { } kk) query = query.Where(g => g.Kinship == kk);
        var count = await query.CountAsync(ct);
        var pages = Math.Max(1, (count + pageSize - 1) / pageSize);
        var pageNumber = Math.Clamp(page ?? 1, 1, pages);
        var ordered = Sort == "registered" ? query.OrderByDescending(g => g.RegisteredOn).ThenBy(g => g.Id) : query.OrderBy(g => g.NameSearch).ThenBy(g => g.Id);
        var paged = page is null ? ordered : ordered.Skip((pageNumber - 1) * pageSize).Take(pageSize);
        var rows = await paged
            .Select(g => new { Giver = g, UnitName = g.Unit!.Name, Caring = db.CarePlacements.Any(x => x.CareGiverId == g.Id && x.EndDate == null) })
            .ToListAsync(ct);
        return new Result(count, pageNumber, pages, rows.Select(x => new Row(x.Giver.Id, x.Giver.FullName, x.Giver.Kinship, x.Giver.Relation,
            x.UnitName, x.Giver.RegisteredOn, CareRules.MissingChecks(x.Giver), x.Caring)).ToList());
    }

    public string QueryString(string? sort = null, int? page = null)
    {
        var parts = new List<string>();
        if (Q is not null) parts.Add("q=" + Uri.EscapeDataString(Q));
        if (Kinship is { } k) parts.Add("kinship=" + k);
        if ((sort ?? Sort) != "name") parts.Add("sort=" + (sort ?? Sort));
        if (page is > 1) parts.Add("p=" + page.Value.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
