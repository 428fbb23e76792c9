using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>
/// Writes a training list as .xlsx: a header block (title, unit, filter, date, who), the column names, the rows;
/// every text neutralised against formula injection; the export audited in the same save.
/// </summary>
public sealed class TrainingExport(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<TrainingResource> l)
{
    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

    public async Task<FileContentResult> FileAsync(ClaimsPrincipal user, string title, string sheet, string unitLabel, string filter, string summary,
        object?[] header, IEnumerable<object?[]> rows, string entity, string filePrefix, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var fullName = user.FindFirstValue(ClaimTypes.GivenName);
        var by = string.IsNullOrEmpty(fullName) || fullName == me.UserName ? me.UserName : $"{fullName} ({me.UserName})";
        var count = 0;
        IEnumerable<IDictionary<string, object?>> Sheet()
        {
            yield return Cells(title);
            yield return Cells(l["Đơn vị: {0}", unitLabel]);
            yield return Cells(l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
            yield return Cells(l["Ngày xuất: {0}", Display.DateTime(now)]);
            yield return Cells(l["Người xuất: {0}", by]);
            yield return Cells(summary);
            yield return Cells();
            yield return Cells(header);
            foreach (var r in rows)
            {
                count++;
                yield return Cells(r);
            }
        }
        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(Sheet(), printHeader: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: config);
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, UserId = actor.UserId, UserName = actor.UserName, Entity = entity,
            Key = filter.Length == 0 ? "*" : filter.Length <= 200 ? filter : filter[..199] + "…",
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new { filter, rows = count }),
        });
        await db.SaveChangesAsync(ct);
        var file = filePrefix + "-" + Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + ".xlsx";
        return new FileContentResult(stream.ToArray(), Children.ExportModel.ContentType) { FileDownloadName = file };
    }

    private static Dictionary<string, object?> Cells(params object?[] values)
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
}
