using Microsoft.AspNetCore.Mvc;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Notifications;

/// <summary>
/// The unread notices of a supervisor, for the layout's menu: <c>@await Component.InvokeAsync("NotificationBadge")</c>.
/// Renders nothing for users who receive no notices.
/// </summary>
public sealed class NotificationBadgeViewComponent(TreEmDbContext db, CurrentUser me) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var scope = await me.ScopeAsync(HttpContext.RequestAborted);
        if (!NotificationQueries.IsFor(scope)) return Content("");
        var unread = await NotificationQueries.UnreadCountAsync(db, scope, HttpContext.RequestAborted);
        return View(unread);
    }
}
