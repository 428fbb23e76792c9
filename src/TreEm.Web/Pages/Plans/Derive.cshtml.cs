using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Data.Plans;
using TreEm.Domain;
using TreEm.Domain.Plans;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Plans;

/// <summary>
/// A district (or commune) makes its plan from the plan of a unit above it: the title, tasks and targets are copied,
/// the plan above becomes its parent and first legal basis; the unit gives its own number and date. The user needs
/// PlanWrite over the unit below (a district officer for their district, the province for any).
/// </summary>
public class DeriveModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<PlansResource> l) : PageModel
{
    public sealed class DeriveInput
    {
        public string? UnitCode { get; set; }
        public string? Number { get; set; }
        public string? IssuedOn { get; set; }
        public string? Title { get; set; }
    }

    public sealed record UnitOption(string Code, string Label);

    [BindProperty]
    public DeriveInput Input { get; set; } = new();

    public Plan Parent { get; private set; } = null!;
    public List<UnitOption> UnitOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? unit, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var parent = await LoadAsync(scope, id, ct);
        if (parent is null) return NotFound();
        await LoadUnitsAsync(scope, parent, ct);
        if (UnitOptions.Count == 0) return Forbid();
        if (unit is not null && UnitOptions.All(u => u.Code != unit))
        {
            // A unit the user may read but not keep plans for is refused; one they cannot see does not exist.
            var readable = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ReportRead)).AnyAsync(u => u.Code == unit, ct);
            return readable ? Forbid() : NotFound();
        }
        Input.UnitCode = unit ?? UnitOptions[0].Code;
        Input.IssuedOn = Display.Date(Display.Today(time));
        Input.Title = parent.Title;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var parent = await LoadAsync(scope, id, ct);
        if (parent is null) return NotFound();
        await LoadUnitsAsync(scope, parent, ct);
        if (UnitOptions.Count == 0) return Forbid();

        var code = Input.UnitCode?.Trim();
        OrgUnit? unit = null;
        if (string.IsNullOrEmpty(code)) ModelState.AddModelError("Input.UnitCode", l["Vui lòng chọn đơn vị."]);
        else if (UnitOptions.All(u => u.Code != code))
            ModelState.AddModelError("Input.UnitCode", l["Đơn vị không có, không thuộc đơn vị ban hành kế hoạch này hoặc ngoài phạm vi của bạn."]);
        else unit = await db.Units.AsNoTracking().FirstAsync(u => u.Code == code, ct);
        var number = (Input.Number ?? "").Trim();
        if (number.Length == 0) ModelState.AddModelError("Input.Number", l["Vui lòng nhập số, ký hiệu của kế hoạch."]);
        else if (number.Length > 60) ModelState.AddModelError("Input.Number", l["Số, ký hiệu dài quá 60 ký tự."]);
        var issued = Display.ParseDate(Input.IssuedOn);
        if (string.IsNullOrWhiteSpace(Input.IssuedOn)) ModelState.AddModelError("Input.IssuedOn", l["Vui lòng nhập ngày ban hành."]);
        else if (issued is null) ModelState.AddModelError("Input.IssuedOn", l["Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 18/03/2021."]);
        else if (issued < parent.IssuedOn) ModelState.AddModelError("Input.IssuedOn", l["Kế hoạch của đơn vị không thể ban hành trước kế hoạch cấp trên ({0}).", Display.Date(parent.IssuedOn)]);
        if ((Input.Title ?? "").Trim().Length > 500) ModelState.AddModelError("Input.Title", l["Tên kế hoạch dài quá 500 ký tự."]);
        if (unit is not null)
        {
            var other = await db.Plans.AsNoTracking().Where(p => p.UnitId == unit.Id && p.Year == parent.Year).Select(p => p.Number).FirstOrDefaultAsync(ct);
            if (other is not null) ModelState.AddModelError("Input.UnitCode", l["Đơn vị này đã có kế hoạch năm {0} (số {1}).", parent.Year, other]);
        }
        if (!ModelState.IsValid || unit is null || issued is null) return Page();

        var plan = PlanDerivation.Derive(parent, unit, number, issued.Value, Input.Title, time.GetUtcNow().UtcDateTime, me.UserName);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã lập kế hoạch số {0} của {1} từ kế hoạch số {2}.", plan.Number, unit.Name, parent.Number].Value;
        return Redirect(PlanText.Url(plan.Id));
    }

    private async Task<Plan?> LoadAsync(UserScope scope, int id, CancellationToken ct)
    {
        var parent = await PlanQueries.Readable(db, scope).AsNoTracking().Include(p => p.Unit).Include(p => p.Targets)
            .FirstOrDefaultAsync(p => p.Id == id, ct);
        if (parent is not null) Parent = parent;
        return parent;
    }

    /// <summary>Units below the plan's unit where the user keeps plans.</summary>
    private async Task LoadUnitsAsync(UserScope scope, Plan parent, CancellationToken ct)
    {
        var path = parent.Unit!.Path;
        var units = await PlanQueries.WritableUnits(db, scope).Where(u => u.Path.StartsWith(path) && u.Path != path)
            .OrderBy(u => u.Path).Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);
        var top = units.Count == 0 ? 0 : units.Min(u => u.Path.Count(c => c == '/'));
        UnitOptions = units.Select(u => new UnitOption(u.Code, new string('\u00A0', 3 * (u.Path.Count(c => c == '/') - top)) + u.Name + " (" + u.Code + ")"))
            .ToList();
    }
}
