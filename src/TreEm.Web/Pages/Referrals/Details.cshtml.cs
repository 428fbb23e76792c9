using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Referrals;

/// <summary>A referral as its partner agency sees it (children and the request, no narrative); the agency records its actions.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<CaseFollowUpResource> l) : PageModel
{
    [BindProperty]
    public ReferralActionInput Input { get; set; } = new();

    public Referral? Referral { get; private set; }
    public Case? CaseRecord { get; private set; }
    public IReadOnlyList<ReferralQueries.ChildRow> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        db.AuditRead(nameof(Domain.Cases.Referral), id.ToString(CultureInfo.InvariantCulture), CaseRecord!.UnitId);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var r = Referral!;
        if (Input.Status is { } status && (!Enum.IsDefined(status) || status < r.Status))
            ModelState.AddModelError("Input.Status", l["Trạng thái chỉ chuyển tiếp: Đã tiếp nhận, rồi Hoàn thành."]);
        if (!ModelState.IsValid) return Page();
        var now = time.GetUtcNow().UtcDateTime;
        var name = await db.Users.Where(u => u.Id == me.Id).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        r.Actions.Add(new ReferralAction
        {
            At = now, UserId = me.Id, UserName = string.IsNullOrWhiteSpace(name) ? me.UserName : name, Text = Input.Text!.Trim(),
        });
        if (Input.Status is { } s) r.Status = s;
        else if (r.Status == ReferralStatus.DaChuyen) r.Status = ReferralStatus.DaTiepNhan;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi hoạt động."].Value;
        return Redirect("/referrals/" + id.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (ReferralQueries.AgencyOf(scope) is not { } agency) return false;
        var found = await ReferralQueries.FindAsync(db, scope, agency, id, ct);
        if (found is not { } f) return false;
        Referral = f.Referral;
        CaseRecord = f.Case;
        Children = await ReferralQueries.ChildrenAsync(db, [f.Case.Id], ct);
        return true;
    }
}
