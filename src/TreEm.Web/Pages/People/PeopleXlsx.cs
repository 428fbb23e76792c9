using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;

namespace TreEm.Web.Pages.People;

/// <summary>
/// What the exports of people, committees and coverage share: rows of cells A…J with every text neutralised
/// against formula injection, the header block, the file and the audit entry of the export.
/// </summary>
public static class PeopleXlsx
{
    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

    public static Dictionary<string, object?> Cells(params object?[] values)
    {
        var row = new Dictionary<string, object?>(Columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++)
        {
            var v = i < values.Length ? values[i] : null;
            row[Columns[i]] = v switch
            {
                LocalizedString s => ChildExportWriter.Neutralise(s.Value),
                string s => ChildExportWriter.Neutralise(s),
                _ => v,
            };
        }
        return row;
    }

    /// <summary>The header block: title, unit, filter, when and by whom, then a blank row.</summary>
    public static IEnumerable<Dictionary<string, object?>> Header(IStringLocalizer l, string title, string? unitLabel, string filter,
        DateTime now, ClaimsPrincipal user, string userName)
    {
        var fullName = user.FindFirstValue(ClaimTypes.GivenName);
        var by = string.IsNullOrEmpty(fullName) || fullName == userName ? userName : $"{fullName} ({userName})";
        yield return Cells(title);
        yield return Cells(l["Đơn vị: {0}", unitLabel ?? l["Phạm vi của người xuất"]]);
        yield return Cells(l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
        yield return Cells(l["Ngày xuất: {0}", Display.DateTime(now)]);
        yield return Cells(l["Người xuất: {0}", by]);
    }

    public static byte[] Save(IEnumerable<Dictionary<string, object?>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(rows, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    /// <summary>Queues the audit entry of an export (saved by the caller's SaveChanges).</summary>
    public static void Audit(TreEmDbContext db, IAuditActor actor, DateTime now, string entity, string filter, int rows)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, UserId = actor.UserId, UserName = actor.UserName, Entity = entity,
            Key = filter.Length == 0 ? "*" : filter.Length <= 200 ? filter : filter[..199] + "…",
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new { filter, rows }),
        });
    }

    public static string FileName(string prefix, DateTime now) =>
        prefix + "-" + Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + ".xlsx";
}
