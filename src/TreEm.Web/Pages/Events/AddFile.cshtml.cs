using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>Attaches a PDF, JPEG or PNG (at most 5 MB, checked by its first bytes) to an event.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public class AddFileModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<EventsResource> l) : PageModel
{
    /// <summary>Room for a file just over the limit, so that it is refused with a message rather than a broken connection.</summary>
    public const long RequestLimit = EventFiles.MaxBytes + 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public int EventId { get; private set; }
    public string Theme { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var e = await EventAccess.FindAsync(db, await me.ScopeAsync(ct), id, ct);
        if (e is null) return NotFound();
        if (!e.CanWrite) return Forbid();
        (EventId, Theme) = (e.Id, e.Theme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var e = await EventAccess.FindAsync(db, await me.ScopeAsync(ct), id, ct);
        if (e is null) return NotFound();
        if (!e.CanWrite) return Forbid();
        (EventId, Theme) = (e.Id, e.Theme);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), l["Vui lòng chọn một tệp."]);
            return Page();
        }
        if (Upload.Length > EventFiles.MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), l["Tệp quá lớn: tối đa 5 MB."]);
            return Page();
        }
        byte[] content;
        using (var buffer = new MemoryStream())
        {
            await Upload.CopyToAsync(buffer, ct);
            content = buffer.ToArray();
        }
        if (EventFiles.Refusal(Upload.FileName, content) is { } refusal)
        {
            ModelState.AddModelError(nameof(Upload), l[refusal]);
            return Page();
        }
        var file = new EventAttachment
        {
            EventId = e.Id, UnitId = e.UnitId, FileName = EventFiles.SafeName(Upload.FileName), ContentType = EventFiles.Detect(content)!,
            Size = content.Length, Content = content, UploadedAt = time.GetUtcNow().UtcDateTime, UploadedByUserId = me.Id,
        };
        db.EventAttachments.Add(file);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm tệp {0}.", file.FileName].Value;
        return Redirect(EventText.Url(e.Id));
    }
}
