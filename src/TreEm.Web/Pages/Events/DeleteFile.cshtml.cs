using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>Removes a file from an event after the user confirms (the audit log keeps that it was removed).</summary>
public class DeleteFileModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<EventsResource> l) : PageModel
{
    [BindProperty]
    public bool Confirm { get; set; }

    public int EventId { get; private set; }
    public string Theme { get; private set; } = "";
    public string FileName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int fileId, CancellationToken ct)
    {
        var (result, _) = await LoadAsync(id, fileId, ct);
        return result ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int fileId, CancellationToken ct)
    {
        var (result, fileKey) = await LoadAsync(id, fileId, ct);
        if (result is not null) return result;
        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), l["Vui lòng đánh dấu ô xác nhận trước khi xóa."]);
            return Page();
        }
        var file = await db.EventAttachments.FirstAsync(a => a.Id == fileKey, ct);
        db.EventAttachments.Remove(file);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã xóa tệp {0}.", file.FileName].Value;
        return Redirect(EventText.Url(id));
    }

    private async Task<(IActionResult? Result, int FileId)> LoadAsync(int id, int fileId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var e = await EventAccess.FindAsync(db, scope, id, ct);
        if (e is null) return (NotFound(), 0);
        var name = await db.EventAttachments.AsNoTracking().Where(a => a.Id == fileId && a.EventId == id).Select(a => a.FileName).FirstOrDefaultAsync(ct);
        if (name is null) return (NotFound(), 0);
        if (!e.CanWrite) return (Forbid(), 0);
        (EventId, Theme, FileName) = (e.Id, e.Theme, name);
        return (null, fileId);
    }
}
