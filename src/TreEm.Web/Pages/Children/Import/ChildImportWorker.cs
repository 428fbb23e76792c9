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
    /// <summary>Files of dry runs that were never committed are removed after this long.</summary>
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

        // Old dry-run files nobody committed.
        var before = time.GetUtcNow().UtcDateTime - KeepFiles;
        var old = await db.ImportJobs.AsNoTracking()
            .Where(j => j.Kind == ImportJobRunner.Kind && j.DryRun && j.Status == ImportJobStatus.Completed && j.FinishedAt < before)
            .Select(j => j.StoredFile)
            .ToListAsync(ct);
        foreach (var file in old.Distinct()) files.Delete(file);
    }
}
