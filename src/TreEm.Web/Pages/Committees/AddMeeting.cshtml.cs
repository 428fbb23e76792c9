using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>Records a meeting of a committee: date, subject, attendance and conclusions.</summary>
public class AddMeetingModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<PeopleResource> l) : CommitteePage(db, me)
{
    public sealed class MeetingInput
    {
        [Required(ErrorMessage = "Vui lòng nhập ngày họp (ngày/tháng/năm).")]
        public string? Date { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập nội dung cuộc họp.")]
        [StringLength(300, ErrorMessage = "Nội dung dài quá 300 ký tự.")]
        public string? Subject { get; set; }

        [Required(ErrorMessage = "Vui lòng nhập số người dự.")]
        [Range(1, 1000, ErrorMessage = "Số người dự phải từ 1 đến 1000.")]
        public int? Attendees { get; set; }

        [StringLength(4000, ErrorMessage = "Kết luận dài quá 4000 ký tự.")]
        public string? Conclusions { get; set; }
    }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, write: true, ct) is { } refusal) return refusal;
        Input.Date = Display.Date(Display.Today(time));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, write: true, ct) is { } refusal) return refusal;
        var date = Display.ParseDate(Input.Date);
        if (!string.IsNullOrWhiteSpace(Input.Date) && date is null) ModelState.AddModelError("Input.Date", l[PersonForm.DateFormat]);
        else if (date > Display.Today(time)) ModelState.AddModelError("Input.Date", l["Ngày họp không được sau ngày hôm nay."]);
        else if (date < Committee.EstablishedOn) ModelState.AddModelError("Input.Date", l["Ngày họp không được trước ngày thành lập."]);
        if (!ModelState.IsValid || date is null) return Page();

        Db.CommitteeMeetings.Add(new CommitteeMeeting
        {
            CommitteeId = id, UnitId = Committee.UnitId, Date = date.Value, Subject = VietnameseText.Clean(Input.Subject),
            Attendees = Input.Attendees!.Value, Conclusions = string.IsNullOrWhiteSpace(Input.Conclusions) ? null : Input.Conclusions.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi cuộc họp."].Value;
        return Redirect(CommitteeText.Url(id));
    }
}
