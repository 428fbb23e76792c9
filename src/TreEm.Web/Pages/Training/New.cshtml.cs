using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Training;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Records a training course organised by a unit the user may write for.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<TrainingResource> l) : PageModel
{
    public sealed class CourseInput
    {
        [Required(ErrorMessage = "Nhập mã đơn vị tổ chức.")]
        [StringLength(20, ErrorMessage = "Mã đơn vị dài quá 20 ký tự.")]
        public string? UnitCode { get; set; }

        [Required(ErrorMessage = "Nhập tên lớp tập huấn.")]
        [StringLength(300, ErrorMessage = "Tên lớp dài quá 300 ký tự.")]
        public string? Title { get; set; }

        public List<TrainingTopics> Topics { get; set; } = [];

        [Required(ErrorMessage = "Nhập năm tổ chức.")]
        public int? Year { get; set; }

        [StringLength(300, ErrorMessage = "Nguồn kinh phí dài quá 300 ký tự.")]
        public string? FundingNote { get; set; }
    }

    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!TrainingText.CanWriteSomewhere(scope)) return Forbid();
        Input.Year = Display.Today(time).Year;
        var paths = scope.For(TreEm.Security.Capabilities.ActivityWrite).Paths;
        Input.UnitCode = paths.Count > 0 ? paths[0].TrimEnd('/').Split('/')[^1] : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!TrainingText.CanWriteSomewhere(scope)) return Forbid();
        var draft = new CourseDraft
        {
            UnitCode = Input.UnitCode, Title = Input.Title, Year = Input.Year, FundingNote = Input.FundingNote,
            Topics = Input.Topics.Aggregate(TrainingTopics.None, (a, t) => a | t),
        };
        foreach (var (field, message) in draft.Check(Display.Today(time)))
            if (ModelState[$"Input.{field}"]?.Errors.Count is null or 0)
                ModelState.AddModelError($"Input.{field}", l[message]);
        if (!ModelState.IsValid) return Page();
        var unit = await draft.FindUnitAsync(db, scope, ct);
        if (unit is null)
        {
            ModelState.AddModelError("Input.UnitCode", l["Không tìm thấy đơn vị có mã {0} trong phạm vi của bạn.", Input.UnitCode!.Trim()]);
            return Page();
        }
        if (!TrainingText.CanWrite(scope, unit.Path))
        {
            ModelState.AddModelError("Input.UnitCode", l["Bạn không có quyền ghi tập huấn cho {0}.", unit.Name]);
            return Page();
        }
        var course = draft.ToCourse(unit.Id, time.GetUtcNow().UtcDateTime, me.Id);
        db.TrainingCourses.Add(course);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã ghi lớp tập huấn «{0}».", course.Title].Value;
        return Redirect(TrainingText.Url(course.Id));
    }
}
