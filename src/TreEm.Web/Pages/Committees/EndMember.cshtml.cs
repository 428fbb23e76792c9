using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>Ends a membership on a date, after an explicit confirmation; the reason goes to the record and the audit.</summary>
public class EndMemberModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor actor, IStringLocalizer<PeopleResource> l) : CommitteePage(db, me)
{
    public sealed class EndInput
    {
        [Required(ErrorMessage = "Vui lòng nhập ngày thôi tham gia (ngày/tháng/năm).")]
        public string? To { get; set; }

        [StringLength(500, ErrorMessage = "Lý do dài quá 500 ký tự.")]
        public string? Reason { get; set; }

        public bool Confirm { get; set; }
    }

    [BindProperty]
    public EndInput Input { get; set; } = new();

    public CommitteeMember Member { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int mid, CancellationToken ct)
    {
        if (await LoadMemberAsync(id, mid, ct) is { } refusal) return refusal;
        Input.To = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int mid, CancellationToken ct)
    {
        if (await LoadMemberAsync(id, mid, ct) is { } refusal) return refusal;
        var to = Display.ParseDate(Input.To);
        if (!string.IsNullOrWhiteSpace(Input.To) && to is null) ModelState.AddModelError("Input.To", l[PersonForm.DateFormat]);
        else if (to is { } t)
            foreach (var (_, message) in PeopleRules.CheckDates(Member.From, t, Display.Today(time)))
                ModelState.AddModelError("Input.To", l[message]);
        if (!Input.Confirm)
            ModelState.AddModelError("Input.Confirm", l["Vui lòng đánh dấu xác nhận trước khi cho thôi tham gia."]);
        if (!ModelState.IsValid || to is null) return Page();

        var member = await Db.CommitteeMembers.SingleAsync(m => m.Id == mid, ct);
        member.To = to;
        member.EndReason = string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason.Trim();
        actor.Reason = member.EndReason;
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = l["{0} đã thôi tham gia.", member.FullName].Value;
        return Redirect(CommitteeText.Url(id));
    }

    private async Task<IActionResult?> LoadMemberAsync(int id, int mid, CancellationToken ct)
    {
        if (await LoadAsync(id, write: true, ct) is { } refusal) return refusal;
        var member = await Db.CommitteeMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == mid && m.CommitteeId == id, ct);
        if (member is null) return NotFound();
        Member = member;
        if (member.To is not null)
        {
            TempData["Flash"] = l["Thành viên này đã thôi tham gia."].Value;
            return Redirect(CommitteeText.Url(id));
        }
        return null;
    }
}
