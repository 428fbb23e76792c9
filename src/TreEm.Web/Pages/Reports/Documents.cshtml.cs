using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Documents;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports;

/// <summary>
/// A report as Word (Decree 30/2020 layout), PDF or the appendices as a workbook (issue 6 item 6), with
/// <c>?public=true</c> for the public version that hides small counts. Only users who may read the report download
/// it (another unit's report is 404), and every download is an export entry in the audit log.
/// </summary>
public class DocumentsModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string format, [FromQuery(Name = "public")] bool publicVersion = false,
        CancellationToken ct = default)
    {
        if (format is not ("docx" or "pdf" or "xlsx")) return NotFound();
        var scope = await me.ScopeAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var print = await ReportPrint.LoadAsync(db, scope, id, publicVersion, now, ct);
        if (print is null) return NotFound();

        var bytes = format switch
        {
            "docx" => DocxRenderer.Render(ReportDocument.Build(print)),
            "pdf" => PdfRenderer.Render(ReportDocument.Build(print)),
            _ => ReportSpreadsheet.Render(print),
        };
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = actor.UserId,
            UserName = actor.UserName,
            UnitId = print.Unit.Id,
            Entity = "Report",
            Key = id.ToString(CultureInfo.InvariantCulture),
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new { format, @public = publicVersion, draft = print.IsDraft, period = print.Period.Dhis2Name }),
        });
        await db.SaveChangesAsync(ct);
        var name = $"{print.FileStem}.{format}";
        return format switch
        {
            "docx" => File(bytes, DocxRenderer.ContentType, name),
            "pdf" => File(bytes, PdfRenderer.ContentType, name),
            _ => File(bytes, ReportSpreadsheet.ContentType, name),
        };
    }
}
