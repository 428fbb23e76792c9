using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Partners;

/// <summary>
/// The users of a partner agency: a manager attaches users holding the partner role (they then see the cases
/// referred to the agency) or detaches them, with a confirmation.
/// </summary>
public class UsersModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<CaseFollowUpResource> l) : PageModel
{
    public sealed record UserRow(string Id, string UserName, string FullName, int? AgencyId, string? AgencyName);

    public PartnerAgency? Agency { get; private set; }
    public IReadOnlyList<UserRow> Members { get; private set; } = [];
    public IReadOnlyList<UserRow> Candidates { get; private set; } = [];

    [BindProperty, Required(ErrorMessage = "Chọn người dùng.")]
    public string? UserId { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var scope = await me.ScopeAsync(ct);
        var user = await PartnerScope.PartnerUsers(db, scope).FirstOrDefaultAsync(u => u.Id == UserId, ct);
        if (user is null) return NotFound();
        user.PartnerAgencyId = Agency!.Id;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã gắn {0} với {1}.", user.UserName ?? "", Agency.Name].Value;
        return Redirect(UsersUrl(id));
    }

    public async Task<IActionResult> OnPostUnassignAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        var scope = await me.ScopeAsync(ct);
        var user = await PartnerScope.PartnerUsers(db, scope).FirstOrDefaultAsync(u => u.Id == UserId && u.PartnerAgencyId == id, ct);
        if (user is null) return NotFound();
        if (!Confirm)
        {
            ModelState.AddModelError("", l["Đánh dấu «Tôi xác nhận…» để gỡ người dùng khỏi cơ quan."]);
            return Page();
        }
        user.PartnerAgencyId = null;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã gỡ {0} khỏi {1}.", user.UserName ?? "", Agency!.Name].Value;
        return Redirect(UsersUrl(id));
    }

    private static string UsersUrl(int id) => "/partners/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/users";

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PartnerScope.IsFor(scope)) return false;
        Agency = await PartnerScope.FindAsync(db, scope, id, ct);
        if (Agency is null) return false;
        var users = await PartnerScope.PartnerUsers(db, scope).AsNoTracking()
            .OrderBy(u => u.UserName)
            .Select(u => new UserRow(u.Id, u.UserName ?? "", u.FullName, u.PartnerAgencyId, u.PartnerAgency == null ? null : u.PartnerAgency.Name))
            .ToListAsync(ct);
        Members = users.Where(u => u.AgencyId == id).ToList();
        Candidates = users.Where(u => u.AgencyId != id).ToList();
        return true;
    }
}
