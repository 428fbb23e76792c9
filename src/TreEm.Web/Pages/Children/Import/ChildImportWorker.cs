using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Importing;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>
/// Runs queued import jobs one after the other, off the request threads, so that a large file neither blocks the
/// server nor times out the browser. At start it picks up the jobs a stop left queued or half-done.
/// </summary>
public sealed class ChildImportWorker(ChildImportScheduler queue, ImportJobRunner runner, IServiceScopeFactory scopes,
    ChildImportFiles files, TimeProvider time, ILogger<ChildImportWorker> log) : BackgroundService
{
    /// <summary>Stored files of dry runs that were never committed are removed after this long.</summary>
    public static readonly TimeSpan KeepFiles = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await PickUpLeftoversAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Could not look for import jobs left from a previous run");
        }
        try
        {
            await foreach (var id in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync(id, stoppingToken);
                    await RemoveOldFilesAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    log.LogError(e, "Import job {JobId} could not be run", id);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task PickUpLeftoversAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
        var left = await db.ImportJobs
            .Where(j => j.Kind == ImportJobRunner.Kind && (j.Status == ImportJobStatus.Queued || j.Status == ImportJobStatus.Running))
            .OrderBy(j => j.CreatedAt)
            .ToListAsync(ct);
        foreach (var job in left.Where(j => j.Status == ImportJobStatus.Running)) job.Status = ImportJobStatus.Queued;
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(ct);
        foreach (var job in left) queue.Enqueue(job.Id);
        await RemoveOldFilesAsync(ct);
    }

    /// <summary>
    /// Uploaded files hold personal data. Only dry-run files wait in the folder (for their commit); they go a week
    /// after their job ended. A file no job refers to (an upload cut short) goes after a day.
    /// </summary>
    private async Task RemoveOldFilesAsync(CancellationToken ct)
    {
        var folder = Path.Combine(files.DataDirectory, ChildImportFiles.Folder);
        if (!Directory.Exists(folder)) return;
        var stored = new DirectoryInfo(folder).EnumerateFiles()
            .ToDictionary(f => $"{ChildImportFiles.Folder}/{f.Name}", f => f.LastWriteTimeUtc, StringComparer.Ordinal);
        if (stored.Count == 0) return;
        var names = stored.Keys.ToList();
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
        var jobs = await db.ImportJobs.AsNoTracking()
            .Where(j => names.Contains(j.StoredFile))
            .Select(j => new { j.StoredFile, j.Status, j.CreatedAt, j.FinishedAt })
            .ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (name, written) in stored)
        {
            var mine = jobs.Where(j => j.StoredFile == name).ToList();
            var remove = mine.Count == 0
                ? written < now - TimeSpan.FromDays(1)
                : mine.All(j => j.Status is ImportJobStatus.Completed or ImportJobStatus.Failed && (j.FinishedAt ?? j.CreatedAt) < now - KeepFiles);
            if (remove) files.Delete(name);
        }
    }
}
