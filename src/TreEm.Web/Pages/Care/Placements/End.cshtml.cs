using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.Placements;

/// <summary>Ends a placement with a reason and a confirmation; the child's need waits for care again.</summary>
public class EndModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor actor, IStringLocalizer<CareResource> l) : PageModel
{
    public sealed class EndInput
    {
        public string? EndDate { get; set; }
        public string? Reason { get; set; }
        public bool NoLongerNeeded { get; set; }
        public bool Confirm { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public EndInput Input { get; set; } = new();

    public CarePlacement Placement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (placement, canWrite) = await PlacementLoader.LoadAsync(db, scope, id, track: false, ct);
        if (placement is null) return NotFound();
        if (!canWrite) return Forbid();
        Placement = placement;
        Input.EndDate = Display.Date(Display.Today(time));
        Input.Version = placement.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (placement, canWrite) = await PlacementLoader.LoadAsync(db, scope, id, track: true, ct);
        if (placement is null) return NotFound();
        if (!canWrite) return Forbid();
        Placement = placement;
        var end = Display.ParseDate(Input.EndDate);
        if (end is null) ModelState.AddModelError("Input.EndDate", l["Vui lòng nhập ngày kết thúc theo dạng ngày/tháng/năm."]);
        else if (CareRules.CheckEnd(placement, end.Value, Input.Reason, Display.Today(time)) is { } refusal)
            ModelState.AddModelError(refusal.Contains("lý do", StringComparison.Ordinal) ? "Input.Reason" : "Input.EndDate", l[refusal]);
        if ((Input.Reason?.Length ?? 0) > 1000) ModelState.AddModelError("Input.Reason", l["Lý do dài quá 1000 ký tự."]);
        if (!Input.Confirm) ModelState.AddModelError("Input.Confirm", l["Vui lòng đánh dấu xác nhận kết thúc."]);
        if (!ModelState.IsValid) return Page();

        db.Entry(placement).Property(p => p.Version).OriginalValue = Input.Version;
        placement.EndDate = end;
        placement.EndReason = Input.Reason!.Trim();
        if (placement.Need is { } need)
        {
            need.Status = Input.NoLongerNeeded ? CareNeedStatus.KhongConNhuCau : CareNeedStatus.CanChamSoc;
            if (Input.NoLongerNeeded) need.ClosedOn = end;
        }
        actor.Reason = placement.EndReason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Hồ sơ vừa được người khác sửa. Hãy tải lại trang và nhập lại."]);
            return Page();
        }
        TempData["Flash"] = l["Đã kết thúc chăm sóc thay thế của trẻ {0}.", placement.Child!.FullName].Value;
        return Redirect("/care/placements/" + CareText.Id(id));
    }
}
