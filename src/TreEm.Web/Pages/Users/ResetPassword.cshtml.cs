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
using TreEm.Web.Seed;

namespace TreEm.Web.Pages.Users;

/// <summary>
/// Gives a user a new one-time password (shown once, in the answer to the form), which they must change at
/// their next sign-in. Their open sessions end, and a temporary lock-out is lifted.
/// </summary>
[Authorize(Policy = Policies.Administrator)]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ResetPasswordModel(TreEmDbContext db, UserManager<AppUser> users, CurrentUser me, IAuditActor actor, IStringLocalizer<UsersResource> l) : PageModel
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public AppUser Target { get; private set; } = null!;
    public bool IsSelf => Target.Id == me.Id;

    /// <summary>Set only in the answer to a successful POST.</summary>
    public string? OneTimePassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (IsSelf)
        {
            ModelState.AddModelError("", l["Hãy dùng trang Đổi mật khẩu cho tài khoản của chính bạn."]);
            return Page();
        }
        if (!ModelState.IsValid) return Page();

        var password = AdminBootstrap.NewPassword();
        Target.MustChangePassword = true;
        Target.LockoutEnd = null;
        Target.AccessFailedCount = 0;
        actor.Reason = Input.Reason.Trim();
        // ResetPasswordAsync validates the password, sets its hash and a new security stamp, and saves once.
        var token = await users.GeneratePasswordResetTokenAsync(Target);
        var result = await users.ResetPasswordAsync(Target, token, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        OneTimePassword = password;
        return Page();
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
