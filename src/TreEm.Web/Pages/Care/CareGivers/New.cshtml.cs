using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>Registers an individual or family to give alternative care, in a unit where the user may write.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    [BindProperty]
    public CareGiverForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        Input.RegisteredOn = Display.Date(Display.Today(time));
        var write = scope.For(Capabilities.SupportWrite);
        if (!write.All && write.Paths.Count > 0)
        {
            var top = write.Paths[0];
            Input.UnitCode = await db.Units.AsNoTracking().Where(u => u.Path == top).Select(u => u.Code).FirstOrDefaultAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        var giver = new CareGiver { CreatedAt = time.GetUtcNow().UtcDateTime };
        var errors = Input.ApplyTo(giver, Display.Today(time));
        var code = CareText.Clean(Input.UnitCode);
        int? unitId = code is null ? null : await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.SupportWrite))
            .Where(u => u.Code == code).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (unitId is null) errors[nameof(CareGiverForm.UnitCode)] = "Không tìm thấy đơn vị có mã này mà bạn được quyền ghi.";
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError("Input." + field, l[message]);
            return Page();
        }
        giver.UnitId = unitId!.Value;
        db.AlternativeCareGivers.Add(giver);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã đăng ký người nhận chăm sóc thay thế {0}.", giver.FullName].Value;
        return Redirect("/care/caregivers/" + CareText.Id(giver.Id));
    }
}
