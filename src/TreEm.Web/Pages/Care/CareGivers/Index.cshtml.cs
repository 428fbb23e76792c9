using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>Registered caregivers of the user's units: search by name, kinship filter, sorting, paging.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string FullName, Kinship Kinship, string? Relation, string UnitName, DateOnly RegisteredOn, bool Eligible, bool Caring);

    public string? Q { get; private set; }
    public Kinship? Kinship { get; private set; }
    public string Sort { get; private set; } = "name";
    public List<Row> Rows { get; private set; } = [];
    public int Count { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(string? q, string? kinship, string? sort, int? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        CanWrite = CareText.CanWriteSomewhere(scope);
        Q = CareText.Clean(q);
        Kinship = Enum.TryParse<Kinship>(kinship, out var k) && Enum.IsDefined(k) ? k : null;
        Sort = sort is "registered" ? sort : "name";
        var query = db.AlternativeCareGivers.AsNoTracking().VisibleTo(scope);
        if (Q is not null)
        {
            var n = VietnameseText.Normalize(Q);
            query = query.Where(g => g.NameSearch.Contains(n));
        }
        if (Kinship is { } kk) query = query.Where(g => g.Kinship == kk);
        Count = await query.CountAsync(ct);
        Pages = Math.Max(1, (Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(p ?? 1, 1, Pages);
        var ordered = Sort == "registered" ? query.OrderByDescending(g => g.RegisteredOn).ThenBy(g => g.Id) : query.OrderBy(g => g.NameSearch).ThenBy(g => g.Id);
        var page = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(g => new { Giver = g, UnitName = g.Unit!.Name, Caring = db.CarePlacements.Any(x => x.CareGiverId == g.Id && x.EndDate == null) })
            .ToListAsync(ct);
        Rows = page.Select(x => new Row(x.Giver.Id, x.Giver.FullName, x.Giver.Kinship, x.Giver.Relation, x.UnitName, x.Giver.RegisteredOn,
            CareRules.ChecksPass(x.Giver), x.Caring)).ToList();
    }

    public string Query(string? sort = null, int? page = null)
    {
        var parts = new List<string>();
        if (Q is not null) parts.Add("q=" + Uri.EscapeDataString(Q));
        if (Kinship is { } k) parts.Add("kinship=" + k);
        if ((sort ?? Sort) != "name") parts.Add("sort=" + (sort ?? Sort));
        if (page is > 1) parts.Add("p=" + page.Value.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
