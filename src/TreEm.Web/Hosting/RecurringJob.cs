using TreEm.Auditing;
using TreEm.Data;

namespace TreEm.Web.Hosting;

/// <summary>
/// A background job that runs once at start and then again and again (every few minutes, hourly, daily), each run
/// in its own scope with its own DbContext. Runs never overlap (a manual <see cref="RunOnceAsync"/> waits for the
/// running one); a failed run is logged and retried at the next one, and never stops the server.
/// </summary>
public abstract class RecurringJob(IServiceScopeFactory scopes, TimeProvider time, ILogger log) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The job's name in the log.</summary>
    protected abstract string Name { get; }

    /// <summary>How long from <paramref name="utcNow"/> until the next run.</summary>
    protected abstract TimeSpan NextRunIn(DateTime utcNow);

    /// <summary>One run at <paramref name="now"/> (UTC); returns how many records it wrote.</summary>
    protected abstract Task<int> RunAsync(TreEmDbContext db, IAuditActor actor, DateTime now, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting; the database was migrated before hosted services start.
        await Task.Yield();
        await RunSafelyAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(NextRunIn(time.GetUtcNow().UtcDateTime), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunSafelyAsync(stoppingToken);
        }
    }

    /// <summary>Runs now (waiting for a run in progress to finish first); returns how many records were written.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
            var actor = scope.ServiceProvider.GetRequiredService<IAuditActor>();
            var written = await RunAsync(db, actor, time.GetUtcNow().UtcDateTime, ct);
            if (written > 0) log.LogInformation("{Job}: {Written} records written", Name, written);
            return written;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RunSafelyAsync(CancellationToken ct)
    {
        try
        {
            await RunOnceAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // A failed run must not stop the server: it is logged and retried at the next run.
            log.LogError(ex, "{Job} run failed; it is retried at the next run", Name);
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }
}
