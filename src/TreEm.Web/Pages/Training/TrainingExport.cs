using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
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
        var count = 0;
        IEnumerable<IDictionary<string, object?>> Sheet()
        {
            foreach (var line in Spreadsheet.Header(l, Columns.Length, title, unitLabel, filter, now, Spreadsheet.By(user, me.UserName))) yield return line;
            yield return Cells(summary);
            yield return Cells();
            yield return Cells(header);
            foreach (var r in rows)
            {
                count++;
                yield return Cells(r);
            }
        }
        var bytes = Spreadsheet.Save(Sheet(), sheet);
        Spreadsheet.Audit(db, actor, now, entity, filter, count);
        await db.SaveChangesAsync(ct);
        return new FileContentResult(bytes, Children.ExportModel.ContentType) { FileDownloadName = Spreadsheet.FileName(filePrefix, now) };
    }

    private static Dictionary<string, object?> Cells(params object?[] values) => Spreadsheet.Cells(Columns.Length, values);
}
