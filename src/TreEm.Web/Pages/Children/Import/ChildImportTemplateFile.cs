using System.Text;
using MiniExcelLibs;
using TreEm.Domain.Children;
using TreEm.Domain.Importing;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>The downloadable template: the header row and two example rows, with the columns explained.</summary>
public static class ChildImportTemplateFile
{
    public const string XlsxName = "mau-nhap-tre-em.xlsx";
    public const string CsvName = "mau-nhap-tre-em.csv";
    public const string DataSheet = "Danh sách trẻ em";
    public const string GuideSheet = "Hướng dẫn";
    public const string CodesSheet = "Danh mục mã";

    /// <summary>An .xlsx workbook: the data sheet first (the one that is imported), then the guide and the codes.</summary>
    public static byte[] Xlsx()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            ChildImportTemplate.Columns.ToDictionary(c => c.Header, c => (object?)c.Example1),
            ChildImportTemplate.Columns.ToDictionary(c => c.Header, c => (object?)c.Example2),
        };
        var guide = ChildImportTemplate.Columns.Select(c => new Dictionary<string, object?>
        {
            ["Cột"] = c.Header,
            ["Bắt buộc"] = ChildImportTemplate.RequiredText(c),
            ["Ý nghĩa"] = c.Explanation,
            ["Ví dụ"] = string.Join(" / ", new[] { c.Example1, c.Example2 }.Where(e => e.Length > 0)),
        }).ToList();
        guide.Add(new() { ["Cột"] = "", ["Bắt buộc"] = "", ["Ý nghĩa"] = "", ["Ví dụ"] = "" });
        guide.Add(new()
        {
            ["Cột"] = "Lưu ý",
            ["Bắt buộc"] = "",
            ["Ý nghĩa"] = "Chỉ trang tính đầu tiên được nhập. Giữ nguyên dòng tiêu đề; mỗi dòng một trẻ. Trẻ đã có trong sổ (cùng số định danh, hoặc cùng họ tên, ngày sinh và xã) được cập nhật, không tạo trùng. Văn bản gõ bằng phông TCVN3 (.VnTime) hoặc VNI được tự động chuyển sang Unicode.",
            ["Ví dụ"] = "",
        });
        var codes = new List<Dictionary<string, object?>>();
        foreach (var (code, name) in CatalogueData.Ethnicities)
            codes.Add(new() { ["Danh mục"] = "Dân tộc", ["Mã"] = code, ["Tên"] = name });
        foreach (var (code, name, _) in CatalogueData.Groups)
            codes.Add(new() { ["Danh mục"] = "Nhóm HCĐB", ["Mã"] = code, ["Tên"] = name });
        foreach (var (code, _, name, _) in CatalogueData.Subgroups)
            codes.Add(new() { ["Danh mục"] = "Nhóm con HCĐB", ["Mã"] = code, ["Tên"] = name });
        foreach (var (code, name, _) in CatalogueData.AtRisk)
            codes.Add(new() { ["Danh mục"] = "Nhóm nguy cơ", ["Mã"] = code, ["Tên"] = name });

        var sheets = new Dictionary<string, object>
        {
            [DataSheet] = rows,
            [GuideSheet] = guide,
            [CodesSheet] = codes,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>A CSV file (UTF-8 with a byte-order mark, so that Excel shows the Vietnamese letters).</summary>
    public static byte[] Csv()
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", ChildImportTemplate.Columns.Select(c => Quote(c.Header)))).Append("\r\n");
        sb.Append(string.Join(",", ChildImportTemplate.Columns.Select(c => Quote(c.Example1)))).Append("\r\n");
        sb.Append(string.Join(",", ChildImportTemplate.Columns.Select(c => Quote(c.Example2)))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
