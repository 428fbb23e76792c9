using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>Steering committees and standing groups of the user's units: filters by unit and kind, sorting, paging.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public const int PageSize = 50;
    public static readonly string[] Sorts = ["unit", "name", "established", "established_desc"];

    public sealed record Row(int Id, string Name, CommitteeKind Kind, string UnitName, DateOnly EstablishedOn, string? DecisionNumber,
        int Members, int Meetings);

    public string? Unit { get; private set; }
    public CommitteeKind? Kind { get; private set; }
    public string Sort { get; private set; } = "unit";
    public List<Row> Rows { get; private set; } = [];
    public int Count { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? unit, string? kind, string? sort, int p = 1, CancellationToken ct = default)
    {
        var scope = await me.ScopeAsync(ct);
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        Kind = Enum.TryParse<CommitteeKind>(kind, out var k) && Enum.IsDefined(k) ? k : null;
        Sort = Sorts.Contains(sort) ? sort! : "unit";
        var query = db.Committees.AsNoTracking().VisibleTo(scope);
        if (Unit is not null)
        {
            var path = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityRead))
                .Where(u => u.Code == Unit).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null) return NotFound();
            query = query.Where(c => c.Unit!.Path.StartsWith(path));
        }
        if (Kind is { } kk) query = query.Where(c => c.Kind == kk);
        Count = await query.CountAsync(ct);
        Pages = Math.Max(1, (Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(p, 1, Pages);
        var ordered = Sort switch
        {
            "name" => query.OrderBy(c => c.Name).ThenBy(c => c.Id),
            "established" => query.OrderBy(c => c.EstablishedOn).ThenBy(c => c.Id),
            "established_desc" => query.OrderByDescending(c => c.EstablishedOn).ThenByDescending(c => c.Id),
            _ => query.OrderBy(c => c.Unit!.Path).ThenBy(c => c.Id),
        };
        var today = Display.Today(time);
        Rows = await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new Row(c.Id, c.Name, c.Kind, c.Unit!.Name, c.EstablishedOn, c.DecisionNumber,
                c.Members.Count(m => m.From <= today && (m.To == null || m.To >= today)), c.Meetings.Count))
            .ToListAsync(ct);
        CanWrite = PeopleAccess.CanWriteAnywhere(scope);
        return Page();
    }

    public string QueryString(string? sort = null, int? page = null)
    {
        var parts = new List<string>();
        if (Unit is not null) parts.Add("unit=" + Uri.EscapeDataString(Unit));
        if (Kind is not null) parts.Add("kind=" + Kind);
        var s = sort ?? Sort;
        if (s != "unit") parts.Add("sort=" + s);
        if (page is > 1) parts.Add("p=" + page.Value.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }
}
