using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.Needs;

/// <summary>
/// Takes a waiting child off the list (không còn nhu cầu: returned to the family, adopted, turned 16...), with a
/// reason and a confirmation. A placed child's need is closed by ending the placement.
/// </summary>
public class CloseModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor actor, IStringLocalizer<CareResource> l) : PageModel
{
    public sealed class CloseInput
    {
        public string? ClosedOn { get; set; }
        public string? Reason { get; set; }
        public bool Confirm { get; set; }
        public int Version { get; set; }
    }

    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public CareNeed Need { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result) return result;
        Input.ClosedOn = Display.Date(Display.Today(time));
        Input.Version = Need.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } result) return result;
        var today = Display.Today(time);
        var closed = Display.ParseDate(Input.ClosedOn);
        if (Need.Status != CareNeedStatus.CanChamSoc)
            ModelState.AddModelError("", l["Chỉ đóng được nhu cầu của trẻ đang chờ bố trí; trẻ đã bố trí thì kết thúc việc chăm sóc thay thế."]);
        if (closed is null) ModelState.AddModelError("Input.ClosedOn", l["Vui lòng nhập ngày theo dạng ngày/tháng/năm."]);
        else if (closed > today) ModelState.AddModelError("Input.ClosedOn", l["Ngày không được ở tương lai."]);
        else if (closed < Need.IdentifiedOn) ModelState.AddModelError("Input.ClosedOn", l["Ngày không được trước ngày xác định nhu cầu."]);
        if (CareText.Clean(Input.Reason) is null) ModelState.AddModelError("Input.Reason", l["Vui lòng ghi lý do."]);
        else if (Input.Reason!.Length > 1000) ModelState.AddModelError("Input.Reason", l["Lý do dài quá 1000 ký tự."]);
        if (!Input.Confirm) ModelState.AddModelError("Input.Confirm", l["Vui lòng đánh dấu xác nhận."]);
        if (!ModelState.IsValid) return Page();

        db.Entry(Need).Property(n => n.Version).OriginalValue = Input.Version;
        Need.Status = CareNeedStatus.KhongConNhuCau;
        Need.ClosedOn = closed;
        actor.Reason = Input.Reason!.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Hồ sơ vừa được người khác sửa. Hãy tải lại trang và nhập lại."]);
            return Page();
        }
        TempData["Flash"] = l["Đã đưa trẻ {0} ra khỏi danh sách cần chăm sóc thay thế.", Need.Child!.FullName].Value;
        return Redirect("/care");
    }

    /// <summary>Null when the page may go on; else 404 (outside the scope) or 403 (no write right).</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var need = await db.CareNeeds.VisibleTo(scope).Include(n => n.Child).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (need is null) return NotFound();
        if (!await CareText.CanWriteAsync(db, scope, need.UnitId, ct)) return Forbid();
        Need = need;
        return null;
    }
}
