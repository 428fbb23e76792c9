using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Calendar;

/// <summary>An administrator adds a holiday, a compensatory day off or a weekend day worked.</summary>
[Authorize(Policy = Policies.Administrator)]
public class CreateModel(TreEmDbContext db, IStringLocalizer<CalendarResource> l) : CalendarDayPage
{
    public void OnGet(string? date)
    {
        if (Display.ParseDate(date) is { } d) Input.Date = Display.Date(d);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = await CalendarForm.CheckAsync(db, Input, null, ModelState, l, ct);
        if (date is not { } day || !ModelState.IsValid) return Page();

        db.CalendarDays.Add(new CalendarDay { Date = day, Name = Input.Name!.Trim(), IsDayOff = Input.IsDayOff });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm ngày {0}.", Display.Date(day)].Value;
        return Redirect(CalendarForm.YearUrl(day.Year));
    }
}
