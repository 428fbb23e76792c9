using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Reports;

/// <summary>Consolidation at the province: sums of the ACCEPTED district snapshots (percents from their numerators
/// and denominators), the units in and out, the difference from the live figures, and "Tổng hợp" feeding the
/// province's own snapshot. Figures are written straight into the district reports, so the sums do not depend on
/// the indicator formulas; the fixture has no children, so every live count is 0.</summary>
public class ConsolidationTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private async Task<(ReportPeriod Period, int ProvinceReport)> ArrangeAsync(int year)
    {
        var period = await app.CreatePeriodAsync(year);
        await app.CreateReportAsync(period.Id, "629", ReportStatus.Accepted, null,
            ReportTestData.Count("TE_SO_TRE", 100), ReportTestData.Count("TE_SO_TRE", 60, "sex:Nu"),
            ReportTestData.Percent("HCDB_TRO_GIUP_PT", 9, 10), ReportTestData.Count("QUY_VAN_DONG", 1_500_000));
        await app.CreateReportAsync(period.Id, "622", ReportStatus.Accepted, null,
            ReportTestData.Count("TE_SO_TRE", 50), ReportTestData.Percent("HCDB_TRO_GIUP_PT", 1, 10),
            ReportTestData.Count("QUY_VAN_DONG", 500_000));
        // Submitted but not accepted: left out.
        await app.CreateReportAsync(period.Id, "623", ReportStatus.Submitted, null, ReportTestData.Count("TE_SO_TRE", 1000));
        var tinh = await app.SignInAsync("tinh");
        var id = await tinh.CreateDraftAsync(app, period.Id, "64");
        return (period, id);
    }

    [Fact]
    public async Task Get_SumsTheAcceptedReports_ListsUnitsInAndOut_AndShowsTheDifferenceFromLive()
    {
        var (_, id) = await ArrangeAsync(2013);
        var tinh = await app.SignInAsync("tinh");

        var html = await tinh.GetStringAsync($"/reports/{id}/consolidation");

        Assert.Matches("data-testid=\"line-TE_SO_TRE\"[\\s\\S]*?data-testid=\"sum\">150<", html);
        Assert.Matches("data-testid=\"line-TE_SO_TRE-sex:Nu\"[\\s\\S]*?data-testid=\"sum\">60<", html);
        // 9/10 and 1/10: 10 of 20, not the mean of 90 % and 10 % by coincidence only — the numerators sum.
        Assert.Matches("data-testid=\"line-HCDB_TRO_GIUP_PT\"[\\s\\S]*?data-testid=\"sum\">50 %<", html);
        Assert.Matches("data-testid=\"line-QUY_VAN_DONG\"[\\s\\S]*?data-testid=\"sum\">2.000.000<", html);
        Assert.Matches("data-testid=\"line-TE_SO_TRE\"[\\s\\S]*?data-testid=\"difference\">\\s*<strong>150</strong>", html);
        Assert.Contains("data-testid=\"source-629\" data-included=\"yes\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"source-622\" data-included=\"yes\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"source-623\" data-included=\"no\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"source-633\" data-included=\"no\"", html, StringComparison.Ordinal);
        Assert.Contains("Đã tiếp nhận, đưa vào tổng hợp: 2", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có báo cáo được tiếp nhận: 15", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consolidate_WritesTheSumsAsTheProvinceFigures_AndSubmissionFreezesThem()
    {
        var (_, id) = await ArrangeAsync(2014);
        var tinh = await app.SignInAsync("tinh");

        ReportTestData.AssertRedirectTo(await tinh.PostFormAsync($"/reports/{id}/consolidation", []), $"/reports/{id}/consolidation");

        var consolidated = await app.LoadReportAsync(id);
        Assert.True(consolidated.IsConsolidated);
        Assert.Equal(ReportStatus.Draft, consolidated.Status);
        Assert.Equal(150m, consolidated.Figures.Single(f => f.Code == "TE_SO_TRE" && f.Key == "").Value);
        var percent = consolidated.Figures.Single(f => f.Code == "HCDB_TRO_GIUP_PT");
        Assert.Equal((10m, 20m, 50m), (percent.Numerator!.Value, percent.Denominator!.Value, percent.Value!.Value));
        Assert.Contains("Số liệu tổng hợp từ các báo cáo đã tiếp nhận", await tinh.GetStringAsync($"/reports/{id}"), StringComparison.Ordinal);

        // Consolidating twice replaces the rows rather than adding to them.
        ReportTestData.AssertRedirectTo(await tinh.PostFormAsync($"/reports/{id}/consolidation", []), $"/reports/{id}/consolidation");
        Assert.Equal(1, (await app.LoadReportAsync(id)).Figures.Count(f => f.Code == "TE_SO_TRE" && f.Key == ""));

        ReportTestData.AssertRedirectTo(await tinh.MoveAsync(id, "submit"), $"/reports/{id}");

        var frozen = await app.LoadReportAsync(id);
        Assert.Equal(ReportStatus.Submitted, frozen.Status);
        Assert.NotNull(frozen.SnapshotAt);
        Assert.Equal(150m, frozen.Figures.Single(f => f.Code == "TE_SO_TRE" && f.Key == "").Value);
        Assert.Equal(2_000_000m, frozen.Figures.Single(f => f.Code == "QUY_VAN_DONG").Value);
    }

    [Fact]
    public async Task Consolidate_ByAReaderOrOnASubmittedReport_IsRefused_AndCommunesHaveNoConsolidation()
    {
        var (period, id) = await ArrangeAsync(2015);
        var leader = await app.SignInAsync("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/reports/{id}/consolidation")).StatusCode);
        ReportTestData.AssertForbidden(await leader.PostFormAsync($"/reports/{id}/consolidation", [], "/reports"));
        Assert.False((await app.LoadReportAsync(id)).IsConsolidated);

        var tinh = await app.SignInAsync("tinh");
        ReportTestData.AssertRedirectTo(await tinh.MoveAsync(id, "submit"), $"/reports/{id}");
        var refused = await tinh.PostFormAsync($"/reports/{id}/consolidation", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("không sửa được", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var commune = await app.CreateReportAsync(period.Id, "23977");
        Assert.Equal(HttpStatusCode.NotFound, (await tinh.GetAsync($"/reports/{commune.Id}/consolidation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("huyen.chuse")).GetAsync($"/reports/{id}/consolidation")).StatusCode);
    }

    [Fact]
    public async Task District_ConsolidatesItsAcceptedCommunes()
    {
        var period = await app.CreatePeriodAsync(2016);
        await app.CreateReportAsync(period.Id, "23944", ReportStatus.Accepted, null, ReportTestData.Count("TNTT_SO", 3));
        await app.CreateReportAsync(period.Id, "23945", ReportStatus.Accepted, null, ReportTestData.Count("TNTT_SO", 4));
        await app.CreateReportAsync(period.Id, "23977", ReportStatus.Returned, null, ReportTestData.Count("TNTT_SO", 40));
        var district = await app.SignInAsync("huyen.chuse");
        var id = await district.CreateDraftAsync(app, period.Id, "633");

        var html = await district.GetStringAsync($"/reports/{id}/consolidation");

        Assert.Matches("data-testid=\"line-TNTT_SO\"[\\s\\S]*?data-testid=\"sum\">7<", html);
        Assert.Contains("data-testid=\"source-23977\" data-included=\"no\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"source-629\"", html, StringComparison.Ordinal);
        var communes = await app.WithDbAsync(db => db.Units.CountAsync(u => u.Parent!.Code == "633"));
        Assert.Contains($"Chưa có báo cáo được tiếp nhận: {communes - 2}", html, StringComparison.Ordinal);
    }
}
