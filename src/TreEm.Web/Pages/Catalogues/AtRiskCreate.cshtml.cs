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

/// <summary>An administrator adds an at-risk situation to the catalogue; its code is fixed from then on.</summary>
[Authorize(Policy = Policies.Administrator)]
public class AtRiskCreateModel(TreEmDbContext db, IStringLocalizer<CataloguesResource> l) : PageModel
{
    [BindProperty]
    public AtRiskCreateInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var code = (Input.Code ?? "").Trim().ToUpperInvariant();
        Input.Code = code;
        var name = VietnameseText.Clean(Input.Name);
        var existing = await db.AtRiskSituations.AsNoTracking().Select(a => new { a.Code, a.Name, a.SortOrder }).ToListAsync(ct);
        if (ModelState.IsValid && existing.Any(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError("Input.Code", l["Mã {0} đã có trong danh mục.", code]);
        if (ModelState.IsValid && existing.Any(a => VietnameseText.Normalize(a.Name) == VietnameseText.Normalize(name)))
            ModelState.AddModelError("Input.Name", l["Đã có tình huống mang tên này."]);
        if (!ModelState.IsValid) return Page();

        db.AtRiskSituations.Add(new AtRiskSituation
        {
            Code = code,
            Name = name,
            NameEn = VietnameseText.Clean(Input.NameEn),
            SortOrder = existing.Count == 0 ? 1 : existing.Max(a => a.SortOrder) + 1,
            IsActive = true,
        });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm tình huống {0}.", code].Value;
        return Redirect(AtRiskCatalogue.ListUrl);
    }
}
