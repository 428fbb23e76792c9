using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Partners;

public class EditModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<CaseFollowUpResource> l) : PageModel
{
    [BindProperty]
    public PartnerInput Input { get; set; } = new();

    public string AgencyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PartnerScope.IsFor(scope)) return NotFound();
        var a = await PartnerScope.FindAsync(db, scope, id, ct);
        if (a is null) return NotFound();
        AgencyName = a.Name;
        Input = new PartnerInput { Name = a.Name, Kind = a.Kind, UnitCode = a.Unit!.Code, Phone = a.Phone, IsActive = a.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PartnerScope.IsFor(scope)) return NotFound();
        var a = await PartnerScope.FindAsync(db, scope, id, ct);
        if (a is null) return NotFound();
        AgencyName = a.Name;
        var unit = await Input.UnitAsync(db, scope, ModelState, l["Không tìm thấy đơn vị có mã này trong phạm vi của bạn."], ct);
        if (!ModelState.IsValid || unit is null) return Page();
        Input.ApplyTo(a, unit);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã lưu cơ quan {0}.", a.Name].Value;
        return Redirect("/partners");
    }
}
