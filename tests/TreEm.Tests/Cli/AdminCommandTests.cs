using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Auditing;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Cli;
using TreEm.Web.Hosting;
using TreEm.Web.Seed;

namespace TreEm.Tests.Cli;

/// <summary>The admin commands run against the same services as the web application.</summary>
[Collection(nameof(ConsoleOutput))]
public class AdminCommandTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            var code = await AdminCommands.RunAsync(app.Services, CommandLine.Parse(args, _ => null));
            return (code, writer.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public async Task CreateToken_PrintsATokenThatWorksOnTheApi_AndStoresOnlyItsHash()
    {
        var (code, output) = await RunAsync("create-token", "--user", "tongdai111", "--name", "Hệ thống tổng đài 111");
        Assert.Equal(0, code);
        var token = output.Trim();
        Assert.StartsWith("treem_", token, StringComparison.Ordinal);
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("tongdai111", me.GetProperty("userName").GetString());
        Assert.False(await app.WithDbAsync(db => db.ApiTokens.AnyAsync(t => t.TokenHash == token)));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.NewValues!.Contains(token))));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "ApiToken" && a.UserName == "system")));
    }

    [Fact]
    public async Task CreateToken_UnknownUser_FailsWithAMessage()
    {
        var (code, _) = await RunAsync("create-token", "--user", "khong-co", "--name", "x");
        Assert.Equal(2, code);
    }

    [Fact]
    public async Task CreateUser_PrintsAOneTimePasswordThatMustBeChanged()
    {
        var (code, output) = await RunAsync("create-user", "--user", "xa.iapal", "--name", "Nguyễn Văn Bình", "--role", "CommuneWorker", "--unit", "23966");
        Assert.Equal(0, code);
        var password = output.Trim().Split(' ').Last();
        var client = await app.SignInAsync("xa.iapal", password);
        var next = await client.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Equal("/account/change-password", next.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Migrate_OnAnUpToDateDatabase_Succeeds()
    {
        var (code, output) = await RunAsync("migrate");
        Assert.Equal(0, code);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_SecondRun_AddsNothing()
    {
        async Task<(int, int, int, int)> CountsAsync() => await app.WithDbAsync(async db => (
            await db.Units.CountAsync(), await db.Users.CountAsync(), await db.RoleAssignments.CountAsync(),
            await db.AuditEntries.CountAsync(a => a.Action != AuditAction.Read)));
        var before = await CountsAsync();
        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task UnknownCommandOptions_PrintUsage()
    {
        var (code, output) = await RunAsync("help");
        Assert.Equal(0, code);
        Assert.Contains("create-token", output, StringComparison.Ordinal);
    }
}

/// <summary>Tests that redirect the console must not run beside each other.</summary>
[CollectionDefinition(nameof(ConsoleOutput), DisableParallelization = true)]
public sealed class ConsoleOutput;
