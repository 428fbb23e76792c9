using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Catalogues;

/// <summary>An administrator corrects the names of an at-risk situation; the code stays, so classifications keep it.</summary>
[Authorize(Policy = Policies.Administrator)]
public class AtRiskEditModel(TreEmDbContext db, IStringLocalizer<CataloguesResource> l) : PageModel
{
    [BindProperty]
    public AtRiskNamesInput Input { get; set; } = new();

    public AtRiskSituation Situation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await AtRiskCatalogue.FindAsync(db, code, ct) is not { } found) return NotFound();
        Situation = found;
        Input = new AtRiskNamesInput { Name = found.Name, NameEn = found.NameEn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await AtRiskCatalogue.FindAsync(db, code, ct) is not { } found) return NotFound();
        Situation = found;
        var name = VietnameseText.Clean(Input.Name);
        if (ModelState.IsValid)
        {
            var normalised = VietnameseText.Normalize(name);
            var others = await db.AtRiskSituations.AsNoTracking().Where(a => a.Code != found.Code).Select(a => a.Name).ToListAsync(ct);
            if (others.Any(n => VietnameseText.Normalize(n) == normalised))
                ModelState.AddModelError("Input.Name", l["Đã có tình huống mang tên này."]);
        }
        if (!ModelState.IsValid) return Page();

        found.Name = name;
        found.NameEn = VietnameseText.Clean(Input.NameEn);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã lưu tình huống {0}.", found.Code].Value;
        return Redirect(AtRiskCatalogue.ListUrl);
    }
}
