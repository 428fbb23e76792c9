using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.Programmes;
using TreEm.Security;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>
/// Adds children to a programme: by register numbers pasted, or ticked in the list of a unit (the picker). Only
/// children the user manages and may record support for; those already listed are skipped.
/// </summary>
public class AddChildrenModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    public const int MaxChildren = 500;

    public sealed class AddInput
    {
        public string? RegisterIds { get; set; }
        public List<int> ChildIds { get; set; } = [];
    }

    public sealed record Candidate(int Id, string FullName, int BirthYear, string UnitName);

    [BindProperty]
    public AddInput Input { get; set; } = new();

    public ScreeningProgramme Programme { get; private set; } = null!;
    public string? UnitCode { get; private set; }
    public List<Candidate> Candidates { get; private set; } = [];

    private IQueryable<Child> Addable(UserScope scope) =>
        db.Children.AsNoTracking().ManagedBy(scope.For(Capabilities.SupportWrite))
            .Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy);

    public async Task<IActionResult> OnGetAsync(int id, string? unit, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var programme = await db.ScreeningProgrammes.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return NotFound();
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        Programme = programme;
        UnitCode = CareText.Clean(unit);
        if (UnitCode is not null)
        {
            var path = await db.Units.AsNoTracking().VisibleTo(scope).Where(u => u.Code == UnitCode).Select(u => u.Path).FirstOrDefaultAsync(ct);
            if (path is null)
            {
                ModelState.AddModelError("", l["Không tìm thấy đơn vị có mã {0} trong phạm vi của bạn.", UnitCode]);
                return Page();
            }
            Candidates = await Addable(scope).Where(c => c.Unit!.Path.StartsWith(path))
                .Where(c => !db.ProgrammeChildren.Any(x => x.ProgrammeId == id && x.ChildId == c.Id))
                .OrderBy(c => c.Unit!.Path).ThenBy(c => c.NameSearch).Take(MaxChildren)
                .Select(c => new Candidate(c.Id, c.FullName, c.BirthYear, c.Unit!.Name)).ToListAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var programme = await db.ScreeningProgrammes.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return NotFound();
        if (!CareText.CanWriteSomewhere(scope)) return Forbid();
        Programme = programme;

        var parts = (Input.RegisterIds ?? "").Split([',', ';', '\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var bad = parts.Where(p => !int.TryParse(p.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out _)).ToList();
        if (bad.Count > 0)
        {
            ModelState.AddModelError("Input.RegisterIds", l["Mã không hợp lệ: {0}. Mỗi mã là một số.", string.Join(", ", bad.Take(10))]);
            return Page();
        }
        var ids = parts.Select(p => int.Parse(p.TrimStart('#'), CultureInfo.InvariantCulture)).Concat(Input.ChildIds).Distinct().ToList();
        if (ids.Count == 0)
        {
            ModelState.AddModelError("Input.RegisterIds", l["Vui lòng dán mã trẻ hoặc chọn trẻ trong danh sách."]);
            return Page();
        }
        if (ids.Count > MaxChildren)
        {
            ModelState.AddModelError("Input.RegisterIds", l["Mỗi lần thêm tối đa {0} trẻ.", MaxChildren]);
            return Page();
        }
        var found = await Addable(scope).Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.UnitId }).ToListAsync(ct);
        var missing = ids.Except(found.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            ModelState.AddModelError("Input.RegisterIds", l["Không tìm thấy trẻ đang quản lý trong phạm vi của bạn với mã: {0}.",
                string.Join(", ", missing.Take(20).Select(CareText.Id))]);
            return Page();
        }
        var already = await db.ProgrammeChildren.AsNoTracking().Where(x => x.ProgrammeId == id && ids.Contains(x.ChildId)).Select(x => x.ChildId).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var c in found.Where(c => !already.Contains(c.Id)))
        {
            db.ProgrammeChildren.Add(new ProgrammeChild { ProgrammeId = id, ChildId = c.Id, UnitId = c.UnitId, CreatedAt = now });
            added++;
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = already.Count == 0
            ? l["Đã thêm {0} trẻ vào chương trình.", added].Value
            : l["Đã thêm {0} trẻ vào chương trình; {1} trẻ đã có trong danh sách.", added, already.Count].Value;
        return Redirect("/programmes/" + CareText.Id(id));
    }
}
