using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care;

/// <summary>
/// Alternative care at a glance: children waiting for a caregiver, current placements (those due a visit first) and
/// the links to the sub-pages.
/// </summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    public sealed record NeedRow(int Id, int ChildId, string ChildName, string UnitName, DateOnly IdentifiedOn, string Reason);
    public sealed record PlacementRow(int Id, string ChildName, string CareGiverName, string UnitName, DateOnly StartDate, DateOnly? LastVisit, bool Due);

    public List<NeedRow> Waiting { get; private set; } = [];
    public int WaitingCount { get; private set; }
    public List<PlacementRow> Placements { get; private set; } = [];
    public int PlacementCount { get; private set; }
    public int DueCount { get; private set; }
    public int PageNumber { get; private set; } = 1;
    public int Pages { get; private set; } = 1;
    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var today = Display.Today(time);
        CanWrite = CareText.CanWriteSomewhere(scope);

        var waiting = db.CareNeeds.AsNoTracking().VisibleTo(scope).Where(n => n.Status == CareNeedStatus.CanChamSoc);
        WaitingCount = await waiting.CountAsync(ct);
        Waiting = await waiting.OrderBy(n => n.IdentifiedOn).ThenBy(n => n.Id).Take(PageSize)
            .Select(n => new NeedRow(n.Id, n.ChildId, n.Child!.FullName, n.Unit!.Name, n.IdentifiedOn, n.Reason)).ToListAsync(ct);

        var open = await db.CarePlacements.AsNoTracking().VisibleTo(scope).Where(x => x.EndDate == null)
            .Select(x => new
            {
                x.Id, ChildName = x.Child!.FullName, CareGiverName = x.CareGiver!.FullName, UnitName = x.Unit!.Name, x.StartDate,
                LastVisit = x.Visits.Max(v => (DateOnly?)v.Date),
            })
            .ToListAsync(ct);
        var rows = open.Select(x => new PlacementRow(x.Id, x.ChildName, x.CareGiverName, x.UnitName, x.StartDate, x.LastVisit,
                CareRules.VisitDue(new CarePlacement { StartDate = x.StartDate }, x.LastVisit, today)))
            .OrderByDescending(x => x.Due).ThenBy(x => x.LastVisit ?? x.StartDate).ThenBy(x => x.Id).ToList();
        PlacementCount = rows.Count;
        DueCount = rows.Count(r => r.Due);
        Pages = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(p ?? 1, 1, Pages);
        Placements = rows.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
