using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Reports;

/// <summary>Completeness and timeliness at the receiving unit: on time (first submitted by the end of the deadline
/// day, Vietnam time), late, missing, and "quá hạn" once the deadline has passed.</summary>
public class CompletenessTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Province_SeesEachDistrictOnTimeLateOrOverdue_WithTheCounts()
    {
        // Due 25/5/2012: 23:59 that day in Vietnam is on time, midnight is late.
        var period = await app.CreatePeriodAsync(2012);
        await app.CreateReportAsync(period.Id, "629", ReportStatus.Accepted, new DateTime(2012, 5, 25, 16, 59, 0, DateTimeKind.Utc));
        await app.CreateReportAsync(period.Id, "622", ReportStatus.Submitted, new DateTime(2012, 5, 25, 17, 0, 0, DateTimeKind.Utc));
        // Returned after a first submission on time: still on time.
        await app.CreateReportAsync(period.Id, "623", ReportStatus.Returned, new DateTime(2012, 5, 20, 3, 0, 0, DateTimeKind.Utc));
        // A draft is not submitted.
        await app.CreateReportAsync(period.Id, "624");
        var province = await app.SignInAsync("tinh");

        var html = await province.GetStringAsync($"/reports?period={period.Id}");

        Assert.Contains("data-testid=\"unit-629\" data-timeliness=\"OnTime\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-622\" data-timeliness=\"Late\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-623\" data-timeliness=\"OnTime\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-624\" data-timeliness=\"Overdue\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-633\" data-timeliness=\"Overdue\"", html, StringComparison.Ordinal);
        // 17 districts: 2 on time, 1 late, 14 not submitted.
        Assert.Contains("Đúng hạn: 2", html, StringComparison.Ordinal);
        Assert.Contains("Muộn: 1", html, StringComparison.Ordinal);
        Assert.Contains("Chưa gửi: 14", html, StringComparison.Ordinal);
        Assert.Contains("Đã tiếp nhận: 1/17", html, StringComparison.Ordinal);
        Assert.Contains("Quá hạn", html, StringComparison.Ordinal);

        var late = await province.GetStringAsync($"/reports?period={period.Id}&show=late");
        Assert.Contains("data-testid=\"unit-622\"", late, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"unit-629\"", late, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_SeesItsCommunes_AgainstTheCommuneDeadline_NotYetDueIsMissingNotOverdue()
    {
        // Districts due 20/12/2026, communes 10/12/2026; the clock is at 30/11/2026.
        var period = await app.CreatePeriodAsync(2026, ReportPeriodKind.Annual, new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 10));
        await app.CreateReportAsync(period.Id, "23944", ReportStatus.Submitted, new DateTime(2026, 11, 29, 2, 0, 0, DateTimeKind.Utc));
        var district = await app.SignInAsync("huyen.chuse");

        var html = await district.GetStringAsync($"/reports?period={period.Id}");

        Assert.Contains("data-testid=\"unit-23944\" data-timeliness=\"OnTime\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unit-23945\" data-timeliness=\"Missing\"", html, StringComparison.Ordinal);
        Assert.Contains("10/12/2026", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-timeliness=\"Overdue\"", html, StringComparison.Ordinal);
        // Its own report is due to the province on 20/12.
        Assert.Contains("Còn 20 ngày", html, StringComparison.Ordinal);
    }
}
