using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.Placements;

/// <summary>Records a follow-up visit of a placement (its date within the placement).</summary>
public class VisitModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    public sealed class VisitInput
    {
        public string? Date { get; set; }
        public string? By { get; set; }
        public string? ChildCondition { get; set; }
        public bool Concerns { get; set; }
        public string? Note { get; set; }
    }

    [BindProperty]
    public VisitInput Input { get; set; } = new();

    public CarePlacement Placement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (placement, canWrite) = await PlacementLoader.LoadAsync(db, scope, id, track: false, ct);
        if (placement is null) return NotFound();
        if (!canWrite) return Forbid();
        Placement = placement;
        Input.Date = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var (placement, canWrite) = await PlacementLoader.LoadAsync(db, scope, id, track: false, ct);
        if (placement is null) return NotFound();
        if (!canWrite) return Forbid();
        Placement = placement;
        void Error(string field, string message) => ModelState.AddModelError("Input." + field, l[message]);
        var date = Display.ParseDate(Input.Date);
        if (date is null) Error(nameof(VisitInput.Date), "Vui lòng nhập ngày thăm theo dạng ngày/tháng/năm.");
        else if (CareRules.CheckVisit(placement, date.Value, Display.Today(time)) is { } refusal) Error(nameof(VisitInput.Date), refusal);
        if (CareText.Clean(Input.By) is null) Error(nameof(VisitInput.By), "Vui lòng ghi người đi thăm.");
        else if (Input.By!.Length > 200) Error(nameof(VisitInput.By), "Người đi thăm dài quá 200 ký tự.");
        if (CareText.Clean(Input.ChildCondition) is null) Error(nameof(VisitInput.ChildCondition), "Vui lòng ghi tình trạng của trẻ.");
        else if (Input.ChildCondition!.Length > 2000) Error(nameof(VisitInput.ChildCondition), "Tình trạng của trẻ dài quá 2000 ký tự.");
        if ((Input.Note?.Length ?? 0) > 1000) Error(nameof(VisitInput.Note), "Ghi chú dài quá 1000 ký tự.");
        if (!ModelState.IsValid) return Page();

        db.CareVisits.Add(new CareVisit
        {
            PlacementId = id, UnitId = placement.UnitId, Date = date!.Value, By = Input.By!.Trim(), ChildCondition = Input.ChildCondition!.Trim(),
            Concerns = Input.Concerns, Note = CareText.Clean(Input.Note), CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi lần thăm ngày {0}.", Display.Date(date)].Value;
        return Redirect("/care/placements/" + CareText.Id(id));
    }
}
