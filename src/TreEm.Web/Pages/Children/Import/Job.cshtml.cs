using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Importing;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>
/// One import job: progress while it runs (the page reloads itself every two seconds), then the counts, the
/// encoding conversion, every finding with its row and column, and the rows written or to be written. A
/// finished dry run offers to import its valid rows. Only the user who uploaded the file (or an administrator)
/// sees it.
/// </summary>
public class JobModel(TreEmDbContext db, CurrentUser me, ChildImportFiles files) : PageModel
{
    public const int PageSize = 100;

    public ImportJob Job { get; private set; } = null!;
    public ChildImportReport? Report { get; private set; }
    public List<ImportFinding> Findings { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount { get; private set; } = 1;
    public bool Running => Job.Status is ImportJobStatus.Queued or ImportJobStatus.Running;
    public int Percent => Job.TotalRows == 0 ? 0 : (int)Math.Round(100.0 * Math.Min(Job.ProcessedRows, Job.TotalRows) / Job.TotalRows);

    /// <summary>A finished dry run with rows to write and its file still there.</summary>
    public bool CanCommit { get; private set; }

    /// <summary>The commit started from this dry run, if any.</summary>
    public Guid? CommitJobId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? page, CancellationToken ct)
    {
        var job = await FindAsync(db, me, id, ct);
        if (job is null) return NotFound();
        Job = job;
        Report = ImportJobRunner.ReadReport(job);
        if (Report is not null)
        {
            PageCount = Math.Max(1, (int)Math.Ceiling(Report.Findings.Count / (double)PageSize));
            PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
            Findings = Report.Findings.OrderBy(f => f.Row).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        }
        if (job.DryRun)
        {
            CommitJobId = await db.ImportJobs.AsNoTracking()
                .Where(j => j.StoredFile == job.StoredFile && !j.DryRun && j.Id != job.Id)
                .OrderBy(j => j.CreatedAt).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
            CanCommit = CommitJobId is null && job.Status == ImportJobStatus.Completed
                && job.CreatedRows + job.UpdatedRows > 0 && System.IO.File.Exists(files.FullPath(job.StoredFile));
        }
        // While the job runs the page reloads itself; no script needed.
        if (Running) Response.Headers["Refresh"] = "2";
        return Page();
    }

    /// <summary>The job when the user may see it: their own, or any for an administrator.</summary>
    public static async Task<ImportJob?> FindAsync(TreEmDbContext db, CurrentUser me, Guid id, CancellationToken ct)
    {
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id && j.Kind == ImportJobRunner.Kind, ct);
        if (job is null) return null;
        return job.UserId == me.Id || me.IsAdministrator ? job : null;
    }
}
