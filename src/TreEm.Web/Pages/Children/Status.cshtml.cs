using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// Changes a child's status: đang quản lý, chuyển đi (to a commune or village of the province, which then manages
/// the child, or to a place outside the province), đủ 16 tuổi, tử vong. Every change is kept as history.
/// </summary>
public class StatusModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor actor, IStringLocalizer<ChildrenResource> l) : PageModel
{
    public sealed class StatusInput
    {
        public ChildStatus? Status { get; set; }

        /// <summary>For "chuyển đi": the receiving commune or village of the province.</summary>
        public string? ToUnitCode { get; set; }

        /// <summary>For "chuyển đi" out of the province: where to, in words.</summary>
        public string? Destination { get; set; }

        public string? On { get; set; }
        public string? Reason { get; set; }
        public bool Confirm { get; set; }
    }

    [BindProperty]
    public StatusInput Input { get; set; } = new();

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public ChildStatus CurrentStatus { get; private set; }
    public string CurrentPlace { get; private set; } = "";
    public List<SelectListItem> UnitOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var child = await LoadAsync(id, ct);
        if (child is null) return NotFound();
        if (child.MergedIntoId is not null) return MergedAway(id);
        Input.On = Display.Date(Display.Today(time));
        await OptionsAsync(child, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var child = await LoadAsync(id, ct);
        if (child is null) return NotFound();
        if (child.MergedIntoId is not null) return MergedAway(id);
        await OptionsAsync(child, ct);

        var today = Display.Today(time);
        var on = Display.ParseDate(Input.On);
        var reason = Input.Reason?.Trim() ?? "";
        var destination = Input.Destination?.Trim() ?? "";
        if (Input.Status is null) Error(nameof(StatusInput.Status), "Vui lòng chọn trạng thái mới.");
        if (string.IsNullOrWhiteSpace(Input.On)) Error(nameof(StatusInput.On), "Vui lòng nhập ngày.");
        else if (on is null) Error(nameof(StatusInput.On), "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (on > today) Error(nameof(StatusInput.On), "Ngày không được ở tương lai.");
        else if (child.DateOfBirth is { } dob && on < dob) Error(nameof(StatusInput.On), "Ngày thay đổi không được trước ngày sinh của trẻ.");
        if (reason.Length == 0) Error(nameof(StatusInput.Reason), "Vui lòng nhập lý do.");
        else if (reason.Length > 300) Error(nameof(StatusInput.Reason), "Lý do dài quá 300 ký tự.");
        int? toUnitId = null;
        if (Input.Status == ChildStatus.ChuyenDi)
        {
            var hasUnit = !string.IsNullOrWhiteSpace(Input.ToUnitCode);
            if (hasUnit && destination.Length > 0)
                Error(nameof(StatusInput.Destination), "Chọn đơn vị trong tỉnh hoặc ghi nơi chuyển đến ngoài tỉnh, không chọn cả hai.");
            else if (!hasUnit && destination.Length == 0)
                Error(nameof(StatusInput.ToUnitCode), "Cần chọn đơn vị chuyển đến, hoặc ghi rõ nơi chuyển đến nếu ngoài tỉnh.");
            else if (hasUnit && !UnitOptions.Exists(o => o.Value == Input.ToUnitCode))
                Error(nameof(StatusInput.ToUnitCode), "Đơn vị chuyển đến không thuộc tỉnh hoặc không còn hiệu lực.");
            else if (hasUnit)
                toUnitId = await db.Units.Where(u => u.Code == Input.ToUnitCode).Select(u => u.Id).SingleAsync(ct);
            if (destination.Length > 150) Error(nameof(StatusInput.Destination), "Nơi chuyển đến dài quá 150 ký tự.");
        }
        if (!Input.Confirm) Error(nameof(StatusInput.Confirm), "Vui lòng đánh dấu xác nhận trước khi ghi.");
        if (!ModelState.IsValid) return Page();

        var now = time.GetUtcNow().UtcDateTime;
        // Out of the province the place is kept in the history row, in words.
        var recorded = Input.Status == ChildStatus.ChuyenDi && toUnitId is null
            ? string.Concat("Nơi chuyển đến: ", destination, ". ", reason)
            : reason;
        try
        {
            ChildRules.ChangeStatus(child, Input.Status!.Value, on!.Value, toUnitId, recorded, now, me.UserName);
        }
        catch (ChildRuleException e)
        {
            ModelState.AddModelError("", l[e.Message]);
            return Page();
        }
        child.UpdatedAt = now;
        actor.Reason = reason;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Hồ sơ vừa được người khác cập nhật. Vui lòng xem lại hồ sơ rồi ghi lại thay đổi."]);
            db.ChangeTracker.Clear();
            return Page();
        }
        TempData["Flash"] = l["Đã ghi thay đổi trạng thái của trẻ {0}.", child.FullName].Value;
        return Redirect(ChildText.Url(id));
    }

    private void Error(string field, string message) => ModelState.AddModelError("Input." + field, l[message]);

    private async Task<Child?> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var child = await db.Children.ManagedBy(scope).Include(c => c.Unit).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return null;
        ChildId = child.Id;
        ChildName = child.FullName;
        CurrentStatus = child.Status;
        return child;
    }

    private RedirectResult MergedAway(int id)
    {
        TempData["Flash"] = l["Hồ sơ này đã được gộp vào hồ sơ khác, không thể thay đổi."].Value;
        return Redirect(ChildText.Url(id));
    }

    /// <summary>
    /// Every commune and village of the child's province, not only the user's scope: the receiving commune takes the
    /// child over. Unit names are public; no child data of other units is read here.
    /// </summary>
    private async Task OptionsAsync(Child child, CancellationToken ct)
    {
        var places = await ChildUnits.PlacesAsync(db, [child.UnitId], ct);
        CurrentPlace = places[child.UnitId].Text;
        var province = "/" + ChildUnits.Codes(child.Unit!.Path)[0] + "/";
        UnitOptions = await ChildUnits.OptionsAsync(db.Units.Where(u => u.Path.StartsWith(province)), db, Display.Today(time), null, ct);
    }
}
