using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.Needs;

/// <summary>Records that a child the user manages needs alternative care (one open need per child).</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    public sealed class NeedInput
    {
        public int? ChildId { get; set; }
        public string? IdentifiedOn { get; set; }
        public string? Reason { get; set; }
        public string? ApprovedBy { get; set; }
        public string? ApprovedOn { get; set; }
    }

    [BindProperty]
    public NeedInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? child, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        Input.ChildId = child;
        Input.IdentifiedOn = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        var today = Display.Today(time);
        var identified = Display.ParseDate(Input.IdentifiedOn);
        var approved = Display.ParseDate(Input.ApprovedOn);
        void Error(string field, string message) => ModelState.AddModelError("Input." + field, l[message]);

        Child? child = null;
        if (Input.ChildId is null) Error(nameof(NeedInput.ChildId), "Vui lòng nhập mã trẻ.");
        else
        {
            child = await db.Children.AsNoTracking().ManagedBy(scope.For(Capabilities.SupportWrite))
                .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy).FirstOrDefaultAsync(c => c.Id == Input.ChildId, ct);
            if (child is null) Error(nameof(NeedInput.ChildId), "Không tìm thấy trẻ đang quản lý trong phạm vi của bạn với mã này.");
            else if (await db.CareNeeds.AnyAsync(n => n.ChildId == child.Id && n.Status != CareNeedStatus.KhongConNhuCau, ct))
                Error(nameof(NeedInput.ChildId), "Trẻ đã có trong danh sách cần chăm sóc thay thế.");
        }
        if (identified is null) Error(nameof(NeedInput.IdentifiedOn), "Vui lòng nhập ngày xác định theo dạng ngày/tháng/năm.");
        else if (identified > today) Error(nameof(NeedInput.IdentifiedOn), "Ngày xác định không được ở tương lai.");
        if (CareText.Clean(Input.Reason) is null) Error(nameof(NeedInput.Reason), "Vui lòng ghi lý do trẻ cần chăm sóc thay thế.");
        else if (Input.Reason!.Length > 1000) Error(nameof(NeedInput.Reason), "Lý do dài quá 1000 ký tự.");
        if (!string.IsNullOrWhiteSpace(Input.ApprovedOn) && approved is null)
            Error(nameof(NeedInput.ApprovedOn), "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (approved > today) Error(nameof(NeedInput.ApprovedOn), "Ngày phê duyệt không được ở tương lai.");
        if ((Input.ApprovedBy?.Length ?? 0) > 200) Error(nameof(NeedInput.ApprovedBy), "Người phê duyệt dài quá 200 ký tự.");
        if (!ModelState.IsValid) return Page();

        db.CareNeeds.Add(new CareNeed
        {
            ChildId = child!.Id, UnitId = child.UnitId, IdentifiedOn = identified!.Value, Reason = Input.Reason!.Trim(),
            ApprovedBy = CareText.Clean(Input.ApprovedBy), ApprovedOn = approved, CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi trẻ {0} vào danh sách cần chăm sóc thay thế.", child.FullName].Value;
        return Redirect("/care");
    }
}
