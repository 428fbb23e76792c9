using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>Adds a member: a person of the network of the committee's unit, or someone outside it by name and position.</summary>
public class AddMemberModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<PeopleResource> l) : CommitteePage(db, me)
{
    public sealed class MemberInput
    {
        public int? PersonId { get; set; }

        [StringLength(200, ErrorMessage = "Họ và tên dài quá 200 ký tự.")]
        public string? FullName { get; set; }

        [StringLength(200, ErrorMessage = "Chức vụ dài quá 200 ký tự.")]
        public string? Position { get; set; }

        [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
        public CommitteeRole? Role { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập ngày bắt đầu tham gia (ngày/tháng/năm).")]
        public string? From { get; set; }
    }

    public sealed record PersonOption(int Id, string Label);

    [BindProperty]
    public MemberInput Input { get; set; } = new();

    public List<PersonOption> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, write: true, ct) is { } refusal) return refusal;
        await OptionsAsync(ct);
        Input.Role = CommitteeRole.ThanhVien;
        Input.From = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, write: true, ct) is { } refusal) return refusal;
        await OptionsAsync(ct);
        var from = Display.ParseDate(Input.From);
        if (!string.IsNullOrWhiteSpace(Input.From) && from is null) ModelState.AddModelError("Input.From", l[PersonForm.DateFormat]);
        else if (from > Display.Today(time)) ModelState.AddModelError("Input.From", l["Ngày bắt đầu không được sau ngày hôm nay."]);
        Person? person = null;
        if (Input.PersonId is { } pid)
        {
            person = await Db.People.AsNoTracking().VisibleTo(Scope)
                .FirstOrDefaultAsync(p => p.Id == pid && p.Unit!.Path.StartsWith(Committee.Unit!.Path), ct);
            if (person is null) ModelState.AddModelError("Input.PersonId", l["Người này không thuộc đơn vị của ban, nhóm."]);
            if (!string.IsNullOrWhiteSpace(Input.FullName))
                ModelState.AddModelError("Input.FullName", l["Chọn một người trong danh sách hoặc ghi họ tên người ngoài mạng lưới, không cả hai."]);
        }
        else if (string.IsNullOrWhiteSpace(Input.FullName))
            ModelState.AddModelError("Input.FullName", l["Chọn một người trong danh sách hoặc ghi họ tên người ngoài mạng lưới."]);
        if (!ModelState.IsValid || from is null) return Page();

        Db.CommitteeMembers.Add(new CommitteeMember
        {
            CommitteeId = id, UnitId = Committee.UnitId, PersonId = person?.Id,
            FullName = person?.FullName ?? VietnameseText.Clean(Input.FullName),
            Position = string.IsNullOrWhiteSpace(Input.Position) ? person?.Position ?? "" : VietnameseText.Clean(Input.Position),
            Role = Input.Role!.Value, From = from.Value,
        });
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm thành viên."].Value;
        return Redirect(CommitteeText.Url(id));
    }

    private async Task OptionsAsync(CancellationToken ct)
    {
        var today = Display.Today(time);
        var path = Committee.Unit!.Path;
        People = await Db.People.AsNoTracking().VisibleTo(Scope)
            .Where(p => p.Unit!.Path.StartsWith(path) && p.StartDate <= today && (p.EndDate == null || p.EndDate >= today))
            .OrderBy(p => p.NameSearch).ThenBy(p => p.Id).Take(500)
            .Select(p => new PersonOption(p.Id, p.FullName + " — " + p.Position + " (" + p.Unit!.Name + ")"))
            .ToListAsync(ct);
    }
}
