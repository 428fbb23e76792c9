using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>Edits a caregiver and its checks (the unit stays; a stale edit is refused by the version).</summary>
public class EditModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    [BindProperty]
    public CareGiverForm Input { get; set; } = new();

    public int Id { get; private set; }
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var (giver, result) = await LoadAsync(id, ct);
        if (giver is null) return result!;
        Input = CareGiverForm.From(giver, giver.Unit!.Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var (giver, result) = await LoadAsync(id, ct);
        if (giver is null) return result!;
        Input.UnitCode = giver.Unit!.Code;
        var errors = Input.ApplyTo(giver, Display.Today(time));
        if (errors.Count > 0)
        {
            foreach (var (field, message) in errors) ModelState.AddModelError("Input." + field, l[message]);
            return Page();
        }
        db.Entry(giver).Property(g => g.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Hồ sơ vừa được người khác sửa. Hãy tải lại trang và nhập lại."]);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu người nhận chăm sóc thay thế {0}.", giver.FullName].Value;
        return Redirect("/care/caregivers/" + CareText.Id(id));
    }

    private async Task<(CareGiver? Giver, IActionResult? Result)> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var giver = await db.AlternativeCareGivers.VisibleTo(scope).Include(g => g.Unit).FirstOrDefaultAsync(g => g.Id == id, ct);
        if (giver is null) return (null, NotFound());
        if (!await CareText.CanWriteAsync(db, scope, giver.UnitId, ct)) return (null, Forbid());
        Id = giver.Id;
        Name = giver.FullName;
        return (giver, null);
    }
}
