using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Web.Pages.Users;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Profile;

/// <summary>The signed-in user's own page: who they are, their roles, and their personal access tokens.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public sealed record TokenRow(int Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? RevokedAt);

    public string Login { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public List<RoleAt> Roles { get; private set; } = [];
    public List<TokenRow> Tokens { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == me.Id)
            .Select(u => new
            {
                u.UserName,
                u.FullName,
                Roles = u.Roles.Select(r => new RoleAt(r.Id, r.Role,
                    r.Unit == null ? null : r.Unit.Code,
                    r.Unit == null ? null : r.Unit.Name,
                    r.Unit == null ? null : r.Unit.Path)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (user is null) return Challenge();
        Login = user.UserName ?? "";
        FullName = user.FullName;
        Roles = user.Roles.OrderBy(r => r.Role).ThenBy(r => r.UnitCode, StringComparer.Ordinal).ToList();
        // Active tokens first, newest first.
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == me.Id)
            .OrderBy(t => t.RevokedAt == null ? 0 : 1).ThenByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.CreatedAt, t.LastUsedAt, t.RevokedAt))
            .ToListAsync(ct);
        return Page();
    }
}
