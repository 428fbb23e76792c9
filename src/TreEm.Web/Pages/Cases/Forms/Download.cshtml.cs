using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Documents;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Cases.Forms;

/// <summary>
/// A Decree 56 form of a case as Word or PDF. The forms carry the narrative, so only those who may read the case in
/// full can print them, and every print is an export entry in the audit log.
/// </summary>
public class DownloadModel(CaseAccessor cases, TreEmDbContext db, IAuditActor actor, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, string code, string format, CancellationToken ct)
    {
        if (format is not ("docx" or "pdf")) return NotFound();
        var open = await cases.FindAsync(id, ct, tracked: false);
        if (open is null) return NotFound();
        if (!open.SeesNarrative) return Forbid();
        var c = open.Case;
        if (c.Unit!.ParentId is { } parentId)
            c.Unit.Parent = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == parentId, ct);
        var document = CaseForms.Build(c, code);
        if (document is null) return NotFound();

        var bytes = format == "docx" ? DocxRenderer.Render(document) : PdfRenderer.Render(document);
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            UnitId = c.UnitId,
            Entity = "Case",
            Key = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = AuditAction.Export,
            NewValues = $"{{\"form\":\"Mẫu {code}\",\"format\":\"{format}\"}}",
        });
        await db.SaveChangesAsync(ct);
        var name = $"{c.Code}-mau-{code}.{format}";
        return format == "docx"
            ? File(bytes, DocxRenderer.ContentType, name)
            : File(bytes, PdfRenderer.ContentType, name);
    }
}
