using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Users;

public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public sealed record UserInfo(string Id, string Login, string FullName, DateTime CreatedAt, bool IsDisabled, DateTimeOffset? LockoutEnd, bool MustChangePassword, List<RoleAt> Roles);

    public UserInfo Info { get; private set; } = null!;
    public UserStatus Status { get; private set; }
    public List<RoleAt> Roles { get; private set; } = [];
    public int ActiveTokens { get; private set; }
    public bool IsAdministrator => me.IsAdministrator;
    public bool IsSelf => Info.Id == me.Id;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var info = await db.Users.AsNoTracking().VisibleTo(scope).Where(u => u.Id == id)
            .Select(u => new UserInfo(u.Id, u.UserName!, u.FullName, u.CreatedAt, u.IsDisabled, u.LockoutEnd, u.MustChangePassword,
                u.Roles.Select(r => new RoleAt(r.Id, r.Role,
                    r.Unit == null ? null : r.Unit.Code,
                    r.Unit == null ? null : r.Unit.Name,
                    r.Unit == null ? null : r.Unit.Path)).ToList()))
            .FirstOrDefaultAsync(ct);
        if (info is null) return NotFound();

        Info = info;
        Status = UserDisplay.Status(info.IsDisabled, info.LockoutEnd, time.GetUtcNow());
        Roles = UserDisplay.VisibleRoles(info.Roles, scope);
        ActiveTokens = await db.ApiTokens.CountAsync(t => t.UserId == id && t.RevokedAt == null, ct);

        // Who looked at whose account is part of the record.
        db.AuditRead("AppUser", id, unitId: null);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
