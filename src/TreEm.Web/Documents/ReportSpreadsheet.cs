using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Domain.Indicators;
using TreEm.Domain.Reports;
using TreEm.Web.Pages;

namespace TreEm.Web.Documents;

/// <summary>
/// The appendices of a report as an .xlsx workbook: one sheet per appendix ("Phụ lục 1"...), a short header block
/// (title, unit, period, status) then the six columns. Figures are numbers (percents rounded to one decimal, counts
/// and amounts whole); a missing figure is "-", and a figure a public version hides is "&lt;5" or "*" as text.
/// </summary>
public static class ReportSpreadsheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int Columns = 6;

    /// <summary>The row (1-based) of the column titles on each sheet; the figures start on the next row.</summary>
    public const int HeaderRow = 5;

    public static byte[] Render(ReportPrint print)
    {
        ArgumentNullException.ThrowIfNull(print);
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var table in print.Appendices)
            sheets[$"Phụ lục {table.Number}"] = Sheet(print, table);
        if (sheets.Count == 0) sheets["Phụ lục"] = new List<Dictionary<string, object?>> { Spreadsheet.Cells(Columns, "Chưa có phụ lục.") };
        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Sheet(ReportPrint print, AppendixTable table)
    {
        var status = print.IsDraft ? "Dự thảo (số liệu tại thời điểm xuất)" : "Số liệu đã chốt khi gửi báo cáo";
        var rows = new List<Dictionary<string, object?>>
        {
            Spreadsheet.Cells(Columns, $"{table.Heading}. {table.Title}"),
            Spreadsheet.Cells(Columns, "Đơn vị: " + print.Unit.Name),
            Spreadsheet.Cells(Columns, "Kỳ báo cáo: " + print.PeriodTitle),
            Spreadsheet.Cells(Columns, "Trạng thái: " + status + (print.Public ? "; bản công khai" : "")),
            Spreadsheet.Cells(Columns, [.. AppendixTable.Columns]),
        };
        foreach (var line in table.Lines(print.Public))
        {
            var c = line.Cell;
            var row = Spreadsheet.Cells(Columns, null, c.Label, c.UnitOfMeasure);
            // Our own markers, not user text: written as they are.
            row["A"] = line.Stt;
            if (!c.IsHeading)
            {
                row["D"] = line.ValueHidden ? line.Value : Number(c.Value, c.Measure);
                row["E"] = line.PreviousHidden ? line.Previous : Number(c.PreviousValue, c.Measure);
                row["F"] = line.ChangeHidden ? line.Change : line.ChangeValue is { } d ? Round(d, c.Measure) : ReportNumbers.Missing;
            }
            rows.Add(row);
        }
        if (print.Public) rows.Add(Spreadsheet.Cells(Columns, AppendixTable.PublicNote));
        return rows;
    }

    private static object Number(decimal? value, IndicatorMeasure measure) => value is { } v ? Round(v, measure) : ReportNumbers.Missing;

    private static decimal Round(decimal value, IndicatorMeasure measure) =>
        Math.Round(value, measure == IndicatorMeasure.Percent ? 1 : 0, MidpointRounding.AwayFromZero);
}
