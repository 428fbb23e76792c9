using System.Net;
using TreEm.Domain.Importing;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Pages.Children.Import;
using static TreEm.Tests.Pages.Children.ImportTestSupport;

namespace TreEm.Tests.Pages.Children;

/// <summary>Uploaded files hold personal data: a dry run's file is kept for its commit, then not for long.</summary>
public class ImportRetentionTests(ImportApp app) : IClassFixture<ImportApp>
{
    private static byte[] File(string name) => Utf8(Csv(BasicColumns, [name, "17/05/2016", "", "Nam", "01", "", "23944-01", "", "", "", "", ""]));

    [Fact]
    public async Task DryRunFile_IsRemovedAWeekLater_AndItsCommitIsNoLongerOffered()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var (dry, html) = await app.ImportAsync(client, "cu.csv", File("Y Cũ"), dryRun: true);
        Assert.Contains("data-testid=\"import-commit\"", html, StringComparison.Ordinal);
        var stored = Path.GetFileName(dry.StoredFile);
        Assert.Contains(app.StoredFiles(), f => f.EndsWith(stored, StringComparison.Ordinal));

        app.Clock.Advance(ChildImportWorker.KeepFiles + TimeSpan.FromDays(1));
        client = await app.SignInAsync("xa.iatiem");
        var (next, _) = await app.ImportAsync(client, "moi.csv", File("Y Mới"), dryRun: true);

        Assert.Equal(ImportJobStatus.Completed, next.Status);
        // The worker sweeps old files right after it finishes a job, a moment after the job shows as completed.
        var wait = System.Diagnostics.Stopwatch.StartNew();
        while (app.StoredFiles().Any(f => f.EndsWith(stored, StringComparison.Ordinal)) && wait.Elapsed < TimeSpan.FromSeconds(15))
            await Task.Delay(50);
        Assert.DoesNotContain(app.StoredFiles(), f => f.EndsWith(stored, StringComparison.Ordinal));
        Assert.Contains(app.StoredFiles(), f => f.EndsWith(Path.GetFileName(next.StoredFile), StringComparison.Ordinal));
        var page = await client.GetStringAsync($"{Url}/{dry.Id}");
        Assert.DoesNotContain("data-testid=\"import-commit\"", page, StringComparison.Ordinal);
        var commit = await client.PostFormAsync($"{Url}/{dry.Id}/commit", [], $"{Url}/{dry.Id}");
        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.Equal($"{Url}/{dry.Id}", commit.Headers.Location!.ToString());
    }
}
