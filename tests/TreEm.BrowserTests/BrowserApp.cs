using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Playwright;

namespace TreEm.BrowserTests;

/// <summary>
/// The real application on a real port (Kestrel) with a fresh SQLite demo database, and one Debian chromium
/// driven by Playwright, shared by the journeys of a collection.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dbFile = Path.Combine(Path.GetTempPath(), $"treem-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("TREEM_CHROMIUM") ?? "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("TreEm:Database", $"Data Source={_dbFile}");
        builder.UseSetting("TreEm:Demo", "true");
        builder.UseSetting("TreEm:DemoChildren", "300");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        if (Today is { } today)
        {
            // The application's clock starts at that moment and runs on; the browser keeps its own clock.
            var shift = today - DateTimeOffset.UtcNow;
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(new ShiftedClock(shift));
            });
        }
    }

    /// <summary>When set, the application believes it is this moment (plus the time elapsed since start).</summary>
    protected virtual DateTimeOffset? Today => null;

    /// <summary>A new browser context in Vietnamese with a page on the application.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new() { Width = width, Height = height },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        foreach (var f in new[] { _dbFile, _dbFile + "-wal", _dbFile + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}

[CollectionDefinition(nameof(BrowserJourneys))]
public sealed class BrowserJourneys : ICollectionFixture<BrowserApp>;

/// <summary>The system clock moved by a fixed shift: time still runs, so cookies, timeouts and "time left" behave.</summary>
internal sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}

/// <summary>
/// The application on 20/5/2021, 09:00 in Vietnam: five days before the 2021 six-month reports are due at the province.
/// </summary>
public sealed class BrowserApp2021 : BrowserApp
{
    protected override DateTimeOffset? Today => new DateTimeOffset(2021, 5, 20, 9, 0, 0, TimeSpan.FromHours(7));
}

[CollectionDefinition(nameof(ReportJourneys))]
public sealed class ReportJourneys : ICollectionFixture<BrowserApp2021>;
