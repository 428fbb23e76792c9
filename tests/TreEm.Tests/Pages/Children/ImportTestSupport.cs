using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Domain.Importing;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Pages.Children.Import;

namespace TreEm.Tests.Pages.Children;

/// <summary>The application with a data folder of its own, where uploaded import files are stored.</summary>
public sealed class ImportApp : TreEmApp
{
    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "treem-import-tests", Guid.NewGuid().ToString("N"));

    public string ImportsDirectory => Path.Combine(DataDirectory, ChildImportFiles.Folder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("TreEm:DataDirectory", DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    public string[] StoredFiles() => Directory.Exists(ImportsDirectory) ? Directory.GetFiles(ImportsDirectory) : [];
}

public static partial class ImportTestSupport
{
    public const string Url = "/children/import";

    [GeneratedRegex("data-testid=\"finding\" data-row=\"(\\d+)\" data-column=\"([^\"]*)\"")]
    private static partial Regex FindingRow();

    /// <summary>A CSV in the template's layout: the given columns as header, then the rows.</summary>
    public static string Csv(ChildColumn[] columns, params string[][] rows)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(",", columns.Select(c => ChildImportTemplateFile.Quote(ChildImportTemplate.Header(c))))).Append("\r\n");
        foreach (var row in rows) sb.Append(string.Join(",", row.Select(ChildImportTemplateFile.Quote))).Append("\r\n");
        return sb.ToString();
    }

    public static readonly ChildColumn[] BasicColumns =
    [
        ChildColumn.FullName, ChildColumn.DateOfBirth, ChildColumn.BirthYear, ChildColumn.Sex, ChildColumn.Ethnicity,
        ChildColumn.IdentityNumber, ChildColumn.UnitCode, ChildColumn.FatherName, ChildColumn.MotherName,
        ChildColumn.CaregiverPhone, ChildColumn.Groups, ChildColumn.AtRisk,
    ];

    public static byte[] Utf8(string text, bool bom = false) =>
        bom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string fileName, byte[] content, bool dryRun = true) =>
        client.PostFileAsync(Url, "Input.File", fileName, content, new() { ["Input.DryRun"] = dryRun ? "true" : "false" });

    public static Guid JobId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(Url + "/", location, StringComparison.Ordinal);
        return Guid.Parse(location[(Url.Length + 1)..]);
    }

    /// <summary>Waits until the background worker has finished the job, then reads it.</summary>
    public static async Task<ImportJob> WaitForJobAsync(this TreEmApp app, Guid id)
    {
        await app.Services.GetRequiredService<ChildImportScheduler>().WhenFinishedAsync(id).WaitAsync(TimeSpan.FromMinutes(2));
        return await app.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
    }

    /// <summary>Uploads, waits for the job and returns it with its page.</summary>
    public static async Task<(ImportJob Job, string Html)> ImportAsync(this TreEmApp app, HttpClient client, string fileName, byte[] content, bool dryRun)
    {
        var id = JobId(await client.UploadAsync(fileName, content, dryRun));
        var job = await app.WaitForJobAsync(id);
        var html = await client.GetStringAsync($"{Url}/{id}");
        return (job, html);
    }

    public static List<(int Row, string Column)> Findings(string html) =>
        FindingRow().Matches(html).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    public static string Header(ChildColumn c) => ChildImportTemplate.Header(c);
}
