using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// The classification a confirmed outcome proposes for a linked child (e.g. sexual abuse → group l): the worker
/// confirms it (the register gets the group from today) or declines it; either way the proposal is settled.
/// </summary>
public class ClassifyModel(TreEmDbContext db, CaseAccessor cases, CurrentUser me, TimeProvider time, IStringLocalizer<CasesResource> l) : PageModel
{
    /// <summary>"confirm" or "decline".</summary>
    [BindProperty]
    public string? Decision { get; set; }

    public OpenCase Open { get; private set; } = null!;
    public CaseChild CaseChild { get; private set; } = null!;
    public string ChildName { get; private set; } = "";
    public List<(string Code, string Name)> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int caseChildId, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct, tracked: false);
        if (open is null) return NotFound();
        return await RefusedAsync(open, caseChildId, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int caseChildId, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct);
        if (open is null) return NotFound();
        if (await RefusedAsync(open, caseChildId, ct) is { } refused) return refused;
        if (Decision is not ("confirm" or "decline"))
        {
            ModelState.AddModelError("", l["Vui lòng chọn xác nhận hoặc bỏ qua đề xuất."]);
            return Page();
        }

        var childId = CaseChild.ChildId!.Value;
        var today = Display.Today(time);
        var added = new List<string>();
        if (Decision == "confirm")
        {
            var current = await db.ChildClassifications.AsNoTracking()
                .Where(x => x.ChildId == childId && x.Kind == ClassificationKind.SpecialCircumstance)
                .Where(x => x.StartDate <= today && (x.EndDate == null || x.EndDate > today))
                .Select(x => x.GroupCode).ToListAsync(ct);
            foreach (var (code, _) in Groups.Where(g => !current.Contains(g.Code)))
            {
                db.ChildClassifications.Add(new ChildClassification
                {
                    ChildId = childId, Kind = ClassificationKind.SpecialCircumstance, GroupCode = code, StartDate = today,
                    Note = l["Theo vụ việc {0}", open.Case.Code].Value,
                });
                added.Add(code);
            }
        }
        CaseChild.ClassificationDecidedAt = cases.Now;
        open.Case.UpdatedAt = cases.Now;
        var changes = await cases.SaveAsync(open.Case, open.Case.Version, ct);
        if (changes is not null)
        {
            TempData["Flash"] = l["Vụ việc vừa được người khác cập nhật; hãy thử lại."].Value;
            return Redirect(CaseText.Url(id));
        }
        TempData["Flash"] = Decision == "confirm"
            ? added.Count > 0
                ? l["Đã ghi nhận trẻ {0} vào nhóm {1}.", ChildName, string.Join(", ", added)].Value
                : l["Trẻ {0} đã có phân loại này; không thêm mới.", ChildName].Value
            : l["Đã bỏ qua đề xuất phân loại cho trẻ {0}.", ChildName].Value;
        return Redirect(CaseText.Url(id));
    }

    private async Task<IActionResult?> RefusedAsync(OpenCase open, int caseChildId, CancellationToken ct)
    {
        Open = open;
        var caseChild = open.Case.Children.FirstOrDefault(c => c.Id == caseChildId);
        if (caseChild is null) return NotFound();
        CaseChild = caseChild;
        if (!open.CanWork) return Forbid();
        var proposed = ClassificationProposal.For(open.Case, caseChild);
        if (proposed.Count == 0)
        {
            TempData["Flash"] = l["Không có đề xuất phân loại nào đang chờ cho trẻ này."].Value;
            return Redirect(CaseText.Url(open.Case.Id));
        }
        var scope = await me.ScopeAsync(ct);
        var child = await db.Children.AsNoTracking().ManagedBy(scope)
            .Where(c => c.Id == caseChild.ChildId && c.MergedIntoId == null)
            .Select(c => new { c.FullName }).FirstOrDefaultAsync(ct);
        if (child is null) return Forbid();
        ChildName = child.FullName;
        var names = await db.SpecialCircumstanceGroups.AsNoTracking().Where(g => proposed.Contains(g.Code))
            .Select(g => new { g.Code, g.Name, g.NameEn }).ToListAsync(ct);
        Groups = proposed.Select(code => (code, names.Where(n => n.Code == code).Select(n => ChildText.Name(n.Name, n.NameEn)).FirstOrDefault() ?? code)).ToList();
        return null;
    }
}
