using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>
/// Which units below a unit held each kind of event in a year: for the province, its districts; for a district, its
/// communes. The plan counts "every district holds the Action Month, the Mid-Autumn festival and the forum".
/// </summary>
public class CoverageModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public sealed record Line(string Code, string Name, IReadOnlyDictionary<EventKind, int> Held);

    public int Year { get; private set; }
    public EventKind? Kind { get; private set; }
    public IReadOnlyList<EventKind> Kinds { get; private set; } = [];
    public string UnitCode { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public List<Line> Lines { get; private set; } = [];
    public Dictionary<EventKind, int> OwnEvents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, EventKind? kind, string? unit, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var read = scope.For(Capabilities.ActivityRead);
        Year = year is >= 2000 and <= 2100 ? year.Value : Display.Today(time).Year;
        Kind = kind is { } k && Enum.IsDefined(k) ? k : null;
        Kinds = Kind is { } only ? [only] : EventText.PlanKinds;
        var units = db.Units.AsNoTracking().VisibleTo(read);
        var top = string.IsNullOrWhiteSpace(unit)
            ? await units.OrderBy(u => u.Path.Length).ThenBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name, u.Path }).FirstOrDefaultAsync(ct)
            : await units.Where(u => u.Code == unit.Trim()).Select(u => new { u.Id, u.Code, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (top is null) return NotFound();
        (UnitCode, UnitName) = (top.Code, top.Name);

        var below = await db.Units.AsNoTracking().Where(u => u.ParentId == top.Id && u.ValidTo == null).OrderBy(u => u.Code)
            .Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);
        var first = new DateOnly(Year, 1, 1);
        var last = new DateOnly(Year, 12, 31);
        var kinds = Kinds.ToList();
        var topPath = top.Path;
        // A year of one unit's events is small: the kinds are picked in memory.
        var events = (await db.ChildEvents.AsNoTracking().VisibleTo(scope)
            .Where(e => e.Unit!.Path.StartsWith(topPath) && e.StartDate >= first && e.StartDate <= last)
            .Select(e => new { e.Kind, e.Unit!.Path }).ToListAsync(ct)).Where(e => kinds.Contains(e.Kind)).ToList();
        Lines = below.Select(u => new Line(u.Code, u.Name, kinds.ToDictionary(
            k => k, k => events.Count(e => e.Kind == k && e.Path.StartsWith(u.Path, StringComparison.Ordinal))))).ToList();
        OwnEvents = kinds.ToDictionary(k => k, k => events.Count(e => e.Kind == k && e.Path == topPath));
        return Page();
    }

    public int HeldCount(EventKind kind) => Lines.Count(l => l.Held[kind] > 0);
}
