using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// Corrects a child's record. Optimistic concurrency: the form carries the version it was read at; when someone
/// else saved in between, nothing is overwritten and the user sees the other values beside theirs.
/// Residence changes stay inside the child's commune; a move elsewhere is a status change.
/// </summary>
public class EditModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ChildrenResource> l) : ChildFormPage
{
    /// <summary>The version of the record the form was filled from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";

    /// <summary>Set after a stale save: the fields the other person changed differently.</summary>
    public List<ChildConflict.Field>? Conflicts { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var child = await LoadAsync(scope, id, tracked: false, ct);
        if (child is null) return NotFound();
        if (child.MergedIntoId is not null) return MergedAway(id);
        Input = ChildFormInput.FromDraft(ChildDraft.From(child, child.Unit!.Code));
        Version = child.Version;
        await OptionsAsync(scope, child, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var child = await LoadAsync(scope, id, tracked: true, ct);
        if (child is null) return NotFound();
        if (child.MergedIntoId is not null) return MergedAway(id);
        await OptionsAsync(scope, child, ct);
        var draft = Check(Display.Today(time), l);
        if (draft is not null && await IdentityTakenAsync(db, draft.IdentityNumber, id, ct))
            ModelState.AddModelError("Input.IdentityNumber", l["Số định danh này đã có trong sổ theo dõi trẻ em (một hồ sơ khác). Vui lòng kiểm tra lại."]);
        if (draft is null || !ModelState.IsValid) return Page();

        var unitId = await db.Units.Where(u => u.Code == draft.UnitCode).Select(u => u.Id).SingleAsync(ct);
        db.Entry(child).Property(c => c.Version).OriginalValue = Version;
        draft.ApplyTo(child, unitId);
        child.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadAsync(scope, id, tracked: false, ct);
            if (current is null || current.MergedIntoId is not null)
            {
                TempData["Flash"] = l["Hồ sơ đã được người khác thay đổi và bạn không còn sửa được; thay đổi của bạn chưa được lưu."].Value;
                return Redirect(ChildText.Url(id));
            }
            ChildName = current.FullName;
            await OptionsAsync(scope, current, ct);
            Conflicts = await CompareAsync(ChildDraft.From(current, current.Unit!.Code), draft, ct);
            // The next save is checked against what the user has now seen.
            Version = current.Version;
            return Page();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await IdentityTakenAsync(db, draft.IdentityNumber, id, ct)) throw;
            ModelState.AddModelError("Input.IdentityNumber", l["Số định danh này đã có trong sổ theo dõi trẻ em (một hồ sơ khác). Vui lòng kiểm tra lại."]);
            return Page();
        }
        TempData["Flash"] = l["Đã lưu hồ sơ của trẻ {0}.", child.FullName].Value;
        return Redirect(ChildText.Url(id));
    }

    private async Task<Child?> LoadAsync(UserScope scope, int id, bool tracked, CancellationToken ct)
    {
        var query = db.Children.ManagedBy(scope).Include(c => c.Caregivers).Include(c => c.Unit).AsQueryable();
        if (!tracked) query = query.AsNoTracking();
        var child = await query.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is not null)
        {
            ChildId = child.Id;
            ChildName = child.FullName;
        }
        return child;
    }

    private RedirectResult MergedAway(int id)
    {
        TempData["Flash"] = l["Hồ sơ này đã được gộp vào hồ sơ khác, không thể thay đổi."].Value;
        return Redirect(ChildText.Url(id));
    }

    /// <summary>Residence choices: the units of the child's commune the user may write.</summary>
    private async Task OptionsAsync(UserScope scope, Child child, CancellationToken ct)
    {
        var places = await ChildUnits.PlacesAsync(db, [child.UnitId], ct);
        var communePath = places[child.UnitId].CommunePath;
        var units = db.Units.WhereChildrenCanBeRegisteredBy(scope);
        units = communePath is null ? units.Where(u => u.Id == child.UnitId) : units.Where(u => u.Path.StartsWith(communePath));
        UnitOptions = await ChildUnits.OptionsAsync(units, db, Display.Today(time), child.Unit!.Code, ct);
        EthnicityOptions = await EthnicitiesAsync(db, ct);
    }

    private async Task<List<ChildConflict.Field>> CompareAsync(ChildDraft theirs, ChildDraft yours, CancellationToken ct)
    {
        var codes = new[] { theirs.UnitCode, yours.UnitCode }.OfType<string>().ToList();
        var units = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var ethnicities = EthnicityOptions.ToDictionary(o => o.Value, o => o.Text, StringComparer.Ordinal);
        return ChildConflict.Compare(theirs, yours,
            code => code is null ? "" : ethnicities.GetValueOrDefault(code.Trim(), code),
            code => code is null ? "" : units.GetValueOrDefault(code, code), l);
    }
}
