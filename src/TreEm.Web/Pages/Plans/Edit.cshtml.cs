using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Data.Plans;
using TreEm.Domain.Plans;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Plans;

/// <summary>
/// Changes a plan and its targets (PlanWrite over the plan's unit). Optimistic concurrency on the plan's version,
/// which every save of the plan or of its targets moves on: a stale form is not saved, keeps what was typed and says
/// who saved in between.
/// </summary>
public class EditModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<PlansResource> l) : PlanFormPage(db, l)
{
    [BindProperty]
    public int Version { get; set; }

    public int PlanId { get; private set; }
    public string Heading { get; private set; } = "";
    public string UnitLabel { get; private set; } = "";
    public string? ConflictMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await LoadAsync(scope, id, ct);
        if (plan is null) return NotFound();
        if (!PlanQueries.CanWrite(scope, plan.Unit!.Path)) return Forbid();
        Input = PlanInput.From(plan, plan.Unit.Code);
        Input.PadTargets();
        Version = plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var plan = await LoadAsync(scope, id, ct);
        if (plan is null) return NotFound();
        if (!PlanQueries.CanWrite(scope, plan.Unit!.Path)) return Forbid();
        // Unit and year stay: the page shows them, the form cannot change them.
        Input.UnitCode = plan.Unit.Code;
        Input.Year = plan.Year.ToString(CultureInfo.InvariantCulture);
        var read = Check();
        if (read is not { } ok)
        {
            Input.PadTargets();
            return Page();
        }

        Db.Entry(plan).Property(p => p.Version).OriginalValue = Version;
        plan.Number = ok.Plan.Number;
        plan.IssuedOn = ok.Plan.IssuedOn;
        plan.Title = ok.Plan.Title;
        plan.LegalBases = ok.Plan.LegalBases;
        plan.Tasks = ok.Plan.Tasks;
        var existing = plan.Targets.ToDictionary(t => t.Id);
        var kept = new HashSet<int>();
        foreach (var (row, target) in ok.Targets)
        {
            if (row.Id is { } rowId && existing.TryGetValue(rowId, out var current))
            {
                kept.Add(rowId);
                current.Order = target.Order;
                current.IndicatorCode = target.IndicatorCode;
                current.Comparator = target.Comparator;
                current.Value = target.Value;
                current.Text = target.Text;
            }
            else
            {
                plan.Targets.Add(target);
            }
        }
        foreach (var removed in existing.Values.Where(t => !kept.Contains(t.Id) && Input.Targets.Any(r => r.Id == t.Id && r.Remove)))
            Db.PlanTargets.Remove(removed);
        // A change of the targets alone is a change of the plan: its version moves on too.
        Db.Entry(plan).Property(p => p.Version).IsModified = true;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            var now = await Db.Plans.AsNoTracking().Where(p => p.Id == id).Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);
            if (now is null)
            {
                TempData["Flash"] = L["Kế hoạch đã bị xóa; thay đổi của bạn chưa được lưu."].Value;
                return Redirect("/plans");
            }
            var key = id.ToString(CultureInfo.InvariantCulture);
            var last = await Db.AuditEntries.AsNoTracking()
                .Where(a => a.Entity == nameof(Plan) && a.Key == key && a.Action == AuditAction.Update)
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .Select(a => new { a.UserName, a.At }).FirstOrDefaultAsync(ct);
            ConflictMessage = last is null
                ? L["Kế hoạch này vừa được người khác sửa trong lúc bạn đang sửa. Thay đổi của bạn CHƯA được lưu: hãy kiểm tra lại rồi bấm Lưu một lần nữa."].Value
                : L["Kế hoạch này vừa được {0} sửa lúc {1} trong lúc bạn đang sửa. Thay đổi của bạn CHƯA được lưu: hãy mở kế hoạch ở cửa sổ khác để xem bản mới, kiểm tra lại thông tin dưới đây rồi bấm Lưu một lần nữa.",
                    last.UserName, Display.DateTime(last.At)].Value;
            Version = now.Value;
            Input.PadTargets();
            return Page();
        }
        TempData["Flash"] = L["Đã lưu kế hoạch số {0}.", plan.Number].Value;
        return Redirect(PlanText.Url(id));
    }

    private async Task<Plan?> LoadAsync(UserScope scope, int id, CancellationToken ct)
    {
        var plan = await PlanQueries.Readable(Db, scope).Include(p => p.Unit).Include(p => p.Targets).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (plan is not null)
        {
            PlanId = plan.Id;
            Heading = plan.Number;
            UnitLabel = plan.Unit!.Name + " (" + plan.Unit.Code + ")";
        }
        return plan;
    }
}
