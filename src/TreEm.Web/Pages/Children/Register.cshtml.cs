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
/// Registers a child in a commune or village of the user's register scope. Likely duplicates anywhere in the
/// installation are shown before anything is saved, and saving then needs the user's explicit confirmation.
/// </summary>
public class RegisterModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ChildrenResource> l) : ChildFormPage
{
    /// <summary>Groups (letters a…o) the child is in from today.</summary>
    [BindProperty]
    public List<string> InitialGroups { get; set; } = [];

    /// <summary>At-risk situations the child is in from today.</summary>
    [BindProperty]
    public List<string> InitialAtRisk { get; set; } = [];

    /// <summary>Sent by the "Vẫn đăng ký" button: the digest of the duplicates the user was shown.</summary>
    [BindProperty]
    public string? ConfirmDuplicates { get; set; }

    public List<ChildCatalogue.Entry> GroupOptions { get; private set; } = [];
    public List<ChildCatalogue.Entry> AtRiskOptions { get; private set; } = [];
    public DuplicateCheck.Result? Duplicates { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LoadAsync(scope, ct);
        if (UnitOptions.Count == 0) return Forbid();
        if (UnitOptions.Count == 1) Input.UnitCode = UnitOptions[0].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LoadAsync(scope, ct);
        if (UnitOptions.Count == 0) return Forbid();
        var today = Display.Today(time);
        var draft = Check(today, l);
        InitialGroups = InitialGroups.Distinct(StringComparer.Ordinal).ToList();
        InitialAtRisk = InitialAtRisk.Distinct(StringComparer.Ordinal).ToList();
        if (InitialGroups.Exists(g => !GroupOptions.Exists(o => o.Code == g)) || InitialAtRisk.Exists(a => !AtRiskOptions.Exists(o => o.Code == a)))
            ModelState.AddModelError("", l["Có nhóm hoặc tình huống không còn trong danh mục; vui lòng chọn lại."]);
        if (draft is not null && await IdentityTakenAsync(db, draft.IdentityNumber, null, ct))
            ModelState.AddModelError("Input.IdentityNumber", l["Số định danh này đã có trong sổ theo dõi trẻ em (một hồ sơ khác). Vui lòng kiểm tra lại."]);
        if (draft is null || !ModelState.IsValid) return Page();

        var duplicates = await DuplicateCheck.FindAsync(db, scope, draft, ct);
        if (duplicates.Rows.Count > 0 && ConfirmDuplicates != duplicates.Token)
        {
            // Shown before saving; saving needs the confirmation of exactly these candidates.
            Duplicates = duplicates;
            return Page();
        }

        var unitId = await db.Units.Where(u => u.Code == draft.UnitCode).Select(u => u.Id).SingleAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var child = new Child { CreatedAt = now, UpdatedAt = now };
        draft.ApplyTo(child, unitId);
        foreach (var g in InitialGroups)
            child.Classifications.Add(new ChildClassification { Kind = ClassificationKind.SpecialCircumstance, GroupCode = g, StartDate = today });
        foreach (var a in InitialAtRisk)
            child.Classifications.Add(new ChildClassification { Kind = ClassificationKind.AtRisk, AtRiskCode = a, StartDate = today });
        db.Children.Add(child);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone saved the same number in the meantime: the unique index refused it.
            db.ChangeTracker.Clear();
            if (!await IdentityTakenAsync(db, draft.IdentityNumber, null, ct)) throw;
            ModelState.AddModelError("Input.IdentityNumber", l["Số định danh này đã có trong sổ theo dõi trẻ em (một hồ sơ khác). Vui lòng kiểm tra lại."]);
            return Page();
        }
        TempData["Flash"] = l["Đã đăng ký trẻ {0}.", child.FullName].Value;
        return Redirect(ChildText.Url(child.Id));
    }

    private async Task LoadAsync(UserScope scope, CancellationToken ct)
    {
        var today = Display.Today(time);
        UnitOptions = await ChildUnits.OptionsAsync(db.Units.WhereChildrenCanBeRegisteredBy(scope), db, today, null, ct);
        EthnicityOptions = await EthnicitiesAsync(db, ct);
        GroupOptions = await ChildCatalogue.GroupsAsync(db, today, ct);
        AtRiskOptions = await ChildCatalogue.AtRiskAsync(db, ct);
    }
}
