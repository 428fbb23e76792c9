using System.Net;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Plans;

/// <summary>
/// The dashboard's structure, scope and drill-down. The values come from the indicator engine and are not asserted
/// here (TargetStatusTests cover the status rule): each class of test uses its own year.
/// </summary>
public class DashboardPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static readonly string[] States = ["Đạt", "Đúng tiến độ", "Chậm", "Chưa có số liệu"];

    [Fact]
    public async Task Province_ShowsEveryTarget_WithStatus_TrendChartAndTable_AndDistrictLinks()
    {
        var plan = await app.CreatePlanAsync("64", 2008, "8/KH-TINH-DB");
        var html = await (await (await app.As("tinh")).GetAsync("/dashboard?unit=64&year=2008")).TextAsync();

        Assert.Contains("data-testid=\"plan-in-force\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/plans/{plan.Id}\"", html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(html, "data-testid=\"target-line\""));
        Assert.Equal(3, CountOf(html, "data-testid=\"target-state\""));
        Assert.Contains(States, s => html.Contains("data-testid=\"target-state\">" + s + "<", StringComparison.Ordinal));
        Assert.Contains("Số liệu từ 01/01/2008 đến 31/12/2008", html, StringComparison.Ordinal);
        // The trend: a server-drawn SVG and the same numbers as a table, twelve month-ends for a past year.
        var trend = Section(html, "data-testid=\"trend\"");
        Assert.Contains("<svg", trend, StringComparison.Ordinal);
        Assert.Contains("31/01/2008", trend, StringComparison.Ordinal);
        Assert.Contains("31/12/2008", trend, StringComparison.Ordinal);
        // The districts, each a link to its own dashboard.
        var units = Section(html, "data-testid=\"units\"");
        Assert.Contains("<svg", units, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard?unit=633&year=2008\"", units, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard?unit=629&year=2008\"", units, StringComparison.Ordinal);
        Assert.Equal(17, CountOf(units, "data-testid=\"drill-down\""));
    }

    [Fact]
    public async Task District_WithoutItsOwnPlan_UsesTheProvincePlan_AndDrillsDownToItsCommunes()
    {
        await app.CreatePlanAsync("64", 2007, "7/KH-TINH-DB");
        var client = await app.As("huyen.chuse");

        var html = await (await client.GetAsync("/dashboard?year=2007")).TextAsync();

        Assert.Contains("Chư Sê", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"inherited\"", html, StringComparison.Ordinal);
        Assert.Contains("7/KH-TINH-DB", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/dashboard?unit=23944&year=2007\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/dashboard?unit=629", html, StringComparison.Ordinal);

        var commune = await (await client.GetAsync("/dashboard?unit=23944&year=2007")).TextAsync();
        Assert.Contains("data-testid=\"plan-in-force\"", commune, StringComparison.Ordinal);
        // The path back up: the district and the province are links.
        Assert.Contains("href=\"/dashboard?unit=633&year=2007\"", commune, StringComparison.Ordinal);
        // Villages are below the commune but not part of the drill-down.
        Assert.Contains("Không có đơn vị trực thuộc trong phạm vi của bạn.", commune, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_OwnPlan_WinsOverTheProvincePlan_AndSelectingATargetShowsItsTrend()
    {
        var province = await app.CreatePlanAsync("64", 2006, "6/KH-TINH-DB");
        var own = await app.CreatePlanAsync("629", 2006, "6/KH-MY-DB", parentId: province.Id);
        var second = own.Targets.OrderBy(t => t.Order).ElementAt(1);

        var html = await (await (await app.As("huyen.mangyang")).GetAsync($"/dashboard?unit=629&year=2006&target={second.Id}")).TextAsync();

        Assert.Contains("6/KH-MY-DB", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"inherited\"", html, StringComparison.Ordinal);
        Assert.Contains("Diễn biến trong năm: Số trẻ em bị xâm hại", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnitOutOfScope_Returns404_AndNoPlan_ShowsTheEmptyState()
    {
        var commune = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync("/dashboard?unit=23944")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync("/dashboard?unit=633")).StatusCode);

        var html = await (await commune.GetAsync("/dashboard?year=2005")).TextAsync();
        Assert.Contains("Ia Ko", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có kế hoạch năm 2005 của đơn vị này hoặc của đơn vị cấp trên.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hotline_WithoutReportRead_IsRefused()
    {
        var response = await (await app.As("tongdai111")).GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    private static string Section(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "missing " + marker);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
