using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Profile;

/// <summary>Revokes one of the signed-in user's tokens, after confirmation. A revoked token stops working at once.</summary>
public class RevokeTokenModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<UsersResource> l) : PageModel
{
    public ApiToken Token { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Token.RevokedAt is null ? Page() : Redirect("/profile");
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Token.RevokedAt is null)
        {
            Token.RevokedAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            TempData["Flash"] = l["Đã thu hồi mã truy cập {0}.", Token.Name].Value;
        }
        return Redirect("/profile");
    }

    /// <summary>Only the user's own tokens exist here; anyone else's is 404.</summary>
    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == me.Id, ct);
        if (token is null) return false;
        Token = token;
        return true;
    }
}
