using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>Downloads a file of an event in the user's scope, always as an attachment (never shown inline).</summary>
public class FileModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var file = await db.EventAttachments.AsNoTracking().VisibleTo(scope)
            .FirstOrDefaultAsync(a => a.Id == fileId && a.EventId == id, ct);
        if (file is null) return NotFound();
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(file.Content, file.ContentType);
    }
}
