using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;

namespace TreEm.Web.Pages.Fund;

/// <summary>A fund's ledger for a year as .xlsx: a header block (fund, unit, year, totals, date, user), then one row per entry.</summary>
public static class FundExportWriter
{
    public sealed record Header(string Fund, string Unit, int Year, string Totals, string ExportedAt, string ExportedBy);

    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

    public static byte[] Write(Header header, IReadOnlyList<LedgerQuery.Line> lines, IStringLocalizer l)
    {
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None, FreezeRowCount = 0 };
        using var stream = new MemoryStream();
        stream.SaveAs(Rows(header, lines, l), printHeader: false, sheetName: l["Sổ quỹ"], excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(Header h, IReadOnlyList<LedgerQuery.Line> lines, IStringLocalizer l)
    {
        yield return Cells(l["SỔ QUỸ NĂM {0}", h.Year].Value);
        yield return Cells(l["Quỹ: {0}", h.Fund].Value);
        yield return Cells(l["Đơn vị: {0}", h.Unit].Value);
        yield return Cells(h.Totals);
        yield return Cells(l["Ngày xuất: {0}", h.ExportedAt].Value);
        yield return Cells(l["Người xuất: {0}", h.ExportedBy].Value);
        yield return Cells();
        yield return Cells(l["STT"].Value, l["Ngày"].Value, l["Loại"].Value, l["Hình thức"].Value, l["Số chứng từ"].Value,
            l["Nhà tài trợ"].Value, l["Mục đích"].Value, l["Nội dung"].Value, l["Số tiền (đồng)"].Value, l["Số dư sau (đồng)"].Value);
        var n = 0;
        foreach (var line in lines)
        {
            var e = line.Entry;
            var description = e.Description;
            if (line.ReversedBy is { } rev) description += " [" + l["đã đảo"].Value + ": " + rev.Reason + "]";
            if (e.Reason is { } reason) description += " [" + l["Lý do: {0}", reason].Value + "]";
            yield return Cells(++n, Display.Date(e.Date), l[FundText.Kind(e.Kind)].Value,
                e.ReceiptType is { } t ? l[FundText.Type(t)].Value : null, e.DocumentNumber, e.Donor, e.Earmark, description,
                line.Effect, line.BalanceAfter);
        }
    }

    /// <summary>One sheet row; every text goes through the formula-injection guard.</summary>
    private static Dictionary<string, object?> Cells(params object?[] values) => Spreadsheet.Cells(Columns.Length, values);

    public static string FileName(int fundId, int year, DateTime utcNow) =>
        $"so-quy-{fundId}-{year}-" + Display.ToVietnamTime(utcNow).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture) + ".xlsx";
}
