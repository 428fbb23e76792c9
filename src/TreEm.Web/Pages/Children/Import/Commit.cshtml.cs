using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Importing;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>Starts the commit of a finished dry run, on the same stored file (checked again row by row).</summary>
public class CommitModel(TreEmDbContext db, CurrentUser me, ChildImportFiles files, ChildImportScheduler queue, TimeProvider time,
    IStringLocalizer<ChildImportResource> l) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect($"/children/import/{id}");

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var dry = await JobModel.FindAsync(db, me, id, ct);
        if (dry is null || !dry.DryRun) return NotFound();
        if (!ImportUserScope.CanImport(await me.ScopeAsync(ct))) return Forbid();
        var existing = await db.ImportJobs.Where(j => j.StoredFile == dry.StoredFile && !j.DryRun).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
        if (existing is { } done) return Redirect($"/children/import/{done}");
        if (dry.Status != ImportJobStatus.Completed || !System.IO.File.Exists(files.FullPath(dry.StoredFile)))
        {
            TempData["Flash"] = l["Không thể nhập: lần chạy thử chưa xong hoặc tệp không còn. Hãy tải tệp lên lại."].Value;
            return Redirect($"/children/import/{id}");
        }
        var job = new ImportJob
        {
            Id = Guid.NewGuid(),
            Kind = ImportJobRunner.Kind,
            FileName = dry.FileName,
            StoredFile = dry.StoredFile,
            DryRun = false,
            Status = ImportJobStatus.Queued,
            UserId = me.Id!,
            UserName = me.UserName,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        queue.Enqueue(job.Id);
        TempData["Flash"] = l["Đang nhập các dòng hợp lệ của tệp «{0}».", dry.FileName].Value;
        return Redirect($"/children/import/{job.Id}");
    }
}
