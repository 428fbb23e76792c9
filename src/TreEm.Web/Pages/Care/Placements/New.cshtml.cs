using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.Placements;

/// <summary>
/// Places a child waiting for alternative care with a registered caregiver (<see cref="CareRules.CheckPlacement"/>):
/// the need becomes "đã bố trí".
/// </summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    public sealed class PlacementInput
    {
        public int? NeedId { get; set; }
        public int? CareGiverId { get; set; }
        public string? StartDate { get; set; }
        public string? DecisionNumber { get; set; }
    }

    public sealed record Choice(int Id, string Label);

    [BindProperty]
    public PlacementInput Input { get; set; } = new();

    public List<Choice> Needs { get; private set; } = [];
    public List<Choice> Givers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? need, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        Input.NeedId = need;
        Input.StartDate = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        var scope = await me.ScopeAsync(ct);
        var today = Display.Today(time);
        var start = Display.ParseDate(Input.StartDate);
        void Error(string field, string message) => ModelState.AddModelError(field.Length == 0 ? "" : "Input." + field, l[message]);

        var need = Input.NeedId is null ? null : await db.CareNeeds.VisibleTo(scope).Include(n => n.Child).FirstOrDefaultAsync(n => n.Id == Input.NeedId, ct);
        var giver = Input.CareGiverId is null ? null : await db.AlternativeCareGivers.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(g => g.Id == Input.CareGiverId, ct);
        if (need is null) Error(nameof(PlacementInput.NeedId), "Vui lòng chọn trẻ cần chăm sóc thay thế.");
        else if (!await CareText.CanWriteAsync(db, scope, need.UnitId, ct)) return Forbid();
        if (giver is null) Error(nameof(PlacementInput.CareGiverId), "Vui lòng chọn người nhận chăm sóc thay thế.");
        if (start is null) Error(nameof(PlacementInput.StartDate), "Vui lòng nhập ngày bắt đầu theo dạng ngày/tháng/năm.");
        if ((Input.DecisionNumber?.Length ?? 0) > 50) Error(nameof(PlacementInput.DecisionNumber), "Số quyết định dài quá 50 ký tự.");
        if (!ModelState.IsValid) return Page();

        var hasOpen = await db.CarePlacements.AnyAsync(p => p.ChildId == need!.ChildId && p.EndDate == null, ct);
        var refusals = CareRules.CheckPlacement(need, hasOpen, giver!, start!.Value, today);
        if (refusals.Count > 0)
        {
            foreach (var r in refusals) Error("", r);
            return Page();
        }
        var placement = new CarePlacement
        {
            ChildId = need!.ChildId, CareGiverId = giver!.Id, NeedId = need.Id, UnitId = need.UnitId, StartDate = start.Value,
            DecisionNumber = CareText.Clean(Input.DecisionNumber), CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.CarePlacements.Add(placement);
        need.Status = CareNeedStatus.DaBoTri;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã bố trí chăm sóc thay thế cho trẻ {0}.", need.Child!.FullName].Value;
        return Redirect("/care/placements/" + CareText.Id(placement.Id));
    }

    /// <summary>False when the user may write nowhere; else the children waiting and the caregivers of the write scope.</summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CareText.CanWriteSomewhere(scope)) return false;
        var write = scope.For(TreEm.Security.Capabilities.SupportWrite);
        Needs = (await db.CareNeeds.AsNoTracking().VisibleTo(scope).VisibleTo(write).Where(n => n.Status == CareNeedStatus.CanChamSoc)
                .OrderBy(n => n.Child!.NameSearch).Take(500).Select(n => new { n.Id, n.Child!.FullName, n.ChildId, Unit = n.Unit!.Name }).ToListAsync(ct))
            .Select(n => new Choice(n.Id, $"{n.FullName} (#{n.ChildId}, {n.Unit})")).ToList();
        Givers = (await db.AlternativeCareGivers.AsNoTracking().VisibleTo(scope).VisibleTo(write)
                .OrderBy(g => g.NameSearch).Take(500).Select(g => new { g.Id, g.FullName, Unit = g.Unit!.Name }).ToListAsync(ct))
            .Select(g => new Choice(g.Id, $"{g.FullName} ({g.Unit})")).ToList();
        return true;
    }
}
