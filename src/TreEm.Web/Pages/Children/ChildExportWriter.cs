using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using TreEm.Domain.Children;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// Writes the children list as an .xlsx sheet: a header block (title, unit, filters, date, user, count), a blank
/// row, the column headings and one row per child.
/// </summary>
public static class ChildExportWriter
{
    /// <summary>The header block's fixed lines; the column headings follow a blank row.</summary>
    public sealed record Header(string Unit, string Filters, string ExportedAt, string ExportedBy, int Count);

    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N"];

    public static byte[] Write(Header header, ChildListQuery.Result result, IStringLocalizer l)
    {
        var english = ChildListOptions.English;
        var config = new OpenXmlConfiguration
        {
            AutoFilter = false,
            TableStyles = TableStyles.None,
            FreezeRowCount = 0,
            DynamicColumns =
            [
                new DynamicExcelColumn("A") { Width = 7 },
                new DynamicExcelColumn("B") { Width = 28 },
                new DynamicExcelColumn("C") { Width = 12 },
                new DynamicExcelColumn("D") { Width = 9 },
                new DynamicExcelColumn("E") { Width = 9 },
                new DynamicExcelColumn("F") { Width = 12 },
                new DynamicExcelColumn("G") { Width = 15 },
                new DynamicExcelColumn("H") { Width = 30 },
                new DynamicExcelColumn("I") { Width = 18 },
                new DynamicExcelColumn("J") { Width = 30 },
                new DynamicExcelColumn("K") { Width = 16 },
                new DynamicExcelColumn("L") { Width = 30 },
                new DynamicExcelColumn("M") { Width = 16 },
                new DynamicExcelColumn("N") { Width = 14 },
            ],
        };
        using var stream = new MemoryStream();
        stream.SaveAs(Rows(header, result, l, english), printHeader: false, sheetName: l["Danh sách trẻ em"], excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    private static IEnumerable<IDictionary<string, object?>> Rows(Header header, ChildListQuery.Result result, IStringLocalizer l, bool english)
    {
        yield return Line(l["Danh sách trẻ em"].Value.ToUpper(System.Globalization.CultureInfo.CurrentCulture));
        yield return Line(l["Đơn vị: {0}", header.Unit]);
        yield return Line(l["Điều kiện lọc: {0}", header.Filters]);
        yield return Line(l["Ngày xuất: {0}", header.ExportedAt]);
        yield return Line(l["Người xuất: {0}", header.ExportedBy]);
        yield return Line(l["Số trẻ em: {0}", header.Count]);
        yield return Line(null);
        yield return Cells(
            l["STT"], l["Họ và tên"], l["Ngày sinh"], l["Năm sinh"], l["Giới tính"], l["Dân tộc"], l["Số định danh"],
            l["Thôn/xã"], l["Huyện"], l["Địa chỉ"], l["Hoàn cảnh đặc biệt"], l["Nhóm nguy cơ"], l["Hộ nghèo/cận nghèo"],
            l["Trạng thái"]);
        var n = 0;
        foreach (var c in result.Rows)
        {
            var place = result.PlaceOf(c.UnitId);
            yield return Cells(
                ++n,
                c.FullName,
                IndexModel.Birth(c),
                c.BirthYear,
                ChildLabels.Sex(c.Sex, english),
                c.EthnicityName,
                c.IdentityNumber,
                place.Label,
                place.District,
                c.Address,
                string.Join(", ", result.GroupsOf(c.Id).Select(g => g.Code)),
                string.Join("; ", result.AtRiskOf(c.Id).Select(r => ChildListOptions.Pick(r.Name, r.NameEn, english))),
                c.Poverty == PovertyStatus.Khong ? null : ChildLabels.Poverty(c.Poverty, english),
                ChildLabels.Status(c.Status, english));
        }
    }

    private static Dictionary<string, object?> Line(string? text) => Cells(text);

    /// <summary>One sheet row; every text goes through <see cref="Spreadsheet.Neutralise"/>.</summary>
    private static Dictionary<string, object?> Cells(params object?[] values) => Spreadsheet.Cells(Columns.Length, values);

    /// <summary>tre-em-YYYYMMDD-HHmm.xlsx, in Vietnam time.</summary>
    public static string FileName(DateTime utcNow) =>
        "tre-em-" + Display.ToVietnamTime(utcNow).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture) + ".xlsx";
}
