using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Auditing;
using TreEm.Domain.Children;
using TreEm.Domain.Importing;
using TreEm.Tests.Infrastructure;
using static TreEm.Tests.Pages.Children.ImportTestSupport;

namespace TreEm.Tests.Pages.Children;

/// <summary>Dry runs, commits and re-imports of valid files, through the page and the background worker.</summary>
public class ImportJobTests(ImportApp app) : IClassFixture<ImportApp>
{
    private static readonly ChildColumn[] Columns =
    [
        ChildColumn.FullName, ChildColumn.DateOfBirth, ChildColumn.BirthYear, ChildColumn.Sex, ChildColumn.Ethnicity,
        ChildColumn.IdentityNumber, ChildColumn.UnitCode, ChildColumn.Address, ChildColumn.Poverty, ChildColumn.FatherName,
        ChildColumn.FatherBirthYear, ChildColumn.MotherName, ChildColumn.MotherBirthYear, ChildColumn.OtherCaregiver,
        ChildColumn.Relationship, ChildColumn.CaregiverPhone, ChildColumn.Groups, ChildColumn.AtRisk, ChildColumn.Disability,
        ChildColumn.Notes,
    ];

    /// <summary>Three children of Ia Tiêm; the names are unique to this file (the class shares one database).</summary>
    private static byte[] File(string tag, string address = "Làng Tiêm") => Utf8(Csv(Columns,
        [$"Rơ Lan {tag}", "03/04/2015", "", "Nữ", "Gia-rai", "", "23944-01", address, "Nghèo", $"Rơ Châm {tag}", "1985", $"Ksor H'Bia {tag}", "1988", "", "", "0912345678", "d", "NC01", "có", "Học lớp 5"],
        [$"Nguyễn Minh {tag}", "", "2019", "Nam", "01", "", "23944-02", "", "", $"Nguyễn Văn {tag}", "", "", "", "", "", "", "", "", "", ""],
        [$"Siu Hờ {tag}", "12/12/2012", "", "Nam", "Jrai", "", "23944", "", "Cận nghèo", "", "", "", "", $"Siu H'Mai {tag}", "Bà nội", "0987654321", "a, c", "", "không", ""]), bom: true);

    private Task<int> CountAsync(string tag) => app.WithDbAsync(db => db.Children.CountAsync(c => c.FullName.EndsWith(tag)));

    [Fact]
    public async Task DryRun_ValidCsv_CountsTheRowsAndWritesNothing()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var (job, html) = await app.ImportAsync(client, "dry.csv", File("Dry"), dryRun: true);

