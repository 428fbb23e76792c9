using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Partners;

public class CreateModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<CaseFollowUpResource> l) : PageModel
{
    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        PartnerScope.IsFor(await me.ScopeAsync(ct)) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PartnerScope.IsFor(scope)) return NotFound();
        var unit = await Input.UnitAsync(db, scope, ModelState, l["Không tìm thấy đơn vị có mã này trong phạm vi của bạn."], ct);
        if (!ModelState.IsValid || unit is null) return Page();
        var agency = new PartnerAgency();
        Input.ApplyTo(agency, unit);
        db.PartnerAgencies.Add(agency);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm cơ quan {0}.", agency.Name].Value;
        return Redirect("/partners");
    }
}
