using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Notifications;

/// <summary>The notices of the supervisor's units (overdue steps escalated to them), newest first.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CaseFollowUpResource> l) : PageModel
{
    [FromQuery(Name = "unread")] public bool UnreadOnly { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public NotificationQueries.Result Result { get; private set; } = new([], 0, 0, 1, 1);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!NotificationQueries.IsFor(scope)) return NotFound();
        Result = await NotificationQueries.ListAsync(db, scope, UnreadOnly, PageNumber, ct);
        return Page();
    }

    /// <summary>"Đánh dấu đã đọc": one notice.</summary>
    public async Task<IActionResult> OnPostReadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!NotificationQueries.IsFor(scope)) return NotFound();
        var notice = await NotificationQueries.FindAsync(db, scope, id, ct);
        if (notice is null) return NotFound();
        if (notice.ReadAt is null)
        {
            notice.ReadAt = time.GetUtcNow().UtcDateTime;
            notice.ReadByUserId = me.Id;
            await db.SaveChangesAsync(ct);
        }
        TempData["Flash"] = l["Đã đánh dấu đã đọc."].Value;
        return Redirect(Link(PageNumber));
    }

    public string Link(int page) =>
        "/notifications" + (UnreadOnly ? "?unread=true" + (page > 1 ? "&page=" + page : "") : page > 1 ? "?page=" + page : "");
}
