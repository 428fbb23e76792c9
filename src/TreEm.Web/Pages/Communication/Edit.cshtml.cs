using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Communication;

/// <summary>Corrects a communication activity; the form carries the version it was read at (a stale save is refused).</summary>
public class EditModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : CommunicationFormPage
{
    [BindProperty]
    public int Version { get; set; }

    public int Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var a = await db.CommunicationActivities.AsNoTracking().VisibleTo(scope).Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return NotFound();
        if (!ActivityKit.CanWrite(scope, Capabilities.ActivityWrite, a.Unit!.Path)) return Forbid();
        Id = id;
        BackUrl = "/communication/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Input = CommunicationForm.From(a, a.Unit.Code);
        Version = a.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var a = await db.CommunicationActivities.VisibleTo(scope).Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return NotFound();
        if (!ActivityKit.CanWrite(scope, Capabilities.ActivityWrite, a.Unit!.Path)) return Forbid();
        Id = id;
        BackUrl = "/communication/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (unit, refused) = await CheckAsync(db, scope, Display.Today(time), l, ct);
        if (refused is not null) return refused;
        if (unit is null) return Page();
        db.Entry(a).Property(x => x.Version).OriginalValue = Version;
        Input.ApplyTo(a, unit.Id);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Hoạt động đã được người khác sửa trong lúc bạn nhập; thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới."]);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu hoạt động truyền thông \"{0}\".", a.Title].Value;
        return Redirect(BackUrl);
    }
}
