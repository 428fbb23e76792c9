using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using TreEm.Data;
using TreEm.Web.Security;
using TreEm.Web.Seed;

namespace TreEm.Tests.Infrastructure;

/// <summary>
/// The real application on a fresh database with the demo province and demo users, driven through HTTP.
/// One per test class (IClassFixture), so classes do not see each other's data.
/// </summary>
public class TreEmApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _db;

    /// <summary>The application's clock; starts at 30/11/2026 09:00 Vietnam time.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero));

    public TestDatabase Database => _db ?? throw new InvalidOperationException("Not initialised");

    protected virtual bool LoadDemo => true;

    /// <summary>The demo partner agencies and cases; off unless a class needs them (<see cref="TreEmAppWithDemoCases"/>).</summary>
    protected virtual bool LoadDemoCases => false;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        // Starting the server migrates and seeds (StartupTasks).
        _ = Server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("TreEm:Database", Database.ConnectionString);
        builder.UseSetting("TreEm:Demo", LoadDemo ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Test classes build the children they need; the demo population would only slow every class down.
        builder.UseSetting("TreEm:DemoChildren", "0");
        builder.UseSetting("TreEm:DemoCases", LoadDemoCases ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_db is not null) await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A client that follows no redirects and keeps cookies, not signed in.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real sign-in page.</summary>
    public async Task<HttpClient> SignInAsync(string login, string password = DemoUsers.Password)
    {
        var client = Anonymous();
        var response = await client.PostFormAsync("/account/login", new() { ["Input.UserName"] = login, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {login} failed: {(int)response.StatusCode}");
        return client;
    }

    /// <summary>A client that calls the API with a fresh personal access token of the user.</summary>
    public async Task<HttpClient> ApiClientAsync(string login)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
        var user = db.Users.Single(u => u.UserName == login);
        var token = await ApiTokens.CreateAsync(db, user.Id, "test", Clock.GetUtcNow().UtcDateTime);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs work against the database in a scope of its own (arrange and assert).</summary>
    public async Task<T> WithDbAsync<T>(Func<TreEmDbContext, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TreEmDbContext>());
    }

    public async Task WithDbAsync(Func<TreEmDbContext, Task> work)
    {
        using var scope = Services.CreateScope();
        await work(scope.ServiceProvider.GetRequiredService<TreEmDbContext>());
    }
}

public static partial class HttpClientForms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>GETs the page (for its anti-forgery token), then POSTs the form to it as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, Dictionary<string, string> fields, string? getUrl = null)
    {
        var page = await client.GetStringAsync(getUrl ?? url);
        var match = TokenPattern().Match(page);
        if (!match.Success) throw new InvalidOperationException($"No anti-forgery token on {getUrl ?? url}");
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(match.Groups[1].Value) };
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    /// <summary>POSTs a multipart form with one file, with the anti-forgery token of the page.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string url, string field, string fileName, byte[] content, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetStringAsync(url);
        var match = TokenPattern().Match(page);
        if (!match.Success) throw new InvalidOperationException($"No anti-forgery token on {url}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(match.Groups[1].Value)), "__RequestVerificationToken" },
        };
        foreach (var (k, v) in fields ?? []) form.Add(new StringContent(v), k);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, field, fileName);
        return await client.PostAsync(url, form);
    }
}

/// <summary>The test application with the demo partner agencies and the demo cases at every stage.</summary>
public class TreEmAppWithDemoCases : TreEmApp
{
    protected override bool LoadDemoCases => true;
}
