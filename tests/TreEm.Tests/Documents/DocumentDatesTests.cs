using TreEm.Web.Documents;

namespace TreEm.Tests.Documents;

public class DocumentDatesTests
{
    [Theory]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]   // day below 10 and February: both padded
    [InlineData(2027, 1, 1, "ngày 01 tháng 01 năm 2027")]   // January padded
    [InlineData(2021, 3, 18, "ngày 18 tháng 3 năm 2021")]   // March to September: no leading zero
    [InlineData(2020, 3, 5, "ngày 05 tháng 3 năm 2020")]
    [InlineData(2026, 9, 9, "ngày 09 tháng 9 năm 2026")]
    [InlineData(2026, 11, 20, "ngày 20 tháng 11 năm 2026")] // two-digit months as they are
    [InlineData(2026, 10, 10, "ngày 10 tháng 10 năm 2026")]
    public void Date_FollowsTheDecreePaddingRules(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DocumentDates.Date(new DateOnly(year, month, day)));

    [Fact]
    public void PlaceAndDate_PlaceBeforeTheDate() =>
        Assert.Equal("Ia Tiêm, ngày 05 tháng 02 năm 2026", DocumentDates.PlaceAndDate("Ia Tiêm", new DateOnly(2026, 2, 5)));

    [Fact]
    public void PlaceAndDate_WithoutPlace_StartsWithCapital() =>
        Assert.Equal("Ngày 18 tháng 3 năm 2021", DocumentDates.PlaceAndDate(" ", new DateOnly(2021, 3, 18)));
}
