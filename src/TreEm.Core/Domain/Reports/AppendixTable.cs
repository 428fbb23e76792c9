using System.Globalization;
using TreEm.Data.Indicators;
using TreEm.Domain.Indicators;

namespace TreEm.Domain.Reports;

/// <summary>One row of a filled appendix: its label and level, and the figure with last year's beside it.</summary>
public sealed record AppendixCell(string Label, int Level, string? Code, string Key, decimal? Value, decimal? PreviousValue, string UnitOfMeasure)
{
    /// <summary>How the figure is counted (decides the format and what a public version hides).</summary>
    public IndicatorMeasure Measure { get; init; } = IndicatorMeasure.Count;

    /// <summary>The numerator of a percent (a public version hides a percent of fewer than 5 children).</summary>
    public decimal? Numerator { get; init; }

    public bool IsHeading => string.IsNullOrEmpty(Code);
}

/// <summary>
/// One printed line of an appendix: the STT, the cell and its texts as the page, the DOCX and the PDF print them,
/// and whether a public version hides the value and last year's (the XLSX writes the numbers as numbers unless hidden).
/// </summary>
public sealed record AppendixLine(string Stt, AppendixCell Cell, string Value, string Previous, string Change,
    bool ValueHidden, bool PreviousHidden, bool ChangeHidden)
{
    /// <summary>The six texts of the row, in the order of <see cref="AppendixTable.Columns"/>.</summary>
    public IReadOnlyList<string> Texts => [Stt, Cell.Label, Cell.UnitOfMeasure, Value, Previous, Change];

    /// <summary>The change from last year, or null when either value is missing.</summary>
    public decimal? ChangeValue => Cell.Value is { } v && Cell.PreviousValue is { } p ? v - p : null;
}

/// <summary>
/// An appendix (1–4) filled from a report's figures by its layout (<see cref="AppendixLayout"/>), the same table for
/// the page, the XLSX, the DOCX and the PDF.
/// </summary>
public sealed record AppendixTable(int Number, string Title, IReadOnlyList<AppendixCell> Rows)
{
    /// <summary>The columns of every appendix.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Cùng kỳ năm trước", "Tăng/giảm"];

    /// <summary>Relative widths of <see cref="Columns"/> for the printed table.</summary>
    public static IReadOnlyList<double> Widths { get; } = [0.5, 3.3, 1.0, 2.0, 2.0, 2.0];

    /// <summary>What a public version prints for a count from 1 to 4.</summary>
    public const string SmallCount = "<5";

    /// <summary>What a public version prints for a percent of 1 to 4 children, and a change that would reveal a hidden value.</summary>
    public const string Hidden = "*";

    /// <summary>The note under an appendix of a public version.</summary>
    public const string PublicNote = "Bản công khai: số trẻ em, vụ việc, lượt từ 1 đến 4 ghi “<5”; tỷ lệ có tử số từ 1 đến 4 và mức tăng/giảm có thể làm lộ các số đó ghi “*”.";

    /// <summary>Fills <paramref name="layout"/> with <paramref name="figures"/>; a figure that is missing stays null ("-").</summary>
    public static AppendixTable Build(AppendixLayout layout, IReadOnlyList<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(figures);
        var byKey = new Dictionary<(string, string), ReportFigure>();
        foreach (var f in figures)
            byKey.TryAdd((f.Code.ToUpperInvariant(), f.Key), f);
        var cells = new List<AppendixCell>();
        foreach (var row in AppendixRows.Parse(layout.RowsJson))
        {
            if (row.IsHeading)
            {
                cells.Add(new AppendixCell(row.Label, row.Level, null, "", null, null, ""));
                continue;
            }
            var definition = IndicatorCatalogue.Find(row.Code);
            var figure = byKey.GetValueOrDefault((row.Code!.ToUpperInvariant(), row.Key));
            cells.Add(new AppendixCell(row.Label, row.Level, definition?.Code ?? row.Code, row.Key, figure?.Value, figure?.PreviousValue,
                definition?.UnitOfMeasure ?? "")
            {
                Measure = definition?.Measure ?? IndicatorMeasure.Count,
                Numerator = figure?.Numerator,
            });
        }
        return new AppendixTable(layout.Number, layout.Title, cells);
    }

