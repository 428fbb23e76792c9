using ScottPlot;

namespace TreEm.Web.Charts;

/// <summary>One point of a chart: a label on the axis and its value (null: no value, drawn as zero).</summary>
public sealed record ChartPoint(string Label, decimal? Value);

/// <summary>
/// The charts of the dashboard and the reports (issue 6 item 7), drawn once on the server with ScottPlot: as SVG
/// inline in the page (no script needed on a weak connection) and as PNG inside the DOCX and PDF, so the browser and
/// the signed document show the same picture.
/// </summary>
public sealed class FigureChart
{
    private readonly string title;
    private readonly IReadOnlyList<ChartPoint> points;
    private readonly bool line;
    private readonly decimal? target;
    private readonly string? valueAxis;

    private FigureChart(string title, IReadOnlyList<ChartPoint> points, bool line, decimal? target, string? valueAxis)
    {
        this.title = title;
        this.points = points;
        this.line = line;
        this.target = target;
        this.valueAxis = valueAxis;
    }

    /// <summary>Bars, one per point (e.g. a value by district), with the target as a dashed line.</summary>
    public static FigureChart Bars(string title, IReadOnlyList<ChartPoint> points, decimal? target = null, string? valueAxis = null) =>
        new(title, points, line: false, target, valueAxis);

    /// <summary>A line through the points in order (e.g. a trend over the months of the year), with the target.</summary>
    public static FigureChart Trend(string title, IReadOnlyList<ChartPoint> points, decimal? target = null, string? valueAxis = null) =>
        new(title, points, line: true, target, valueAxis);

    public string Title => title;

    public IReadOnlyList<ChartPoint> Points => points;

    /// <summary>The chart as an SVG document, for inline use in a page.</summary>
    public string Svg(int width = 640, int height = 320)
    {
        // Inline SVG in HTML takes no XML declaration.
        var xml = Build().GetSvgXml(width, height);
        var start = xml.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? xml[start..] : xml;
    }

    /// <summary>The chart as PNG bytes, for documents.</summary>
    public byte[] Png(int width = 1200, int height = 600) => Build().GetImageBytes(width, height, ImageFormat.Png);

    private Plot Build()
    {
        var plot = new Plot();
        // A font with Vietnamese glyphs: the documents embed Liberation or Times New Roman (ADR 8).
        plot.Font.Automatic();
        plot.Title(title);
        var positions = Enumerable.Range(0, points.Count).Select(i => (double)i).ToArray();
        var values = points.Select(p => (double)(p.Value ?? 0m)).ToArray();
        if (line)
        {
            var scatter = plot.Add.Scatter(positions, values);
            scatter.LineWidth = 2;
            scatter.MarkerSize = 6;
        }
        else
        {
            plot.Add.Bars(values);
        }
        if (target is { } t)
        {
            var h = plot.Add.HorizontalLine((double)t);
            h.LinePattern = LinePattern.Dashed;
            h.Color = Colors.DarkRed;
        }
        plot.Axes.Bottom.SetTicks(positions, points.Select(p => p.Label).ToArray());
        if (points.Count > 6) plot.Axes.Bottom.TickLabelStyle.Rotation = 45;
        if (points.Count > 6) plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        if (valueAxis is not null) plot.YLabel(valueAxis);
        plot.Axes.Margins(bottom: 0);
        return plot;
    }
}
