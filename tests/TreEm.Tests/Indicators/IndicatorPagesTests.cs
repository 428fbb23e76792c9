using System.Net;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Indicators;

/// <summary>The indicator catalogue and the value of one indicator for a unit and a period, in the user's scope.</summary>
public class IndicatorPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Catalogue_ListsEveryDefinition_WithFormulaAndAppendix()
    {
        var client = await app.SignInAsync("tinh");
        var response = await client.GetAsync("/indicators");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var d in TreEm.Data.Indicators.IndicatorCatalogue.All)
            Assert.Contains($"data-code=\"{d.Code}\"", html, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Value_ForOwnDistrict_ShowsTotalBreakdownAndLastYear()
    {
        // Chư Sê (633), xã Ia Tiêm (23944, its villages) and xã Ia Ko (23977): 2016 is only this test's.
        await app.CreateChildAsync("23944-01", "Ksor Hai Năm", new DateOnly(2015, 2, 1));
        await app.CreateChildAsync("23977", "Rơ Mah Một Sáu", new DateOnly(2016, 3, 1));
        var client = await app.SignInAsync("huyen.chuse");

        var response = await client.GetAsync("/indicators/TE_SO_TRE?unit=633&period=2016");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"total-value\">2<", html, StringComparison.Ordinal);
        Assert.Contains("Cùng kỳ năm trước: 1", html, StringComparison.Ordinal);
        Assert.Contains("data-key=\"unit:23944\"", html, StringComparison.Ordinal);
        Assert.Contains("data-key=\"unit:23977\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Value_ForAnotherDistrictOrUnknownCode_Returns404()
    {
        var client = await app.SignInAsync("huyen.chuse");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/indicators/TE_SO_TRE?unit=629&period=2021")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/indicators/TE_SO_TRE?unit=64&period=2021")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/indicators/KHONG_CO?unit=633")).StatusCode);
    }

    [Fact]
    public async Task Value_WithAnInvalidPeriod_SaysSoInVietnamese()
    {
        var client = await app.SignInAsync("huyen.chuse");

        var html = await (await client.GetAsync("/indicators/HCDB_TRO_GIUP_PT?unit=633&period=2021S3")).Content.ReadAsStringAsync();

        Assert.Contains("Kỳ không hợp lệ", html, StringComparison.Ordinal);
    }
}
