using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Training;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>A course: what it taught, its sessions by date with their participants counted.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public sealed record SessionRow(int Id, DateOnly Date, decimal Hours, string Venue, string Trainer, int Participants, int FromNetwork);

    public TrainingCourse Course { get; private set; } = null!;
    public List<SessionRow> Sessions { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var course = await TrainingText.FindCourseAsync(db, scope, id, ct);
        if (course is null) return NotFound();
        Course = course;
        Sessions = await db.TrainingSessions.AsNoTracking().Where(s => s.CourseId == id)
            .OrderBy(s => s.Date).ThenBy(s => s.Id)
            .Select(s => new SessionRow(s.Id, s.Date, s.Hours, s.Venue, s.Trainer, s.Participants.Count, s.Participants.Count(p => p.PersonId != null)))
            .ToListAsync(ct);
        CanWrite = TrainingText.CanWrite(scope, course.Unit!.Path);
        return Page();
    }
}
