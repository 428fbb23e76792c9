using System.Globalization;
using TreEm.Web.Pages.Cases;

namespace TreEm.Tests.Pages.Cases;

public class CaseTextTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(200, "còn 3 giờ 20 phút", "badge badge-warn")]
    [InlineData(180, "còn 3 giờ", "badge badge-warn")]
    [InlineData(45, "còn 45 phút", "badge badge-warn")]
    [InlineData(60 * 50, "còn 2 ngày 2 giờ", "badge badge-ok")]
    [InlineData(60 * 48, "còn 2 ngày", "badge badge-ok")]
    [InlineData(-300, "quá hạn 5 giờ", "badge badge-overdue")]
    [InlineData(-20, "quá hạn 20 phút", "badge badge-overdue")]
    [InlineData(-60 * 75, "quá hạn 3 ngày 3 giờ", "badge badge-overdue")]
    public void Remaining_SaysHowLongInVietnamese_WithTheBadgeOfItsUrgency(int minutes, string text, string css)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        try
        {
            var r = CaseText.Remaining(Now.AddMinutes(minutes), Now);
            Assert.Equal(text, r.Text);
            Assert.Equal(css, r.Css);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void DueTime_IsVietnamTimeHoursFirst() =>
        Assert.Equal("21:00 30/11/2026", CaseText.DueTime(Now.AddHours(12)));
}
