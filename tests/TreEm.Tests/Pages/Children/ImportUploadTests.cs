using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Importing;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Pages.Children.Import;
using static TreEm.Tests.Pages.Children.ImportTestSupport;

namespace TreEm.Tests.Pages.Children;

/// <summary>The upload page: who may use it, and files that are refused before any job exists.</summary>
public class ImportUploadTests(ImportApp app) : IClassFixture<ImportApp>
{
    private static readonly string ValidRow = Csv(BasicColumns, ["Nguyễn Văn An", "17/05/2016", "", "Nam", "01", "", "23944-01", "", "", "", "", ""]);

    private async Task<string> RefusedAsync(string fileName, byte[] content)
    {
        var client = await app.SignInAsync("xa.iatiem");
        var before = await app.WithDbAsync(db => db.ImportJobs.CountAsync());
        var files = app.StoredFiles().Length;
        var response = await client.UploadAsync(fileName, content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"import-file-error\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.ImportJobs.CountAsync()));
        Assert.Equal(files, app.StoredFiles().Length);
        return html;
    }

    [Fact]
    public async Task Get_ImportPageAsCommuneWorker_ShowsTheFormTheColumnsAndTheTemplates()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Url));

        Assert.Contains("enctype=\"multipart/form-data\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.DryRun\" value=\"true\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/children/import/template.xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/children/import/template.csv\"", html, StringComparison.Ordinal);
        foreach (var c in ChildImportTemplate.Columns) Assert.Contains(c.Header, html, StringComparison.Ordinal);
        // Other tests of this class import as xa.iatiem; the village collaborator has imported nothing here.
        var fresh = await (await app.SignInAsync("ctv.iatiem")).GetStringAsync(Url);
        Assert.Contains("data-testid=\"jobs-empty\"", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ImportPageInEnglish_UsesTheEnglishTexts()
    {
        var client = await app.SignInAsync("xa.iatiem");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Url));

        Assert.Contains("Import children from an Excel or CSV file", html, StringComparison.Ordinal);
        Assert.Contains("Only check (dry run), do not write to the register", html, StringComparison.Ordinal);
        Assert.Contains("The child's full name, with diacritics.", html, StringComparison.Ordinal);
        // The headers are the file's format: they stay Vietnamese.
        Assert.Contains("Mã đơn vị (thôn hoặc xã)", html, StringComparison.Ordinal);

        var refused = WebUtility.HtmlDecode(await (await client.UploadAsync("x.pdf", Utf8(ValidRow))).Content.ReadAsStringAsync());
        Assert.Contains("The file “x.pdf” is not an Excel (.xlsx) or CSV (.csv) file.", refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("thanhtra")]
    [InlineData("congan.chuse")]
    [InlineData("lanhdao")]
    public async Task Get_ImportWithoutRegisterWriteRights_IsForbidden(string login)
    {
        var client = await app.SignInAsync(login);
        foreach (var url in new[] { Url, Url + "/template.xlsx", Url + "/template.csv" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/loi/403", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        }
    }

    [Fact]
    public async Task Post_WithoutRegisterWriteRights_IsForbiddenAndCreatesNoJob()
    {
        var reader = await app.SignInAsync("thanhtra");
        // The inspector's own anti-forgery token, from a page they may open.
        var page = await reader.GetStringAsync("/account/change-password");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new MultipartFormDataContent { { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(Utf8(ValidRow)), "Input.File", "tre-em.csv");

        var response = await reader.PostAsync(Url, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        Assert.Equal(0, await app.WithDbAsync(db => db.ImportJobs.CountAsync(j => j.UserName == "thanhtra")));
    }

    [Fact]
    public async Task Post_NoFile_AsksForOne()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var before = await app.WithDbAsync(db => db.ImportJobs.CountAsync());
        var response = await client.PostFormAsync(Url, new() { ["Input.DryRun"] = "true" });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Vui lòng chọn tệp cần nhập (.xlsx hoặc .csv).", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.ImportJobs.CountAsync()));
    }

    [Fact]
    public async Task Post_EmptyFile_IsRefused()
    {
        var html = await RefusedAsync("tre-em.csv", []);
        Assert.Contains("Tệp «tre-em.csv» trống (0 byte).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FileOver20Megabytes_IsRefused()
    {
        var row = Encoding.UTF8.GetBytes(ValidRow);
        var content = new byte[ChildImportFiles.MaxBytes + 1];
        for (var i = 0; i < content.Length; i++) content[i] = row[i % row.Length];

        var html = await RefusedAsync("lon.csv", content);

        Assert.Contains("Tệp «lon.csv» quá lớn", html, StringComparison.Ordinal);
        Assert.Contains("Dung lượng tối đa là 20 MB", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_RequestBeyondThePageLimit_IsStoppedAndChangesNothing()
    {
        // Past the page's request limit the server stops reading the upload: no job, no stored file.
        var client = await app.SignInAsync("xa.iatiem");
        var before = await app.WithDbAsync(db => db.ImportJobs.CountAsync());
        var files = app.StoredFiles().Length;

        var response = await client.UploadAsync("rat-lon.csv", new byte[ChildImportFiles.RequestLimit + 1024 * 1024]);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True((int)response.StatusCode >= 400, $"status {(int)response.StatusCode}");
        Assert.Equal(before, await app.WithDbAsync(db => db.ImportJobs.CountAsync()));
        Assert.Equal(files, app.StoredFiles().Length);
    }

    [Theory]
    [InlineData("tre-em.pdf")]
    [InlineData("tre-em.txt")]
    [InlineData("tre-em")]
    public async Task Post_NotXlsxOrCsv_IsRefused(string fileName)
    {
        var html = await RefusedAsync(fileName, Utf8(ValidRow));
        Assert.Contains($"Tệp «{fileName}» không phải tệp Excel (.xlsx) hoặc CSV (.csv).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OldExcelFormat_AsksForXlsx()
    {
        var html = await RefusedAsync("tre-em.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0]);
        Assert.Contains("Excel 97–2003 (.xls)", html, StringComparison.Ordinal);
    }

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];

    [Fact]
    public async Task Post_PngRenamedToXlsx_IsRefused()
    {
        var html = await RefusedAsync("anh.xlsx", Png);
        Assert.Contains("Tệp «anh.xlsx» không phải tệp Excel (.xlsx) hợp lệ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PngRenamedToCsv_IsRefused()
    {
        var html = await RefusedAsync("anh.csv", Png);
        Assert.Contains("Tệp «anh.csv» không phải tệp CSV dạng văn bản", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CorruptXlsx_IsRefused()
    {
        var good = ChildImportTemplateFile.Xlsx();
        var broken = good[..(good.Length / 2)];

        var html = await RefusedAsync("hong.xlsx", broken);

        Assert.Contains("Tệp «hong.xlsx» bị hỏng hoặc không phải tệp Excel (.xlsx) hợp lệ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CsvWithoutTheRequiredHeaders_NamesTheMissingColumns()
    {
        var csv = Csv([ChildColumn.FullName, ChildColumn.DateOfBirth, ChildColumn.Ethnicity], ["Nguyễn Văn An", "17/05/2016", "01"]);

        var html = await RefusedAsync("thieu-cot.csv", Utf8(csv));

        Assert.Contains("Tệp «thieu-cot.csv» thiếu cột bắt buộc:", html, StringComparison.Ordinal);
        Assert.Contains($"«{Header(ChildColumn.Sex)}»", html, StringComparison.Ordinal);
        Assert.Contains($"«{Header(ChildColumn.UnitCode)}»", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CsvThatIsNotTheTemplate_IsRefused()
    {
        var html = await RefusedAsync("khac.csv", Utf8("code,name\r\n23944,Xã Ia Tiêm\r\n"));
        Assert.Contains("Tệp «khac.csv» không có dòng tiêu đề theo mẫu", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HeaderOnly_SaysThereIsNoDataRow()
    {
        var html = await RefusedAsync("trong.csv", Utf8(Csv(BasicColumns)));
        Assert.Contains("Tệp «trong.csv» không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 1).", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidFile_StoresItAndQueuesADryRunJob()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var response = await client.UploadAsync("tre-em.csv", Utf8(ValidRow, bom: true));

        var id = JobId(response);
        var job = await app.WaitForJobAsync(id);
        Assert.True(job.DryRun);
        Assert.Equal("xa.iatiem", job.UserName);
        Assert.Equal("tre-em.csv", job.FileName);
        Assert.StartsWith("imports/", job.StoredFile, StringComparison.Ordinal);
        // A dry run keeps its file for the commit that may follow.
        Assert.Single(app.StoredFiles(), f => f.EndsWith(Path.GetFileName(job.StoredFile), StringComparison.Ordinal));

        var other = await app.SignInAsync("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"{Url}/{id}")).StatusCode);
        var admin = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"{Url}/{id}")).StatusCode);

        var list = await client.GetStringAsync(Url);
        Assert.Contains($"href=\"/children/import/{id}\"", list, StringComparison.Ordinal);
    }
}
