using TreEm.Domain.Calendar;

namespace TreEm.Tests.Domain.Calendar;

/// <summary>Sanity of the seeded holidays 2020–2027 (Labour Code 2012, then 2019 from 2021).</summary>
public class HolidayDataTests
{
    public static TheoryData<int> Years => new(Enumerable.Range(2020, 8));

    private static List<(DateOnly Date, string Name, bool IsDayOff)> Of(int year) =>
        HolidayData.Days.Where(d => d.Date.Year == year).ToList();

    [Fact]
    public void Days_HaveNoDuplicateDate()
    {
        var duplicates = HolidayData.Days.GroupBy(d => d.Date).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(HolidayData.Days, d => Assert.False(string.IsNullOrWhiteSpace(d.Name)));
    }

    [Fact]
    public void Days_WorkedDaysAreWeekendDays()
    {
        var worked = HolidayData.Days.Where(d => !d.IsDayOff).ToList();
        Assert.NotEmpty(worked);
        Assert.All(worked, d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, d.Date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Year_HasNewYearHungKings30April1MayAndNationalDay(int year)
    {
        var days = Of(year);
        var off = days.Where(d => d.IsDayOff).ToDictionary(d => d.Date, d => d.Name);
        Assert.StartsWith("Tết Dương lịch", off[new DateOnly(year, 1, 1)], StringComparison.Ordinal);
        Assert.StartsWith("Ngày Chiến thắng 30/4", off[new DateOnly(year, 4, 30)], StringComparison.Ordinal);
        Assert.StartsWith("Ngày Quốc tế lao động 1/5", off[new DateOnly(year, 5, 1)], StringComparison.Ordinal);
        Assert.StartsWith("Quốc khánh 2/9", off[new DateOnly(year, 9, 2)], StringComparison.Ordinal);
        // Hùng Kings (10th of the 3rd lunar month) always falls between late March and early May.
        var hung = Assert.Single(days, d => d.Name.StartsWith("Giỗ Tổ Hùng Vương", StringComparison.Ordinal));
        Assert.True(hung.IsDayOff);
        Assert.InRange(hung.Date, new DateOnly(year, 3, 25), new DateOnly(year, 5, 5));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Year_HasATetBreakOfAtLeastFiveConsecutiveDays(int year)
    {
        var tet = Of(year).Where(d => d.IsDayOff && d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal))
            .Select(d => d.Date).Order().ToList();
        Assert.True(tet.Count >= 5, $"{year}: {tet.Count} days of Tết");
        for (var i = 1; i < tet.Count; i++) Assert.Equal(tet[i - 1].AddDays(1), tet[i]);
        // Lunar New Year falls between 21 January and 20 February.
        Assert.InRange(tet[0], new DateOnly(year, 1, 18), new DateOnly(year, 2, 20));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Year_NationalDayHasAnAdjacentDayFrom2021(int year)
    {
        // 2/9 and the day before or after it (Labour Code 2019, Art. 112), or a compensatory day for it.
        var national = Of(year).Where(d => d.IsDayOff && d.Date.Month == 9 && (d.Name.StartsWith("Quốc khánh", StringComparison.Ordinal)
            || d.Name.Contains("Quốc khánh", StringComparison.Ordinal))).Select(d => d.Date).ToList();
        if (year < 2021)
        {
            Assert.Equal(new[] { new DateOnly(year, 9, 2) }, national);
            return;
        }
        Assert.True(national.Count >= 2, $"{year}: {national.Count} days for 2/9");
        Assert.True(national.Contains(new DateOnly(year, 9, 1)) || national.Contains(new DateOnly(year, 9, 3)), $"{year}: no day adjacent to 2/9");
    }

    [Fact]
    public void Days_ExpectedYearIsMarked()
    {
        Assert.All(Of(2027), d => Assert.Contains("dự kiến", d.Name, StringComparison.Ordinal));
    }
}
