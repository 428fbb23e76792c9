using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Calendar;

/// <summary>
/// Removes a special day after confirmation, with a reason kept in the audit log. The day becomes an ordinary day
/// again (working Monday to Friday); deadlines already set on cases keep their due time.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public class DeleteModel(TreEmDbContext db, IAuditActor actor, IStringLocalizer<CalendarResource> l) : PageModel
{
    public sealed class DeleteInput
    {
        [Required(ErrorMessage = "Vui lòng nhập lý do xóa.")]
        [StringLength(500, ErrorMessage = "Lý do dài tối đa 500 ký tự.")]
        public string? Reason { get; set; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Vui lòng đánh dấu ô xác nhận.")]
        public bool Confirm { get; set; }
    }

    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public CalendarDay Day { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, ct) is not { } day) return NotFound();
        Day = day;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, ct) is not { } day) return NotFound();
        Day = day;
        if (!ModelState.IsValid) return Page();

        db.CalendarDays.Remove(day);
        actor.Reason = Input.Reason!.Trim();
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã xóa ngày {0} khỏi lịch.", Display.Date(day.Date)].Value;
        return Redirect(CalendarForm.YearUrl(day.Date.Year));
    }
}
