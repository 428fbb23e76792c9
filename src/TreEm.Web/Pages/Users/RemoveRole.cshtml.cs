using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Users;

/// <summary>Removes one role of a user, after confirmation. The installation always keeps an administrator.</summary>
[Authorize(Policy = Policies.Administrator)]
public class RemoveRoleModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<UsersResource> l) : PageModel
{
    public string UserId { get; private set; } = "";
    public string Login { get; private set; } = "";
    public RoleAt Assignment { get; private set; } = null!;

    /// <summary>Why the role cannot be removed, if it cannot.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, int roleId, CancellationToken ct)
    {
        var assignment = await LoadAsync(id, roleId, ct);
        return assignment is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, int roleId, CancellationToken ct)
    {
        var assignment = await LoadAsync(id, roleId, ct);
        if (assignment is null) return NotFound();
        if (Refusal is not null) return Page();
        db.RoleAssignments.Remove(assignment);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã gỡ vai trò {0} của {1}.", UserDisplay.RoleName(assignment.Role), Login].Value;
        return Redirect($"/users/{id}/roles");
    }

    private async Task<RoleAssignment?> LoadAsync(string id, int roleId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var user = await db.Users.AsNoTracking().VisibleTo(scope).Where(u => u.Id == id).Select(u => new { u.Id, u.UserName }).FirstOrDefaultAsync(ct);
        if (user is null) return null;
        var assignment = await db.RoleAssignments.Include(r => r.Unit).FirstOrDefaultAsync(r => r.Id == roleId && r.UserId == id, ct);
        if (assignment is null || (assignment.Unit is not null && !scope.Covers(assignment.Unit.Path))) return null;

        UserId = user.Id;
        Login = user.UserName ?? "";
        Assignment = new RoleAt(assignment.Id, assignment.Role, assignment.Unit?.Code, assignment.Unit?.Name, assignment.Unit?.Path);
        if (assignment.Role == Role.Administrator && !await RoleRules.AnotherAdministratorExistsAsync(db, assignment.Id, ct))
            Refusal = l["Không thể gỡ vai trò Quản trị hệ thống cuối cùng: hệ thống phải luôn có ít nhất một quản trị viên đang hoạt động."];
        return assignment;
    }
}
