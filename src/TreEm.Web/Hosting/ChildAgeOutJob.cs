using TreEm.Auditing;
using TreEm.Data;

namespace TreEm.Web.Hosting;

/// <summary>
/// Once at start and then every day at 00:15 Vietnam time, marks the children who have turned 16
/// (<see cref="ChildAgeOut"/>), as "system". Runs never overlap; a failed run is logged and retried the next day.
/// </summary>
public sealed class ChildAgeOutJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<ChildAgeOutJob> log) : RecurringJob(scopes, time, log)
{
    /// <summary>The time of day (Vietnam) of the daily run.</summary>
    public static readonly TimeSpan RunAt = new(0, 15, 0);

    protected override string Name => "Age-out";

    protected override TimeSpan NextRunIn(DateTime utcNow) => DelayUntilNextRun(utcNow);

    /// <summary>How long from <paramref name="utcNow"/> until the next 00:15 in Vietnam (a full day when it is 00:15 now).</summary>
    public static TimeSpan DelayUntilNextRun(DateTime utcNow)
    {
        var local = Display.ToVietnamTime(utcNow);
        var next = local.Date + RunAt;
        if (next <= local) next = next.AddDays(1);
        return next - local;
    }

    protected override Task<int> RunAsync(TreEmDbContext db, IAuditActor actor, DateTime now, CancellationToken ct) =>
        ChildAgeOut.RunAsync(db, DateOnly.FromDateTime(Display.ToVietnamTime(now)), now, actor, ct);
}
