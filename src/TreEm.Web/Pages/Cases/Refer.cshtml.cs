using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// Refers a case (or a task of its plan) to a partner agency. The consent of the child, a parent or the caregiver is
/// recorded; without it only a user holding the override permission may refer, with a reason that goes to the audit.
/// </summary>
public class ReferModel(CaseAccessor cases, TreEmDbContext db, CurrentUser me, IAuditActor audit, IStringLocalizer<CaseFollowUpResource> l) : PageModel
{
    [BindProperty]
    public ReferInput Input { get; set; } = new();

    public OpenCase? Open { get; private set; }
    public IReadOnlyList<PartnerAgency> Agencies { get; private set; } = [];
    public IReadOnlyList<PlanTask> Tasks { get; private set; } = [];
    public bool CanOverride { get; private set; }
    public IReadOnlyList<CaseChange>? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? task, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct, tracked: false);
        if (open is null) return NotFound();
        if (!open.CanWork) return Forbid();
        await LoadAsync(open, ct);
        Input = new ReferInput { Version = open.Case.Version, PlanTaskId = Tasks.Any(t => t.Id == task) ? task : null };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var open = await cases.FindAsync(id, ct);
        if (open is null) return NotFound();
        if (!open.CanWork) return Forbid();
        await LoadAsync(open, ct);
        if (open.Case.IsClosed) ModelState.AddModelError("", l["Vụ việc đã đóng: không chuyển tuyến được."]);
        var agency = Agencies.FirstOrDefault(a => a.Id == Input.AgencyId);
        if (Input.AgencyId is not null && agency is null) ModelState.AddModelError("Input.AgencyId", l["Cơ quan này không phối hợp tại địa bàn của vụ việc."]);
        if (Input.PlanTaskId is not null && Tasks.All(t => t.Id != Input.PlanTaskId))
            ModelState.AddModelError("Input.PlanTaskId", l["Hoạt động này không thuộc kế hoạch đang thực hiện."]);
        var overrideReason = Input.OverrideReason?.Trim();
        if (Input.ConsentGiven)
        {
            if (Input.ConsentBy is null || !Enum.IsDefined(Input.ConsentBy.Value))
                ModelState.AddModelError("Input.ConsentBy", l["Ghi rõ ai đã đồng ý."]);
        }
        else if (!CanOverride)
            ModelState.AddModelError("", l[ReferOptions.ConsentRequired]);
        else if (string.IsNullOrEmpty(overrideReason))
            ModelState.AddModelError("Input.OverrideReason", l[ReferOptions.ConsentOrOverride]);
        if (!ModelState.IsValid) return Page();

        var now = cases.Now;
        open.Case.Referrals.Add(new Referral
        {
            AgencyId = agency!.Id,
            PlanTaskId = Input.PlanTaskId,
            ReferredAt = now,
            ReferredByUserId = open.Actor.UserId,
            ReferrerName = open.Actor.Name,
            Request = Input.Request!.Trim(),
            ConsentGiven = Input.ConsentGiven,
            ConsentBy = Input.ConsentGiven ? Input.ConsentBy : null,
            ConsentNote = Input.ConsentGiven ? Input.ConsentNote?.Trim() : null,
            OverrideReason = Input.ConsentGiven ? null : overrideReason,
            Status = ReferralStatus.DaChuyen,
        });
        // The referral changes the case: its version moves so that others' open forms see it.
        open.Case.UpdatedAt = now;
        db.Entry(open.Case).Property(c => c.UpdatedAt).IsModified = true;
        audit.Reason = Input.ConsentGiven
            ? $"Chuyển tuyến đến {agency.Name}"
            : $"Chuyển tuyến không có sự đồng ý: {overrideReason}";
        Conflict = await cases.SaveAsync(open.Case, Input.Version, ct);
        if (Conflict is not null)
        {
            ModelState.AddModelError("", l["Vụ việc vừa được người khác cập nhật. Chuyển tuyến chưa được lưu: xem các thay đổi dưới đây rồi gửi lại."]);
            Input.Version = await CurrentVersionAsync(id, ct);
            return Page();
        }
        TempData["Flash"] = l["Đã chuyển tuyến vụ việc {0} đến {1}.", open.Case.Code, agency.Name].Value;
        return Redirect(FollowUpText.CaseUrl(id));
    }

    private async Task LoadAsync(OpenCase open, CancellationToken ct)
    {
        Open = open;
        var scope = await me.ScopeAsync(ct);
        CanOverride = CaseAccess.CanOverrideConsent(scope, open.Case.Unit!.Path);
        Agencies = await ReferOptions.AgenciesAsync(db, open.Case.Unit.Path, ct);
        Tasks = ReferOptions.OpenTasks(open.Case);
    }

    private async Task<int> CurrentVersionAsync(int id, CancellationToken ct) =>
        (await cases.FindAsync(id, ct, tracked: false))?.Case.Version ?? Input.Version;
}
