using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Users;

/// <summary>
/// Disables an account, with a reason. The security stamp is renewed in the same save, so the user's open
/// sessions end at their next check (within a minute) and they cannot sign in again.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
public class DisableModel(TreEmDbContext db, UserManager<AppUser> users, CurrentUser me, IAuditActor actor, IStringLocalizer<UsersResource> l) : PageModel
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public AppUser Target { get; private set; } = null!;
    public bool IsSelf => Target.Id == me.Id;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Target.IsDisabled ? Redirect($"/users/{id}") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Target.IsDisabled) return Redirect($"/users/{id}");
        if (IsSelf)
        {
            ModelState.AddModelError("", l["Bạn không thể tự vô hiệu hóa tài khoản của mình."]);
            return Page();
        }
        if (!ModelState.IsValid) return Page();

        Target.IsDisabled = true;
        actor.Reason = Input.Reason.Trim();
        // Saves IsDisabled and the new stamp together (one save, one audit entry with the reason).
        var result = await users.UpdateSecurityStampAsync(Target);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        TempData["Flash"] = l["Đã vô hiệu hóa tài khoản {0}.", Target.UserName ?? ""].Value;
        return Redirect($"/users/{id}");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var user = await db.Users.VisibleTo(scope).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return false;
        Target = user;
        return true;
    }
}
