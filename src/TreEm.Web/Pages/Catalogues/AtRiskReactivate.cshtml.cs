using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Catalogues;

/// <summary>Puts a retired at-risk situation back in use.</summary>
[Authorize(Policy = Policies.Administrator)]
public class AtRiskReactivateModel(TreEmDbContext db, IStringLocalizer<CataloguesResource> l) : PageModel
{
    public AtRiskSituation Situation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await AtRiskCatalogue.FindAsync(db, code, ct) is not { } found) return NotFound();
        Situation = found;
        return found.IsActive ? Redirect(AtRiskCatalogue.ListUrl) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await AtRiskCatalogue.FindAsync(db, code, ct) is not { } found) return NotFound();
        if (!found.IsActive)
        {
            found.IsActive = true;
            await db.SaveChangesAsync(ct);
            TempData["Flash"] = l["Đã dùng lại tình huống {0}.", found.Code].Value;
        }
        return Redirect(AtRiskCatalogue.ListUrl);
    }
}
