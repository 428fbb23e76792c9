using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Injuries;

/// <summary>Corrects an injury record; the form carries the version it was read at (a stale save is refused).</summary>
public class EditModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : InjuryFormPage
{
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var (record, refused) = await LoadAsync(id, tracked: false, ct);
        if (refused is not null) return refused;
        Input = InjuryForm.From(record!, record!.Unit!.Code);
        Version = record.Version;
        await LoadOptionsAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var (record, refused) = await LoadAsync(id, tracked: true, ct);
        if (refused is not null) return refused;
        var scope = await me.ScopeAsync(ct);
        var result = await Input.CheckAsync(db, scope, Display.Today(time), ModelState, l, ct);
        if (result.Forbidden) return Forbid();
        if (result.Unit is null)
        {
            await LoadOptionsAsync(db, ct);
            return Page();
        }
        db.Entry(record!).Property(r => r.Version).OriginalValue = Version;
        Input.ApplyTo(record!, result.Unit.Id, result.Child);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", l["Hồ sơ đã được người khác sửa trong lúc bạn nhập; thay đổi của bạn chưa được lưu. Hãy tải lại trang để xem bản mới."]);
            await LoadOptionsAsync(db, ct);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu trường hợp tai nạn, thương tích."].Value;
        return Redirect(BackUrl);
    }

    private async Task<(InjuryRecord?, IActionResult?)> LoadAsync(int id, bool tracked, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var query = db.InjuryRecords.VisibleTo(scope).Include(r => r.Unit).AsQueryable();
        if (!tracked) query = query.AsNoTracking();
        var record = await query.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null) return (null, NotFound());
        if (!ActivityKit.CanWrite(scope, Capabilities.ActivityWrite, record.Unit!.Path)) return (null, Forbid());
        BackUrl = "/injuries/" + id.ToString(CultureInfo.InvariantCulture);
        return (record, null);
    }
}
