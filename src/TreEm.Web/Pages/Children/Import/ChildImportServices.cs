using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Children.Import;

public static class ChildImportServices
{
    /// <summary>The children import: job queue, runner and the background worker that drains the queue.</summary>
    public static IServiceCollection AddChildImport(this IServiceCollection services)
    {
        services.AddSingleton<ChildImportFiles>();
        services.AddSingleton<ChildImportScheduler>();
        services.AddSingleton<ImportJobRunner>();
        services.AddScoped<ChildImportUpload>();
        services.AddHostedService<ChildImportWorker>();
        return services;
    }
}

/// <summary>Where uploaded import files are kept: <c>imports/</c> in the data folder.</summary>
public sealed class ChildImportFiles(IOptions<TreEmOptions> options, IHostEnvironment env)
{
    public const string Folder = "imports";

    /// <summary>Largest accepted upload.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Request limit of the upload page: the file plus the form around it.</summary>
    public const long RequestLimit = MaxBytes + 1024 * 1024;

    public string DataDirectory => DatabaseSettings.DataDirectory(options.Value, env);

    /// <summary>The stored file's path relative to the data folder, as <see cref="Domain.Importing.ImportJob.StoredFile"/> keeps it.</summary>
    public static string RelativePath(Guid id, string extension) => $"{Folder}/{id:N}{extension}";

    public string FullPath(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(DataDirectory, relative));
        if (!full.StartsWith(Path.GetFullPath(Path.Combine(DataDirectory, Folder)), StringComparison.Ordinal))
            throw new InvalidOperationException("Import files live in the imports folder.");
        return full;
    }

    public void Delete(string relative)
    {
        try
        {
            File.Delete(FullPath(relative));
        }
        catch (IOException)
        {
            // A file that cannot be removed now is removed by the clean-up of old files.
        }
    }
}

/// <summary>
/// Import jobs waiting for the worker. <see cref="WhenFinishedAsync"/> lets a caller (a test, a tool) wait for a
/// job it queued.
/// </summary>
public sealed class ChildImportScheduler
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource> _finished = new();

    public ChannelReader<Guid> Reader => _channel.Reader;

    public void Enqueue(Guid jobId)
    {
        Completion(jobId);
        _channel.Writer.TryWrite(jobId);
    }

    public Task WhenFinishedAsync(Guid jobId) => Completion(jobId).Task;

    public void MarkFinished(Guid jobId)
    {
        Completion(jobId).TrySetResult();
        // Keep the completions of recent jobs only.
        if (_finished.Count > 256)
            foreach (var (id, tcs) in _finished)
                if (tcs.Task.IsCompleted && id != jobId) _finished.TryRemove(id, out _);
    }

    private TaskCompletionSource Completion(Guid jobId) =>
        _finished.GetOrAdd(jobId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}

/// <summary>The audit actor of an import job: the user who uploaded the file.</summary>
public sealed class ImportActor(string userId, string userName) : IAuditActor
{
    public string? UserId { get; } = userId;
    public string UserName { get; } = userName;
    public string? Reason { get; set; }
}

/// <summary>The scope of the user who started a job, as <see cref="Security.CurrentUser"/> builds it for a request.</summary>
public static class ImportUserScope
{
    /// <summary>The user's scope, or null when the user no longer exists or is disabled.</summary>
    public static async Task<UserScope?> LoadAsync(TreEmDbContext db, string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.IsDisabled }).FirstOrDefaultAsync(ct);
        if (user is null || user.IsDisabled) return null;
        var roles = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.UserId == userId)
            .Select(r => new { r.Role, Path = r.Unit == null ? null : r.Unit.Path })
            .ToListAsync(ct);
        var held = roles.Select(r => r.Role).Distinct().ToList();
        return held.Contains(Role.Administrator)
            ? UserScope.Everything(userId, held)
            : new UserScope(userId, roles.Where(r => r.Path is not null).Select(r => (r.Role, r.Path!)).ToList());
    }

    /// <summary>May the scope register children anywhere?</summary>
    public static bool CanImport(UserScope scope)
    {
        var write = scope.For(Capabilities.ChildRegisterWrite);
        return write.All || write.Paths.Count > 0;
    }

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
