using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Training;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Adds a session (date, hours, venue, trainer) to a course the user may write for.</summary>
public class AddSessionModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<TrainingResource> l) : PageModel
{
    public sealed class SessionInput
    {
        [Required(ErrorMessage = "Nhập ngày tập huấn (dd/mm/yyyy).")]
        public string? Date { get; set; }

        [Required(ErrorMessage = "Nhập số giờ.")]
        public string? Hours { get; set; }

        [Required(ErrorMessage = "Nhập địa điểm.")]
        [StringLength(300, ErrorMessage = "Địa điểm dài quá 300 ký tự.")]
        public string? Venue { get; set; }

        [StringLength(300, ErrorMessage = "Tên giảng viên dài quá 300 ký tự.")]
        public string? Trainer { get; set; }
    }

    [BindProperty]
    public SessionInput Input { get; set; } = new();

    public TrainingCourse Course { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var date = Display.ParseDate(Input.Date);
        var hours = TrainingText.ParseHours(Input.Hours);
        if (Input.Date is not null && date is null) ModelState.AddModelError("Input.Date", l["Ngày không hợp lệ: hãy ghi theo dạng dd/mm/yyyy."]);
        if (Input.Hours is not null && hours is null) ModelState.AddModelError("Input.Hours", l["Số giờ không hợp lệ."]);
        if (ModelState.IsValid)
        {
            var other = await TrainingText.HoursThatDayAsync(db, id, date, ct);
            foreach (var (field, message) in TrainingRules.CheckSession(Course.Year, date, hours, other))
                ModelState.AddModelError($"Input.{field}", l[message]);
        }
        if (!ModelState.IsValid) return Page();
        var session = new TrainingSession
        {
            CourseId = id, Date = date!.Value, Hours = hours!.Value, Venue = Input.Venue!.Trim(), Trainer = Input.Trainer?.Trim() ?? "",
        };
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã thêm buổi tập huấn ngày {0}.", Display.Date(session.Date)].Value;
        return Redirect(TrainingText.SessionUrl(session.Id));
    }

    /// <summary>Null when the user may add a session; else the 404 or 403 to answer.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var course = await TrainingText.FindCourseAsync(db, scope, id, ct);
        if (course is null) return NotFound();
        if (!TrainingText.CanWrite(scope, course.Unit!.Path)) return Forbid();
        Course = course;
        return null;
    }
}
