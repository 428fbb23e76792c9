using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Users;

/// <summary>The roles a user holds at units; an administrator adds one here (removing has its own page).</summary>
[Authorize(Policy = Policies.Administrator)]
public class RolesModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<UsersResource> l) : PageModel
{
    public sealed class AddRoleInput
    {
        [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
        public Role? Role { get; set; }

        [StringLength(32, ErrorMessage = "Mã đơn vị dài tối đa 32 ký tự.")]
        public string? UnitCode { get; set; }
    }

    public sealed record UserHeader(string Id, string Login, string FullName);

    [BindProperty]
    public AddRoleInput Input { get; set; } = new();

    public UserHeader Target { get; private set; } = null!;
    public List<RoleAt> Roles { get; private set; } = [];
    public List<SelectListItem> RoleOptions { get; } = UserDisplay.RoleOptions();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();

        var role = Input.Role!.Value;
        var scope = await me.ScopeAsync(ct);
        var unit = await RoleRules.ResolveUnitAsync(db, scope, role, Input.UnitCode, RoleRules.Today(time), l, ct);
        if (unit.Error is not null)
        {
            ModelState.AddModelError("Input.UnitCode", unit.Error);
            return Page();
        }
        if (await db.RoleAssignments.AnyAsync(r => r.UserId == id && r.Role == role && r.UnitId == unit.UnitId, ct))
        {
            ModelState.AddModelError("Input.Role", l["Người dùng đã có vai trò này tại đơn vị này."]);
            return Page();
        }

        db.RoleAssignments.Add(new RoleAssignment { UserId = id, Role = role, UnitId = unit.UnitId, CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm vai trò {0}.", UserDisplay.RoleName(role)].Value;
        return Redirect($"/users/{id}/roles");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var user = await db.Users.AsNoTracking().VisibleTo(scope).Where(u => u.Id == id)
            .Select(u => new
            {
                Header = new UserHeader(u.Id, u.UserName!, u.FullName),
                Roles = u.Roles.Select(r => new RoleAt(r.Id, r.Role,
                    r.Unit == null ? null : r.Unit.Code,
                    r.Unit == null ? null : r.Unit.Name,
                    r.Unit == null ? null : r.Unit.Path)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (user is null) return false;
        Target = user.Header;
        Roles = UserDisplay.VisibleRoles(user.Roles, scope);
        return true;
    }
}
