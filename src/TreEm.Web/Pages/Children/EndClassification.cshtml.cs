using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>Ends a current classification on a date, with a reason (kept in the audit log). The record stays as past.</summary>
public class EndClassificationModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor actor, IStringLocalizer<ChildrenResource> l) : PageModel
{
    public sealed class EndInput
    {
        public string? EndDate { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty]
    public EndInput Input { get; set; } = new();

    public int ChildId { get; private set; }
    public string ChildName { get; private set; } = "";
    public ChildClassification Classification { get; private set; } = null!;
    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, int cid, CancellationToken ct)
    {
        if (!await LoadAsync(id, cid, ct)) return NotFound();
        Input.EndDate = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int cid, CancellationToken ct)
    {
        if (!await LoadAsync(id, cid, ct)) return NotFound();
        var x = Classification;
        if (x.EndDate is not null)
        {
            ModelState.AddModelError("", l["Phân loại này đã kết thúc ngày {0}.", Display.Date(x.EndDate)]);
            return Page();
        }
        var end = Display.ParseDate(Input.EndDate);
        var reason = Input.Reason?.Trim() ?? "";
        if (string.IsNullOrWhiteSpace(Input.EndDate)) Error(nameof(EndInput.EndDate), "Vui lòng nhập ngày kết thúc.");
        else if (end is null) Error(nameof(EndInput.EndDate), "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026.");
        else if (end > Display.Today(time)) Error(nameof(EndInput.EndDate), "Ngày kết thúc không được ở tương lai.");
        else if (end < x.StartDate)
            ModelState.AddModelError("Input.EndDate", l["Ngày kết thúc không được trước ngày bắt đầu ({0}).", Display.Date(x.StartDate)]);
        if (reason.Length == 0) Error(nameof(EndInput.Reason), "Vui lòng nhập lý do.");
        else if (reason.Length > 300) Error(nameof(EndInput.Reason), "Lý do dài quá 300 ký tự.");
        if (!ModelState.IsValid) return Page();

        x.EndDate = end;
        actor.Reason = reason;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã kết thúc phân loại «{0}» của trẻ {1}.", Name, ChildName].Value;
        return Redirect(ChildText.Url(id));
    }

    private void Error(string field, string message) => ModelState.AddModelError("Input." + field, l[message]);

    private async Task<bool> LoadAsync(int id, int cid, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var child = await db.Children.AsNoTracking().ManagedBy(scope).Where(c => c.MergedIntoId == null)
            .Select(c => new { c.Id, c.FullName }).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return false;
        var x = await db.ChildClassifications.Include(c => c.Group).Include(c => c.Subgroup).Include(c => c.AtRisk)
            .FirstOrDefaultAsync(c => c.Id == cid && c.ChildId == id, ct);
        if (x is null) return false;
        ChildId = child.Id;
        ChildName = child.FullName;
        Classification = x;
        Name = x.Kind == ClassificationKind.SpecialCircumstance
            ? $"{x.GroupCode}) {(x.Group is { } g ? ChildText.Name(g.Name, g.NameEn) : "")}{(x.Subgroup is { } s ? " – " + s.Name : "")}"
            : x.AtRisk is { } a ? ChildText.Name(a.Name, a.NameEn) : x.AtRiskCode ?? "";
        return true;
    }
}
