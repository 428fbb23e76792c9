using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages;

public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public sealed record RoleRow(string Role, string? UnitName);

    public string FullName { get; private set; } = "";
    public List<RoleRow> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == me.Id, ct);
        FullName = user.FullName;
        var english = CultureInfo.CurrentUICulture.Name == "en-US";
        var rows = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == me.Id)
            .Select(r => new { r.Role, UnitName = r.Unit == null ? null : r.Unit.Name }).ToListAsync(ct);
        Roles = rows.Select(r => new RoleRow(english ? RoleNames.English(r.Role) : RoleNames.Vietnamese(r.Role), r.UnitName)).ToList();
    }
}
