using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Data.Plans;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Plans;

/// <summary>A new plan of a unit where the user keeps plans, with its targets.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<PlansResource> l) : PlanFormPage(db, l)
{
    public async Task<IActionResult> OnGetAsync(string? unit, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LoadUnitOptionsAsync(scope, ct);
        if (UnitOptions.Count == 0) return Forbid();
        Input.UnitCode = UnitOptions.Any(u => u.Code == unit) ? unit : UnitOptions[0].Code;
        Input.Year = Display.Today(time).Year.ToString(CultureInfo.InvariantCulture);
        Input.PadTargets();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        await LoadUnitOptionsAsync(scope, ct);
        if (UnitOptions.Count == 0) return Forbid();
        var unit = string.IsNullOrWhiteSpace(Input.UnitCode) ? null
            : await PlanQueries.WritableUnits(Db, scope).FirstOrDefaultAsync(u => u.Code == Input.UnitCode.Trim(), ct);
        if (unit is null) ModelState.AddModelError("Input.UnitCode", L["Đơn vị không có hoặc ngoài phạm vi của bạn."]);
        var read = Check();
        if (read is { } ok && unit is not null && await DuplicateAsync(unit.Id, ok.Plan.Year, null, ct) is { } duplicate)
        {
            ModelState.AddModelError("Input.Year", duplicate);
            read = null;
        }
        if (read is not { } valid || unit is null)
        {
            Input.PadTargets();
            return Page();
        }
        var plan = valid.Plan;
        plan.UnitId = unit.Id;
        plan.CreatedAt = time.GetUtcNow().UtcDateTime;
        plan.CreatedBy = me.UserName;
        plan.Targets = valid.Targets.Select(t => t.Target).ToList();
        Db.Plans.Add(plan);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = L["Đã lưu kế hoạch số {0}.", plan.Number].Value;
        return Redirect(PlanText.Url(plan.Id));
    }
}
