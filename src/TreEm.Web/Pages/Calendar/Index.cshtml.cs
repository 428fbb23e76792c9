using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Calendar;

/// <summary>
/// The working calendar of one year: the holidays, compensatory days off and weekend days worked that the
/// administrators keep, the number of working days, and a check of what the system computes for "N working days".
/// A year has a few dozen special days at most: the list is shown whole, in date order, without paging.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public class IndexModel(TreEmDbContext db, TimeProvider time, IStringLocalizer<CalendarResource> l) : PageModel
{
    public const int MaxCheckDays = 365;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The check form: a start day (dd/mm/yyyy) and a number of working days.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Start { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Days { get; set; }

    public int CurrentYear { get; private set; }
    public List<CalendarDay> Rows { get; private set; } = [];
    public int WorkingDays { get; private set; }
    public int DaysOff { get; private set; }
    public int WorkedWeekendDays { get; private set; }

    /// <summary>Years to offer in the switcher: those with data, the current one and its neighbours.</summary>
    public List<int> Years { get; private set; } = [];

    public DateOnly? CheckStart { get; private set; }
    public int CheckDays { get; private set; }

    /// <summary>The due day the system computes for the check form, when it was filled in correctly.</summary>
    public DateOnly? DueDay { get; private set; }
    public string? CheckError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = Display.Today(time);
        CurrentYear = Year ?? today.Year;
        if (CurrentYear is < CalendarForm.MinYear or > CalendarForm.MaxYear) return Redirect(CalendarForm.YearUrl(today.Year));

        var calendar = await db.WorkingCalendarAsync(ct);
        var first = new DateOnly(CurrentYear, 1, 1);
        var last = new DateOnly(CurrentYear, 12, 31);
        Rows = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= first && d.Date <= last).OrderBy(d => d.Date).ToListAsync(ct);
        for (var d = first; d <= last; d = d.AddDays(1))
            if (calendar.IsWorkingDay(d)) WorkingDays++;
        DaysOff = Rows.Count(r => r.IsDayOff);
        WorkedWeekendDays = Rows.Count(r => !r.IsDayOff);

        var years = await db.CalendarDays.AsNoTracking().Select(d => d.Date).ToListAsync(ct);
        Years = years.Select(d => d.Year).Concat([today.Year - 1, today.Year, today.Year + 1, CurrentYear])
            .Distinct().Order().ToList();

        Check(calendar, today);
        return Page();
    }

    private void Check(WorkingCalendar calendar, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(Days))
        {
            CheckStart = today;
            CheckDays = 5;
            return;
        }
        CheckStart = Display.ParseDate(Start);
        if (CheckStart is null)
        {
            CheckError = l["Ngày bắt đầu không hợp lệ: nhập theo dạng dd/mm/yyyy."];
            return;
        }
        if (!int.TryParse(Days, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxCheckDays)
        {
            CheckError = l["Số ngày làm việc phải từ 1 đến {0}.", MaxCheckDays];
            return;
        }
        CheckDays = n;
        DueDay = calendar.AddWorkingDays(CheckStart.Value, n);
    }

    public string StartText => Start is { Length: > 0 } ? Start : Display.Date(CheckStart);
    public string DaysText => Days is { Length: > 0 } ? Days : CheckDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
