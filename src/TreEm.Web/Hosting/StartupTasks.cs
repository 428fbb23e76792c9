using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Web.Documents;
using TreEm.Web.Seed;

namespace TreEm.Web.Hosting;

/// <summary>
/// Before the server takes requests: migrate the database, make sure an administrator exists, load the demo
/// when asked. After it listens: print where, and the demo sign-ins.
/// </summary>
public sealed class StartupTasks(IServiceProvider services, IOptions<TreEmOptions> options, IServer server, ILogger<StartupTasks> log)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        // PDF documents need a font with the Vietnamese letters; a missing one is a warning, not a failed start.
        DocumentFonts.Configure(options.Value.FontsFolder);
        if (DocumentFonts.Problem() is { } fontProblem) log.LogWarning("PDF documents cannot be produced: {Problem}", fontProblem);

        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<TreEmDbContext>();
        if (options.Value.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (options.Value.Demo)
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(cancellationToken);
        }
        var password = await sp.GetRequiredService<AdminBootstrap>().EnsureAdministratorAsync(cancellationToken);
        if (password is not null)
        {
            Console.WriteLine();
            Console.WriteLine("================================================================");
            Console.WriteLine(" Tài khoản quản trị ban đầu / initial administrator");
            Console.WriteLine($"   đăng nhập / login:     {AdminBootstrap.Login}");
            Console.WriteLine($"   mật khẩu / password:   {password}");
            Console.WriteLine(" Mật khẩu này chỉ hiện một lần; phải đổi khi đăng nhập lần đầu.");
            Console.WriteLine(" This password is shown once and must be changed at first sign-in.");
            Console.WriteLine("================================================================");
            log.LogWarning("Initial administrator created with a one-time password (printed on the console)");
        }
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"TreEm đang chạy tại / is running at: {string.Join(", ", addresses)}");
        if (options.Value.Demo)
        {
            Console.WriteLine($"Tài khoản thử nghiệm / demo sign-ins (mật khẩu / password: {DemoUsers.Password}):");
            foreach (var u in DemoUsers.All)
                Console.WriteLine($"  {u.Login,-16} {u.FullName}");
        }
        Console.WriteLine();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
