using TreEm.Auditing;
using TreEm.Data;

namespace TreEm.Web.Hosting;

/// <summary>
/// Once at start and then every day at 00:15 Vietnam time, marks the children who have turned 16
/// (<see cref="ChildAgeOut"/>), as "system". Runs never overlap; a failed run is logged and retried the next day.
/// </summary>
public sealed class ChildAgeOutJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ChildAgeOutJob> log) : BackgroundService
{
    /// <summary>The time of day (Vietnam) of the daily run.</summary>
    public static readonly TimeSpan RunAt = new(0, 15, 0);

    private readonly SemaphoreSlim _gate = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting; the database was migrated before hosted services start.
        await Task.Yield();
        await RunSafelyAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(DelayUntilNextRun(time.GetUtcNow().UtcDateTime), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await RunSafelyAsync(stoppingToken);
        }
    }

    /// <summary>How long from <paramref name="utcNow"/> until the next 00:15 in Vietnam (a full day when it is 00:15 now).</summary>
    public static TimeSpan DelayUntilNextRun(DateTime utcNow)
    {
        var local = Display.ToVietnamTime(utcNow);
        var next = local.Date + RunAt;
        if (next <= local) next = next.AddDays(1);
        return next - local;
    }

    /// <summary>Runs the age-out now (waiting for a run in progress to finish first); returns how many were marked.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
            var actor = scope.ServiceProvider.GetRequiredService<IAuditActor>();
            var marked = await ChildAgeOut.RunAsync(db, Display.Today(time), time.GetUtcNow().UtcDateTime, actor, ct);
            if (marked > 0) log.LogInformation("Age-out: {Marked} children marked as turned 16", marked);
            return marked;
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
            log.LogError(ex, "Age-out run failed; it is retried at the next run");
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}
