using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
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

/// <summary>Undoes a merge of duplicate records (administrators only), with a reason and a confirmation.</summary>
[Authorize(Policy = Policies.Administrator)]
public class UndoMergeModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<ChildMergeResource> l) : PageModel
{
    [BindProperty]
    public UndoMergeInput Input { get; set; } = new();

    public MergeInfo Merge { get; private set; } = null!;

    public sealed record MergeInfo(
        int Id, int SurvivorId, string SurvivorName, int MergedId, string MergedName, string Reason, DateTime At,
        string UserName, int MovedCount, DateTime? UndoneAt, string? UndoneBy);

    public async Task<IActionResult> OnGetAsync(int mergeId, CancellationToken ct) =>
        await LoadAsync(mergeId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int mergeId, CancellationToken ct)
    {
        if (!await LoadAsync(mergeId, ct)) return NotFound();
        if (!Input.Confirm) ModelState.AddModelError("Input.Confirm", l["Vui lòng đánh dấu xác nhận trước khi hoàn tác."]);
        if (!ModelState.IsValid) return Page();
        var scope = await me.ScopeAsync(ct);
        try
        {
            if (await new ChildMergeCommand(db, actor, time).UndoAsync(scope, mergeId, Input.Reason, Display.Today(time), ct) is null)
                return NotFound();
        }
        catch (ChildRuleException e)
        {
            ModelState.AddModelError("", l[e.Message]);
            return Page();
        }
        TempData["Flash"] = l["Đã hoàn tác việc gộp: hồ sơ #{0} trở lại danh sách.", Merge.MergedId].Value;
        return Redirect($"/children/{Merge.MergedId}");
    }

    private async Task<bool> LoadAsync(int mergeId, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var m = await db.ChildMerges.AsNoTracking().FirstOrDefaultAsync(x => x.Id == mergeId, ct);
        if (m is null) return false;
        var names = await db.Children.AsNoTracking().VisibleTo(scope)
            .Where(c => c.Id == m.SurvivorId || c.Id == m.MergedId)
            .ToDictionaryAsync(c => c.Id, c => c.FullName, ct);
        if (!names.TryGetValue(m.SurvivorId, out var survivor) || !names.TryGetValue(m.MergedId, out var merged)) return false;
        Merge = new MergeInfo(m.Id, m.SurvivorId, survivor, m.MergedId, merged, m.Reason, m.At,
            m.UserName, ChildMergeCommand.ReadMoved(m.MovedRecords).Classifications.Count, m.UndoneAt, m.UndoneBy);
        return true;
    }
}

public sealed class UndoMergeInput
{
    [Required(ErrorMessage = "Vui lòng nhập lý do.")]
    [StringLength(ChildMergeCommand.MaxReasonLength, ErrorMessage = "Lý do dài tối đa 500 ký tự.")]
    public string Reason { get; set; } = "";

    public bool Confirm { get; set; }
}
