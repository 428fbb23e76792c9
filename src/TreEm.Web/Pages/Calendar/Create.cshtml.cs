using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
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

        // The seeded holidays carry explicit ids, which PostgreSQL's identity sequence does not know about: the
        // next id is given here so that an insert never collides with them.
        var next = (await db.CalendarDays.Select(d => (int?)d.Id).MaxAsync(ct) ?? 0) + 1;
        db.CalendarDays.Add(new CalendarDay { Id = next, Date = day, Name = Input.Name!.Trim(), IsDayOff = Input.IsDayOff });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm ngày {0}.", Display.Date(day)].Value;
        return Redirect(CalendarForm.YearUrl(day.Year));
    }
}
