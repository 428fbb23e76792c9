using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Calendar;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Calendar;

/// <summary>A special day as the add and edit forms carry it; the date travels as text so that it comes back as typed.</summary>
public sealed class CalendarDayInput
{
    public string? Date { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên ngày.")]
    [StringLength(200, ErrorMessage = "Tên dài tối đa 200 ký tự.")]
    public string? Name { get; set; }

    /// <summary>True: a day off (public holiday, compensatory day); false: a Saturday or Sunday worked ("làm bù").</summary>
    public bool IsDayOff { get; set; } = true;
}

/// <summary>Shared pieces of the calendar pages: addresses, Vietnamese weekday names, the checks of the form.</summary>
public static class CalendarForm
{
    public const string ListUrl = "/calendar";

    public static string YearUrl(int year) => ListUrl + "?year=" + year.ToString(CultureInfo.InvariantCulture);

    public static string Url(int id, string action) => $"{ListUrl}/{id.ToString(CultureInfo.InvariantCulture)}/{action}";

    /// <summary>The weekday as Vietnamese forms write it: "Thứ Hai" … "Thứ Bảy", "Chủ nhật".</summary>
    public static string Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => "Thứ Hai",
        DayOfWeek.Tuesday => "Thứ Ba",
        DayOfWeek.Wednesday => "Thứ Tư",
        DayOfWeek.Thursday => "Thứ Năm",
        DayOfWeek.Friday => "Thứ Sáu",
        DayOfWeek.Saturday => "Thứ Bảy",
        _ => "Chủ nhật",
    };

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    public static string KindName(bool isDayOff) => isDayOff ? "Nghỉ" : "Làm bù";

    public static CalendarDayInput InputOf(CalendarDay d) => new() { Date = Display.Date(d.Date), Name = d.Name, IsDayOff = d.IsDayOff };

    /// <summary>
    /// Checks the form and returns the date to save, or null with the errors in <paramref name="state"/>: a readable
    /// date, not already in the list (other than <paramref name="exceptId"/>), a worked day only on a weekend. A day
    /// off may fall on a weekend: holiday breaks list their Saturdays and Sundays too.
    /// </summary>
    public static async Task<DateOnly?> CheckAsync(TreEmDbContext db, CalendarDayInput input, int? exceptId,
        ModelStateDictionary state, IStringLocalizer l, CancellationToken ct)
    {
        const string field = "Input." + nameof(CalendarDayInput.Date);
        input.Name = string.IsNullOrWhiteSpace(input.Name) ? input.Name : VietnameseText.Clean(input.Name);
        if (string.IsNullOrWhiteSpace(input.Date))
        {
            state.AddModelError(field, l["Vui lòng nhập ngày (dd/mm/yyyy)."]);
            return null;
        }
        if (Display.ParseDate(input.Date) is not { } date)
        {
            state.AddModelError(field, l["Ngày không hợp lệ: nhập theo dạng dd/mm/yyyy."]);
            return null;
        }
        if (date.Year is < MinYear or > MaxYear)
        {
            state.AddModelError(field, l["Năm phải trong khoảng {0}–{1}.", MinYear, MaxYear]);
            return null;
        }
        if (await db.CalendarDays.AsNoTracking().AnyAsync(d => d.Date == date && d.Id != (exceptId ?? 0), ct))
            state.AddModelError(field, l["Ngày {0} đã có trong lịch.", Display.Date(date)]);
        if (!input.IsDayOff && !IsWeekend(date))
            state.AddModelError("Input." + nameof(CalendarDayInput.IsDayOff),
                l["Ngày làm bù phải là thứ Bảy hoặc Chủ nhật ({0} là {1}).", Display.Date(date), l[Weekday(date)]]);
        return state.IsValid ? date : null;
    }

    public const int MinYear = 2000;
    public const int MaxYear = 2100;
}