        Assert.Equal(ImportJobStatus.Completed, job.Status);
        Assert.Equal(3, job.TotalRows);
        Assert.Equal(3, job.ProcessedRows);
        Assert.Equal(3, job.CreatedRows);
        Assert.Equal(0, job.ErrorRows);
        Assert.Equal(0, await CountAsync("Dry"));
        Assert.Contains("<dd data-testid=\"count-created\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"findings-empty\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-commit\"", html, StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"preview-row\""));
        Assert.DoesNotContain("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_ValidCsv_CreatesChildrenWithCaregiversAndGroups_AuditedAsTheImporter()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var (job, html) = await app.ImportAsync(client, "commit.csv", File("Commit"), dryRun: false);

        Assert.Equal(ImportJobStatus.Completed, job.Status);
        Assert.Equal(3, job.CreatedRows);
        Assert.Contains("<dd data-testid=\"count-created\">3</dd>", html, StringComparison.Ordinal);
        var children = await app.WithDbAsync(db => db.Children.AsNoTracking()
            .Include(c => c.Caregivers).Include(c => c.Classifications).Include(c => c.Unit)
            .Where(c => c.FullName.EndsWith("Commit")).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(3, children.Count);

        var lan = children[0];
        Assert.Equal("Rơ Lan Commit", lan.FullName);
        Assert.Equal(new DateOnly(2015, 4, 3), lan.DateOfBirth);
        Assert.Equal(Sex.Nu, lan.Sex);
        Assert.Equal("10", lan.EthnicityCode);
        Assert.Equal("23944-01", lan.Unit!.Code);
        Assert.Equal(PovertyStatus.Ngheo, lan.Poverty);
        Assert.Equal(DisabilityType.Khac, lan.DisabilityType);
        Assert.Equal("Học lớp 5", lan.Notes);
        Assert.Equal(2, lan.Caregivers.Count);
        var mother = lan.Caregivers.Single(g => g.Relation == CaregiverRelation.Me);
        Assert.Equal(("Ksor H'Bia Commit", 1988, "0912345678", true), (mother.FullName, mother.BirthYear, mother.Phone, mother.IsMainCaregiver));
        Assert.False(lan.Caregivers.Single(g => g.Relation == CaregiverRelation.Cha).IsMainCaregiver);
        Assert.Contains(lan.Classifications, x => x.Kind == ClassificationKind.SpecialCircumstance && x.GroupCode == "d" && x.StartDate == new DateOnly(2026, 11, 30));
        Assert.Contains(lan.Classifications, x => x.Kind == ClassificationKind.AtRisk && x.AtRiskCode == "NC01");

        var minh = children[1];
        Assert.Null(minh.DateOfBirth);
        Assert.True(minh.IsBirthYearEstimated);
        Assert.Equal(2019, minh.BirthYear);

        var siu = children[2];
        Assert.Equal("23944", siu.Unit!.Code);
        var grandmother = Assert.Single(siu.Caregivers);
        Assert.Equal((CaregiverRelation.Khac, "Bà nội", "0987654321", true), (grandmother.Relation, grandmother.RelationshipText, grandmother.Phone, grandmother.IsMainCaregiver));
        Assert.Equal(["a", "c"], siu.Classifications.Select(x => x.GroupCode!).Order());

        var keys = children.Select(c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == "Child" && a.Action == AuditAction.Insert && keys.Contains(a.Key))
            .ToListAsync());
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a =>
        {
            Assert.Equal("xa.iatiem", a.UserName);
            Assert.NotNull(a.UserId);
            Assert.Equal("Nhập danh sách trẻ em từ tệp «commit.csv»", a.Reason);
        });
        Assert.Contains(await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "Caregiver" && a.Action == AuditAction.Insert).Select(a => a.UserName).ToListAsync()),
            u => u == "xa.iatiem");
        // The commit is done with its file.
        Assert.DoesNotContain(app.StoredFiles(), f => f.EndsWith(Path.GetFileName(job.StoredFile), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reimport_SameFile_CreatesNothingAndChangesNothing()
    {
        var client = await app.SignInAsync("xa.iatiem");
        await app.ImportAsync(client, "lan-1.csv", File("Again"), dryRun: false);
        var versions = await app.WithDbAsync(db => db.Children.Where(c => c.FullName.EndsWith("Again")).Select(c => c.Version).ToListAsync());
        var auditRows = await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "Child"));

        var (dry, dryHtml) = await app.ImportAsync(client, "lan-2.csv", File("Again"), dryRun: true);
        var (job, html) = await app.ImportAsync(client, "lan-2.csv", File("Again"), dryRun: false);

        Assert.Equal((0, 0, 3), (dry.CreatedRows, dry.UpdatedRows, dry.UnchangedRows));
        Assert.DoesNotContain("data-testid=\"import-commit\"", dryHtml, StringComparison.Ordinal);
        Assert.Equal((0, 0, 3, 0), (job.CreatedRows, job.UpdatedRows, job.UnchangedRows, job.ErrorRows));
        Assert.Contains("<dd data-testid=\"count-unchanged\">3</dd>", html, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync("Again"));
        Assert.Equal(versions, await app.WithDbAsync(db => db.Children.Where(c => c.FullName.EndsWith("Again")).Select(c => c.Version).ToListAsync()));
        Assert.Equal(auditRows, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "Child")));
    }

    [Fact]
    public async Task Reimport_WithAChangedCell_UpdatesOnlyThatChild()
    {
        var client = await app.SignInAsync("xa.iatiem");
        await app.ImportAsync(client, "v1.csv", File("Change"), dryRun: false);

        var (job, html) = await app.ImportAsync(client, "v2.csv", File("Change", address: "Làng Tiêm, nhà số 7"), dryRun: false);

        Assert.Equal((0, 1, 2), (job.CreatedRows, job.UpdatedRows, job.UnchangedRows));
        Assert.Contains("data-action=\"update\"", html, StringComparison.Ordinal);
        var lan = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Caregivers).SingleAsync(c => c.FullName == "Rơ Lan Change"));
        Assert.Equal("Làng Tiêm, nhà số 7", lan.Address);
        Assert.Equal(2, lan.Caregivers.Count);
        Assert.Equal(3, await CountAsync("Change"));
    }

    [Fact]
    public async Task DryRun_ThenTheCommitButton_ImportsTheValidRowsOfTheSameFile()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var (dry, _) = await app.ImportAsync(client, "hai-buoc.csv", File("TwoStep"), dryRun: true);

        var response = await client.PostFormAsync($"{Url}/{dry.Id}/commit", [], $"{Url}/{dry.Id}");
        var commitId = JobId(response);
        var commit = await app.WaitForJobAsync(commitId);

        Assert.NotEqual(dry.Id, commitId);
        Assert.False(commit.DryRun);
        Assert.Equal(dry.StoredFile, commit.StoredFile);
        Assert.Equal(3, commit.CreatedRows);
        Assert.Equal(3, await CountAsync("TwoStep"));
        var dryPage = await client.GetStringAsync($"{Url}/{dry.Id}");
        Assert.DoesNotContain("data-testid=\"import-commit\"", dryPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/children/import/{commitId}\"", dryPage, StringComparison.Ordinal);

        // A second press does not import twice.
        var again = await client.PostFormAsync($"{Url}/{dry.Id}/commit", [], $"{Url}/{commitId}");
        Assert.Equal(commitId, JobId(again));
        Assert.Equal(3, await CountAsync("TwoStep"));
    }

    [Fact]
    public async Task Runner_CalledDirectly_ProcessesAQueuedJob()
    {
        var runner = app.Services.GetRequiredService<TreEm.Web.Pages.Children.Import.ImportJobRunner>();
        var files = app.Services.GetRequiredService<TreEm.Web.Pages.Children.Import.ChildImportFiles>();
        var id = Guid.NewGuid();
        var relative = TreEm.Web.Pages.Children.Import.ChildImportFiles.RelativePath(id, ".csv");
        Directory.CreateDirectory(app.ImportsDirectory);
        await System.IO.File.WriteAllBytesAsync(files.FullPath(relative), File("Direct"));
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "huyen.chuse"));
        await app.WithDbAsync(async db =>
        {
            db.ImportJobs.Add(new ImportJob
            {
                Id = id, Kind = "children", FileName = "direct.csv", StoredFile = relative, DryRun = false,
                Status = ImportJobStatus.Queued, UserId = user.Id, UserName = user.UserName!, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

        await runner.RunAsync(id);

        var job = await app.WithDbAsync(db => db.ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id));
        Assert.Equal(ImportJobStatus.Completed, job.Status);
        Assert.Equal(3, job.CreatedRows);
        Assert.NotNull(job.StartedAt);
        Assert.NotNull(job.FinishedAt);
        Assert.Equal(3, await CountAsync("Direct"));
        var progress = await app.WithDbAsync(db => db.AuditEntries
            .Where(a => a.Entity == "ImportJob" && a.Key == id.ToString() && a.Action == AuditAction.Update).ToListAsync());
        Assert.NotEmpty(progress);
        Assert.All(progress, a => Assert.Equal("huyen.chuse", a.UserName));
    }
}
