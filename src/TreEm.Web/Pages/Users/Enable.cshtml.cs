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

/// <summary>Enables a disabled account again, with a reason.</summary>
[Authorize(Policy = Policies.Administrator)]
public class EnableModel(TreEmDbContext db, UserManager<AppUser> users, CurrentUser me, IAuditActor actor, IStringLocalizer<UsersResource> l) : PageModel
{
    [BindProperty]
    public ReasonInput Input { get; set; } = new();

    public AppUser Target { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Target.IsDisabled ? Page() : Redirect($"/users/{id}");
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Target.IsDisabled) return Redirect($"/users/{id}");
        if (!ModelState.IsValid) return Page();

        Target.IsDisabled = false;
        actor.Reason = Input.Reason.Trim();
        var result = await users.UpdateAsync(Target);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) ModelState.AddModelError("", e.Description);
            return Page();
        }
        TempData["Flash"] = l["Đã kích hoạt lại tài khoản {0}.", Target.UserName ?? ""].Value;
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
