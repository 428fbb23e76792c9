using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Auditing;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;

namespace TreEm.Web.Pages;

/// <summary>
/// What the list exports share (the pattern of the support export): a sheet without header row or styles,
/// rows keyed A, B, C... with every text neutralised against formula injection, an export audit entry keyed by the filter.
/// </summary>
public static class ListExport
{
    private const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>"Full name (login)" of the exporting user, or the login alone.</summary>
    public static string By(ClaimsPrincipal user, string userName)
    {
        var fullName = user.FindFirstValue(ClaimTypes.GivenName);
        return string.IsNullOrEmpty(fullName) || fullName == userName ? userName : $"{fullName} ({userName})";
    }

    /// <summary>One sheet row of <paramref name="width"/> columns; every text is neutralised against formula injection.</summary>
    public static Dictionary<string, object?> Cells(int width, params object?[] values)
    {
        var row = new Dictionary<string, object?>(width, StringComparer.Ordinal);
        for (var i = 0; i < width; i++)
        {
            var v = i < values.Length ? values[i] : null;
            row[Letters[i].ToString()] = v switch
            {
                LocalizedString s => ChildExportWriter.Neutralise(s.Value),
                string s => ChildExportWriter.Neutralise(s),
                _ => v,
            };
        }
        return row;
    }

    /// <summary>The .xlsx bytes of the rows.</summary>
    public static byte[] Write(IEnumerable<IDictionary<string, object?>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(rows, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    /// <summary>The export audit entry: the filter (query string without '?') as key, "*" when unfiltered.</summary>
    public static AuditEntry Audit(IAuditActor actor, DateTime now, string entity, string filter, object values) => new()
    {
        At = now, UserId = actor.UserId, UserName = actor.UserName, Entity = entity,
        Key = filter.Length == 0 ? "*" : filter.Length <= 200 ? filter : filter[..199] + "…",
        Action = AuditAction.Export,
        NewValues = JsonSerializer.Serialize(values),
    };

    /// <summary>"prefix-yyyyMMdd-HHmm.xlsx" in Vietnam time.</summary>
    public static string FileName(string prefix, DateTime now) =>
        prefix + "-" + Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + ".xlsx";
}
