using TreEm.Domain.Calendar;

namespace TreEm.Tests.Domain.Calendar;

/// <summary>The working calendar with the seeded holidays: weekends, Tết, swapped days, Vietnam time.</summary>
public class WorkingCalendarTests
{
    internal static readonly WorkingCalendar Seeded =
        new(HolidayData.Days.Select(d => new CalendarDay { Date = d.Date, Name = d.Name, IsDayOff = d.IsDayOff }));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
    private static DateTime Utc(int y, int m, int d, int h, int min = 0, int s = 0) => new(y, m, d, h, min, s, DateTimeKind.Utc);

    [Fact]
    public void AddWorkingDays_FromFridayBeforeTet2026_SkipsTheWholeBreak()
    {
        // Tết 2026: Saturday 14/02 to Sunday 22/02; then Mon 23, Tue 24, Wed 25, Thu 26, Fri 27.
        Assert.Equal(D(2026, 2, 27), Seeded.AddWorkingDays(D(2026, 2, 13), 5));
        Assert.Equal(D(2026, 2, 23), Seeded.AddWorkingDays(D(2026, 2, 13), 1));
        Assert.Equal(D(2026, 2, 19), WorkingCalendar.WeekendsOnly.AddWorkingDays(D(2026, 2, 13), 4));
    }

    [Fact]
    public void AddWorkingDays_OverAWeekend_SkipsSaturdayAndSunday()
    {
        // Thursday 05/03/2026 + 2 = Monday 09/03/2026; the start day itself does not count.
        Assert.Equal(D(2026, 3, 9), Seeded.AddWorkingDays(D(2026, 3, 5), 2));
        Assert.Equal(D(2026, 3, 5), Seeded.AddWorkingDays(D(2026, 3, 5), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Seeded.AddWorkingDays(D(2026, 3, 5), -1));
    }

    [Fact]
    public void IsWorkingDay_SwappedDays2026_FridayOffAndSaturdayWorked()
    {
        Assert.False(Seeded.IsWorkingDay(D(2026, 1, 1)));
        Assert.False(Seeded.IsWorkingDay(D(2026, 1, 2)));
        Assert.True(Seeded.IsWorkingDay(D(2026, 1, 10)));
        Assert.False(Seeded.IsWorkingDay(D(2026, 1, 11)));
        Assert.False(WorkingCalendar.WeekendsOnly.IsWorkingDay(D(2026, 1, 10)));
        // Wednesday 31/12/2025 + 2 = Monday 05/01/2026 (New Year and the swapped Friday are off).
        Assert.Equal(D(2026, 1, 5), Seeded.AddWorkingDays(D(2025, 12, 31), 1));
        // Friday 09/01/2026 + 1 = the worked Saturday 10/01.
        Assert.Equal(D(2026, 1, 10), Seeded.AddWorkingDays(D(2026, 1, 9), 1));
    }

    [Fact]
    public void IsWorkingDay_2024Swap_MondayBefore30AprilOffAndSaturday4MayWorked()
    {
        Assert.False(Seeded.IsWorkingDay(D(2024, 4, 29)));
        Assert.False(Seeded.IsWorkingDay(D(2024, 4, 30)));
        Assert.False(Seeded.IsWorkingDay(D(2024, 5, 1)));
        Assert.True(Seeded.IsWorkingDay(D(2024, 5, 4)));
        // Friday 26/04/2024 + 3: Thu 02/05, Fri 03/05, Sat 04/05 (worked).
        Assert.Equal(D(2024, 5, 4), Seeded.AddWorkingDays(D(2024, 4, 26), 3));
    }

    [Fact]
    public void AddWorkingDays_FromAnInstant_EndsAt235959VietnamTimeOfTheDueDay()
    {
        // 09:00 Vietnam time on Friday 13/02/2026 + 5 working days = end of Friday 27/02/2026 = 16:59:59Z.
        var due = Seeded.AddWorkingDays(Utc(2026, 2, 13, 2), 5);
        Assert.Equal(Utc(2026, 2, 27, 16, 59, 59), due);
        Assert.Equal(DateTimeKind.Utc, due.Kind);
    }

    [Fact]
    public void AddWorkingDays_LateEveningUtc_CountsFromTheVietnamDate()
    {
        // 18:00Z on Thursday 12/02/2026 is 01:00 on Friday 13/02 in Vietnam: counted from Friday, not Thursday
        // (from Thursday the fifth working day would be Thursday 26/02).
        Assert.Equal(Utc(2026, 2, 27, 16, 59, 59), Seeded.AddWorkingDays(Utc(2026, 2, 12, 18), 5));
        // 16:59Z on Thursday is still Thursday 23:59 in Vietnam.
        Assert.Equal(Utc(2026, 2, 26, 16, 59, 59), Seeded.AddWorkingDays(Utc(2026, 2, 12, 16, 59), 5));
    }

    [Fact]
    public void AddHours_RunsThroughTheNightAndHolidays()
    {
        Assert.Equal(Utc(2026, 12, 1, 8), WorkingCalendar.AddHours(Utc(2026, 11, 30, 20), 12));
        // Tết does not stop a clock-hour limit: 22:00 VN on 16/02/2026 + 12 h = 10:00 VN on 17/02.
        Assert.Equal(Utc(2026, 2, 17, 3), WorkingCalendar.AddHours(Utc(2026, 2, 16, 15), 12));
    }

    [Fact]
    public void WorkingDaysBetween_CountsAfterTheStartUpToTheEnd()
    {
        Assert.Equal(5, Seeded.WorkingDaysBetween(D(2026, 2, 13), D(2026, 2, 27)));
        Assert.Equal(0, Seeded.WorkingDaysBetween(D(2026, 2, 13), D(2026, 2, 22)));
        // 02/01 (swapped) off, 05–09/01 worked, Saturday 10/01 worked: 6.
        Assert.Equal(6, Seeded.WorkingDaysBetween(D(2026, 1, 1), D(2026, 1, 11)));
        Assert.Equal(0, Seeded.WorkingDaysBetween(D(2026, 1, 5), D(2026, 1, 5)));
    }

    [Fact]
    public void EndOfDayUtc_Is165959ZOfTheSameDay()
    {
        Assert.Equal(Utc(2026, 2, 27, 16, 59, 59), WorkingCalendar.EndOfDayUtc(D(2026, 2, 27)));
        Assert.Equal(new DateTime(2026, 2, 28, 7, 0, 0), WorkingCalendar.ToVietnam(Utc(2026, 2, 28, 0)));
    }
}