    /// <summary>"PHỤ LỤC 1".</summary>
    public string Heading => "PHỤ LỤC " + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The printed lines. STT numbers the main lines (level 0) 1, 2, 3...; a breakdown shows "-" (level 1) or "+".
    /// In a public version a count from 1 to 4 prints "&lt;5", a percent whose numerator is 1 to 4 prints "*", and the
    /// change prints "*" whenever one of its two values is hidden. Amounts and zeros are never hidden.
    /// </summary>
    public IReadOnlyList<AppendixLine> Lines(bool publicVersion = false)
    {
        var lines = new List<AppendixLine>(Rows.Count);
        var main = 0;
        foreach (var c in Rows)
        {
            var stt = c.Level == 0 ? (++main).ToString(CultureInfo.InvariantCulture) : c.Level == 1 ? "-" : "+";
            if (c.IsHeading)
            {
                lines.Add(new AppendixLine(stt, c, "", "", "", false, false, false));
                continue;
            }
            var valueHidden = publicVersion && (c.Measure == IndicatorMeasure.Count ? IsSmall(c.Value)
                : c.Measure == IndicatorMeasure.Percent && IsSmall(c.Numerator));
            var previousHidden = publicVersion && c.Measure == IndicatorMeasure.Count && IsSmall(c.PreviousValue);
            var changeHidden = valueHidden || previousHidden;
            var value = valueHidden ? (c.Measure == IndicatorMeasure.Count ? SmallCount : Hidden) : ReportNumbers.Format(c.Value, c.Measure);
            var previous = previousHidden ? SmallCount : ReportNumbers.Format(c.PreviousValue, c.Measure);
            var change = changeHidden ? Hidden : ReportNumbers.Change(c.Value, c.PreviousValue, c.Measure);
            lines.Add(new AppendixLine(stt, c, value, previous, change, valueHidden, previousHidden, changeHidden));
        }
        return lines;
    }

    /// <summary>A count a public version hides: 1 to 4 (not 0).</summary>
    public static bool IsSmall(decimal? value) => value is > 0m and < 5m;
}

/// <summary>
/// Numbers as Vietnamese documents print them: "." between thousands, "," before decimals; percents with one decimal
/// ("97,2"), counts and amounts whole ("3.500.000.000"); a missing value is "-".
/// </summary>
public static class ReportNumbers
{
    public const string Missing = "-";

    public static readonly NumberFormatInfo Vietnamese = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
        PositiveSign = "+",
    };

    /// <summary>A value of the given measure; null prints "-".</summary>
    public static string Format(decimal? value, IndicatorMeasure measure) => value is not { } v ? Missing
        : measure == IndicatorMeasure.Percent ? Percent(v) : Whole(v);

    /// <summary>One decimal: "97,2", "100,0".</summary>
    public static string Percent(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", Vietnamese);

    /// <summary>Whole with thousands separators: "3.500.000.000".</summary>
    public static string Whole(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", Vietnamese);

    /// <summary>A target as written in a plan: "98,5", "100", "4.000.000.000".</summary>
    public static string Target(decimal value) => value.ToString("#,##0.##", Vietnamese);

    /// <summary>The change with its sign ("+3", "-1,5", "0"); "-" when either value is missing.</summary>
    public static string Change(decimal? value, decimal? previous, IndicatorMeasure measure)
    {
        if (value is not { } v || previous is not { } p) return Missing;
        var d = v - p;
        var text = measure == IndicatorMeasure.Percent ? Percent(Math.Abs(d)) : Whole(Math.Abs(d));
        return d > 0 ? "+" + text : d < 0 ? "-" + text : text;
    }
}
