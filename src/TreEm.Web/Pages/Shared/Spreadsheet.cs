using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages;

/// <summary>
/// What every .xlsx export shares: rows of fixed cells with every text neutralised against formula injection, the
/// header block (title, unit, filter, when, by whom), the file, its name and the audit entry of the export.
/// </summary>
public static class Spreadsheet
{
    /// <summary>
    /// Formula injection guard. A text cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or a tab or a
    /// carriage return, which some spreadsheet programs skip before reading a formula) gets an apostrophe (<c>'</c>)
    /// in front of it, as the OWASP guidance on CSV injection advises. The cell is written as text anyway; the
    /// apostrophe is stored and shown as part of the value, so that copying the cell elsewhere or saving the sheet
    /// as CSV cannot turn it into a formula either.
    /// </summary>
    public static string? Neutralise(string? text) =>
        string.IsNullOrEmpty(text) || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? text : "'" + text;

    /// <summary>
    /// One sheet row of <paramref name="columns"/> cells named A, B, C...: every row of a sheet has the same keys,
    /// because the spreadsheet writer takes its columns from the first row. Texts go through <see cref="Neutralise"/>.
    /// </summary>
    public static Dictionary<string, object?> Cells(int columns, params object?[] values)
    {
        var row = new Dictionary<string, object?>(columns, StringComparer.Ordinal);
        for (var i = 0; i < columns; i++)
        {
            var v = i < values.Length ? values[i] : null;
            row[Column(i)] = v switch
            {
                LocalizedString s => Neutralise(s.Value),
                string s => Neutralise(s),
                _ => v,
            };
        }
        return row;
    }

    /// <summary>The name of the column at a zero-based index: A…Z, then AA, AB...</summary>
    public static string Column(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    /// <summary>Who exported: "Full name (login)", or the login alone.</summary>
    public static string By(ClaimsPrincipal user, string userName)
    {
        var fullName = user.FindFirstValue(ClaimTypes.GivenName);
        return string.IsNullOrEmpty(fullName) || fullName == userName ? userName : $"{fullName} ({userName})";
    }

    /// <summary>The header block: title, unit, filter, when and by whom.</summary>
    public static IEnumerable<Dictionary<string, object?>> Header(IStringLocalizer l, int columns, string title, string? unitLabel,
        string filter, DateTime now, string by)
    {
        yield return Cells(columns, title);
        yield return Cells(columns, l["Đơn vị: {0}", unitLabel ?? l["Phạm vi của người xuất"]]);
        yield return Cells(columns, l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
        yield return Cells(columns, l["Ngày xuất: {0}", Display.DateTime(now)]);
        yield return Cells(columns, l["Người xuất: {0}", by]);
    }

    public static byte[] Save(IEnumerable<IDictionary<string, object?>> rows, string sheetName)
    {
        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(rows, printHeader: false, sheetName: sheetName, excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    /// <summary>Queues the audit entry of an export (saved by the caller's SaveChanges): the filter is its key.</summary>
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

    /// <summary>"prefix-20261130-0915.xlsx", in Vietnam time.</summary>
    public static string FileName(string prefix, DateTime now) =>
        prefix + "-" + Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + ".xlsx";
}
