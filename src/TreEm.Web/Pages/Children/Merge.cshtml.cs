using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// Merges two records of the same child (district and province officers, administrators): the two side by side,
/// the user picks the one that survives, gives a reason and confirms. Both records must be in the user's merge scope.
/// </summary>
public class MergeModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<ChildMergeResource> l) : PageModel
{
    [BindProperty]
    public MergeInput Input { get; set; } = new();

    public MergeSide This { get; private set; } = null!;
    public MergeSide? Other { get; private set; }
    public string? OtherError { get; private set; }
    public IReadOnlyList<MergeCandidate> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? other, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ChildMergeCommand.CanMerge(scope)) return Forbid();
        if (!await LoadAsync(scope, id, other, ct)) return NotFound();
        Input.OtherId = other ?? 0;
        Input.SurvivorId = id;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!ChildMergeCommand.CanMerge(scope)) return Forbid();
        if (!await LoadAsync(scope, id, Input.OtherId, ct)) return NotFound();
        if (Other is null) return Page();
        if (Input.SurvivorId != id && Input.SurvivorId != Other.Id)
            ModelState.AddModelError("Input.SurvivorId", l["Vui lòng chọn hồ sơ được giữ lại."]);
        if (!Input.Confirm)
            ModelState.AddModelError("Input.Confirm", l["Vui lòng đánh dấu xác nhận trước khi gộp."]);
        if (!ModelState.IsValid) return Page();

        var mergedId = Input.SurvivorId == id ? Other.Id : id;
        try
        {
            var merge = await new ChildMergeCommand(db, actor, time)
                .MergeAsync(scope, Input.SurvivorId, mergedId, Input.Reason, Display.Today(time), ct);
            if (merge is null) return NotFound();
        }
        catch (ChildRuleException e)
        {
            ModelState.AddModelError("", l[e.Message]);
            return Page();
        }
        TempData["Flash"] = l["Đã gộp hồ sơ #{0} vào hồ sơ #{1}.", mergedId, Input.SurvivorId].Value;
        return Redirect($"/children/{Input.SurvivorId}");
    }

    private async Task<bool> LoadAsync(UserScope scope, int id, int? other, CancellationToken ct)
    {
        var today = Display.Today(time);
        var self = await MergeQueries.SideAsync(db, scope, id, today, ct);
        if (self is null) return false;
        This = self;
        if (self.MergedIntoId is not null) return true;
        if (other is > 0)
        {
            Other = other == id ? null : await MergeQueries.SideAsync(db, scope, other.Value, today, ct);
            if (Other is null)
                OtherError = l["Không tìm thấy hồ sơ số {0} trong phạm vi bạn được gộp.", other.Value];
            else if (Other.MergedIntoId is { } into)
            {
                OtherError = l["Hồ sơ #{0} đã được gộp vào hồ sơ #{1}.", Other.Id, into];
                Other = null;
            }
        }
        if (Other is null) Candidates = await MergeQueries.CandidatesAsync(db, scope, id, ct);
        return true;
    }
}

public sealed class MergeInput
{
    public int OtherId { get; set; }
    public int SurvivorId { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập lý do.")]
    [StringLength(ChildMergeCommand.MaxReasonLength, ErrorMessage = "Lý do dài tối đa 500 ký tự.")]
    public string Reason { get; set; } = "";

    public bool Confirm { get; set; }
}
