using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>Records a steering committee (province, district) or a standing group (commune).</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<PeopleResource> l) : PageModel
{
    public sealed class NewInput
    {
        [Required(ErrorMessage = "Vui lòng chọn loại ban, nhóm.")]
        public CommitteeKind? Kind { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn đơn vị.")]
        public string? UnitCode { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập tên ban, nhóm.")]
        [StringLength(300, ErrorMessage = "Tên dài quá 300 ký tự.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập ngày thành lập (ngày/tháng/năm).")]
        public string? EstablishedOn { get; set; }

        [StringLength(50, ErrorMessage = "Số quyết định dài quá 50 ký tự.")]
        public string? DecisionNumber { get; set; }

        [StringLength(1000, ErrorMessage = "Ghi chú dài quá 1000 ký tự.")]
        public string? Note { get; set; }
    }

    [BindProperty]
    public NewInput Input { get; set; } = new();

    public List<PeopleAccess.UnitOption> UnitOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PeopleAccess.CanWriteAnywhere(scope)) return Forbid();
        UnitOptions = (await PeopleAccess.WritableUnitsAsync(db, scope, Display.Today(time), ct)).Where(u => u.Depth <= 2).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PeopleAccess.CanWriteAnywhere(scope)) return Forbid();
        var today = Display.Today(time);
        UnitOptions = (await PeopleAccess.WritableUnitsAsync(db, scope, today, ct)).Where(u => u.Depth <= 2).ToList();
        var established = Display.ParseDate(Input.EstablishedOn);
        if (!string.IsNullOrWhiteSpace(Input.EstablishedOn) && established is null)
            ModelState.AddModelError("Input.EstablishedOn", l[PersonForm.DateFormat]);
        else if (established > today)
            ModelState.AddModelError("Input.EstablishedOn", l["Ngày thành lập không được sau ngày hôm nay."]);
        OrgUnit? unit = null;
        if (!string.IsNullOrWhiteSpace(Input.UnitCode))
        {
            unit = await PeopleAccess.WritableUnitAsync(db, scope, Input.UnitCode, ct);
            if (unit is null) ModelState.AddModelError("Input.UnitCode", l[PersonForm.UnitOutside]);
            else if (Input.Kind is { } kind && PeopleRules.CheckCommitteeUnit(kind, unit.Type!.Tier) is { } mismatch)
                ModelState.AddModelError("Input.UnitCode", l[mismatch]);
        }
        if (!ModelState.IsValid || unit is null || established is null) return Page();

        var committee = new Committee
        {
            UnitId = unit.Id, Kind = Input.Kind!.Value, Name = VietnameseText.Clean(Input.Name), EstablishedOn = established.Value,
            DecisionNumber = string.IsNullOrWhiteSpace(Input.DecisionNumber) ? null : Input.DecisionNumber.Trim(),
            Note = string.IsNullOrWhiteSpace(Input.Note) ? null : Input.Note.Trim(), CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Committees.Add(committee);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi {0}.", committee.Name].Value;
        return Redirect(CommitteeText.Url(committee.Id));
    }
}
