using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Inspections;

/// <summary>Records that the inspected unit carried out the recommendations (date and what was done).</summary>
public class FollowUpModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : PageModel
{
    public sealed class FollowUpInput
    {
        public string? DoneOn { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public InspectionVisit Visit { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var refused = await LoadAsync(id, tracked: false, ct);
        if (refused is not null) return refused;
        Input.DoneOn = Display.Date(Visit.FollowUpDoneOn ?? Display.Today(time));
        Input.Note = Visit.FollowUpNote;
        Version = Visit.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var refused = await LoadAsync(id, tracked: true, ct);
        if (refused is not null) return refused;
        var done = Display.ParseDate(Input.DoneOn);
        if (ActivityKit.Clean(Input.DoneOn) is null) ModelState.AddModelError("Input.DoneOn", l["Vui lòng nhập ngày khắc phục (ngày/tháng/năm)."]);
        else if (done is null) ModelState.AddModelError("Input.DoneOn", l["Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026."]);
        else if (done > Display.Today(time)) ModelState.AddModelError("Input.DoneOn", l["Ngày không được ở tương lai."]);
        else if (done < Visit.Date) ModelState.AddModelError("Input.DoneOn", l["Ngày khắc phục không được trước ngày kiểm tra."]);
        var note = ActivityKit.Clean(Input.Note);
        if (note is null) ModelState.AddModelError("Input.Note", l["Vui lòng ghi kết quả khắc phục."]);
        else if (note.Length > 2000) ModelState.AddModelError("Input.Note", l["Kết quả khắc phục dài quá 2000 ký tự."]);
        if (!ModelState.IsValid) return Page();

        db.Entry(Visit).Property(v => v.Version).OriginalValue = Version;
        Visit.FollowUpDoneOn = done;
        Visit.FollowUpNote = note;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Cuộc kiểm tra đã được người khác cập nhật trong lúc bạn nhập; thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới."]);
            return Page();
        }
        TempData["Flash"] = l["Đã ghi kết quả khắc phục."].Value;
        return Redirect("/inspections/" + id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<IActionResult?> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var query = db.InspectionVisits.VisibleTo(scope).Include(x => x.Unit).AsQueryable();
        if (!tracked) query = query.AsNoTracking();
        var v = await query.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (v is null) return NotFound();
        if (!ActivityKit.CanWrite(scope, Capabilities.InspectionWrite, v.Unit!.Path)) return Forbid();
        Visit = v;
        return null;
    }
}
