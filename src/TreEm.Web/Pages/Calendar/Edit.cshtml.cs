using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Calendar;

/// <summary>An administrator corrects a special day: its date (an expected holiday once announced), name or kind.</summary>
[Authorize(Policy = Policies.Administrator)]
public class EditModel(TreEmDbContext db, IStringLocalizer<CalendarResource> l) : CalendarDayPage
{
    public CalendarDay Day { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, ct) is not { } day) return NotFound();
        Day = day;
        Input = CalendarForm.InputOf(day);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, ct) is not { } day) return NotFound();
        Day = day;
        var date = await CalendarForm.CheckAsync(db, Input, id, ModelState, l, ct);
        if (date is not { } newDate || !ModelState.IsValid) return Page();

        day.Date = newDate;
        day.Name = Input.Name!.Trim();
        day.IsDayOff = Input.IsDayOff;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã lưu ngày {0}.", Display.Date(newDate)].Value;
        return Redirect(CalendarForm.YearUrl(newDate.Year));
    }
}
