using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// Links a provisional child of a case to the register: the worker searches the children they may read by name
/// and picks one (nothing is copied; the case child points at the record), or registers the child first.
/// </summary>
public class LinkChildModel(TreEmDbContext db, CaseAccessor cases, CurrentUser me, IStringLocalizer<CasesResource> l) : PageModel
{
    public const int MaxResults = 25;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public int? ChildId { get; set; }

    public OpenCase Open { get; private set; } = null!;
    public CaseChild CaseChild { get; private set; } = null!;
    public List<Candidate> Candidates { get; private set; } = [];

    public sealed record Candidate(int Id, string FullName, DateOnly? DateOfBirth, int BirthYear, bool Estimated, int UnitId);

    public Dictionary<int, ChildUnits.Place> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int caseChildId, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct, tracked: false);
        if (open is null) return NotFound();
        if (Refused(open, caseChildId) is { } refused) return refused;
        await SearchAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int caseChildId, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct);
        if (open is null) return NotFound();
        if (Refused(open, caseChildId) is { } refused) return refused;
        var scope = await me.ScopeAsync(ct);
        var child = ChildId is { } childId
            ? await db.Children.AsNoTracking().VisibleTo(scope).Where(c => c.Id == childId && c.MergedIntoId == null)
                .Select(c => new { c.Id, c.FullName }).FirstOrDefaultAsync(ct)
            : null;
        if (child is null)
            ModelState.AddModelError("", l["Vui lòng chọn một trẻ em trong sổ theo dõi."]);
        else if (open.Case.Children.Any(c => c.ChildId == child.Id))
            ModelState.AddModelError("", l["Trẻ em này đã được liên kết với vụ việc."]);
        if (!ModelState.IsValid)
        {
            await SearchAsync(ct);
            return Page();
        }

        CaseChild.ChildId = child!.Id;
        open.Case.UpdatedAt = cases.Now;
        var changes = await cases.SaveAsync(open.Case, open.Case.Version, ct);
        if (changes is not null)
        {
            TempData["Flash"] = l["Vụ việc vừa được người khác cập nhật; hãy thử lại."].Value;
            return Redirect(CaseText.Url(id));
        }
        TempData["Flash"] = l["Đã liên kết trẻ với hồ sơ {0} trong sổ theo dõi.", child.FullName].Value;
        return Redirect(CaseText.Url(id));
    }

    private IActionResult? Refused(OpenCase open, int caseChildId)
    {
        Open = open;
        var caseChild = open.Case.Children.FirstOrDefault(c => c.Id == caseChildId);
        if (caseChild is null) return NotFound();
        CaseChild = caseChild;
        if (!open.CanWork) return Forbid();
        if (!caseChild.IsProvisional)
        {
            TempData["Flash"] = l["Trẻ này đã được liên kết với sổ theo dõi."].Value;
            return Redirect(CaseText.Url(open.Case.Id));
        }
        return null;
    }

    private async Task SearchAsync(CancellationToken ct)
    {
        Q ??= CaseChild.FullName;
        if (string.IsNullOrWhiteSpace(Q)) return;
        var scope = await me.ScopeAsync(ct);
        var text = VietnameseText.Normalize(Q.Trim());
        if (text.Length == 0) return;
        Candidates = await db.Children.AsNoTracking().VisibleTo(scope)
            .Where(c => c.MergedIntoId == null && c.NameSearch.Contains(text))
            .OrderBy(c => c.NameSearch).ThenBy(c => c.Id)
            .Take(MaxResults)
            .Select(c => new Candidate(c.Id, c.FullName, c.DateOfBirth, c.BirthYear, c.IsBirthYearEstimated, c.UnitId))
            .ToListAsync(ct);
        Places = await ChildUnits.PlacesAsync(db, Candidates.Select(c => c.UnitId), ct);
    }
}
