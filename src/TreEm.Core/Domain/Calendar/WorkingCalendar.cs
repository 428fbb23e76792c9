namespace TreEm.Domain.Calendar;

/// <summary>
/// Working days in Vietnam: Monday to Friday, less the public holidays and compensatory days off, plus the
/// weekend days worked in exchange (<see cref="CalendarDay"/>). Legal time limits of Decree 56 are computed here:
/// "N working days" skip weekends and holidays; "N hours" are clock hours, because emergency protection does not
/// stop at night or on Tết.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>Vietnam keeps one time zone, UTC+7, without daylight saving.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    private readonly Dictionary<DateOnly, bool> _exceptions;

    public WorkingCalendar(IEnumerable<CalendarDay> days)
    {
        _exceptions = [];
        foreach (var d in days) _exceptions[d.Date] = d.IsDayOff;
    }

    /// <summary>A calendar with weekends only, for tests and for an installation without holiday data.</summary>
    public static WorkingCalendar WeekendsOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_exceptions.TryGetValue(day, out var dayOff)) return !dayOff;
        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The Nth working day after <paramref name="day"/> (the day itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var d = day;
        for (var left = workingDays; left > 0;)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d)) left--;
        }
        return d;
    }

    /// <summary>
    /// A time limit of N working days from an instant: until the end (23:59:59 Vietnam time) of the Nth working
    /// day after the day of <paramref name="startUtc"/>, so that a report received on Friday evening before Tết
    /// is due at the end of the fifth working day after Tết, not on a holiday.
    /// </summary>
    public DateTime AddWorkingDays(DateTime startUtc, int workingDays)
    {
        var local = ToVietnam(startUtc);
        var due = AddWorkingDays(DateOnly.FromDateTime(local), workingDays);
        return EndOfDayUtc(due);
    }

    /// <summary>A time limit in clock hours (the 12 hours of Decree 56 Art. 26 and 32 run day and night).</summary>
    public static DateTime AddHours(DateTime startUtc, int hours) => startUtc.AddHours(hours);

    /// <summary>Working days strictly after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }

    public static DateTime ToVietnam(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(VietnamOffset);

    /// <summary>The last second of a Vietnamese calendar day, as UTC.</summary>
    public static DateTime EndOfDayUtc(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(23, 59, 59)) - VietnamOffset, DateTimeKind.Utc);
}
