using TreEm.Web.Charts;

namespace TreEm.Tests.Charts;

public class FigureChartTests
{
    private static readonly ChartPoint[] ByDistrict =
        [new("Chư Sê", 97.5m), new("Mang Yang", 99m), new("KBang", null)];

    [Fact]
    public void Png_IsAPngImage()
    {
        var png = FigureChart.Bars("Tỷ lệ trẻ em được trợ giúp", ByDistrict, target: 98.5m).Png();

        Assert.True(png.Length > 1000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }

    [Fact]
    public void Svg_CarriesTheVietnameseTitleAndTheLabels()
    {
        var svg = FigureChart.Trend("Xu hướng theo tháng", ByDistrict, target: 98.5m).Svg();

        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("Xu hướng theo tháng", svg, StringComparison.Ordinal);
        Assert.Contains("Mang Yang", svg, StringComparison.Ordinal);
    }
}
