using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Units;

public partial class UnitImportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private const string Url = "/units/import";
    private const string Header = "code,name,unit_type,parent_code";

    [GeneratedRegex("<tr data-testid=\"import-error\" data-row=\"(\\d+)\" data-column=\"([^\"]*)\">")]
    private static partial Regex ErrorRow();

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    private async Task<HttpResponseMessage> UploadAsync(byte[] content, string mode, string fileName = "don-vi.csv")
    {
        var client = await app.SignInAsync("admin");
        return await client.PostFileAsync(Url, "Input.File", fileName, content, new() { ["Input.Mode"] = mode });
    }

    private static List<(int Row, string Column)> Errors(string html) =>
        ErrorRow().Matches(html).Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value)).ToList();

    private Task<OrgUnit?> UnitAsync(string code) =>
        app.WithDbAsync(db => db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code));

    [Fact]
    public async Task Get_ImportAsProvinceOfficer_RedirectsToTheForbiddenPage()
    {
        var client = await app.SignInAsync("tinh");

        foreach (var url in new[] { Url, Url + "/template" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/loi/403", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        }
        var denied = await client.GetAsync("/loi/403");
        Assert.Contains("Không có quyền", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ImportAsAdministrator_ExplainsTheColumnsAndListsTheUnitTypes()
    {
        var client = await app.SignInAsync("admin");
        var html = await client.GetStringAsync(Url);

        Assert.Contains("Kiểm tra (chạy thử)", html, StringComparison.Ordinal);
        Assert.Contains("dac_biet_kho_khan", html, StringComparison.Ordinal);
        foreach (var type in UnitType.Standard)
            Assert.Contains($"<code>{type.Code}</code>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/units/import/template\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Template_IsACsvThatPassesTheDryRun()
    {
        var client = await app.SignInAsync("admin");
        var response = await client.GetAsync(Url + "/template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mau-nhap-don-vi.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(Header, lines[0], StringComparison.Ordinal);

        var dry = await (await UploadAsync(bytes, "dryrun", "mau-nhap-don-vi.csv")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"import-ok\"", dry, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"count-created\">2</dd>", dry, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidFile_CommitsAndTheUnitsAppear()
    {
        var csv = Csv(Header,
            "23944-11,Làng Đê Tar,thon,23944",
            "23944-03,Làng Blang Mới,thon,23944",
            "23944-04,Thôn Hòa Bình,thon,23944");

        var response = await UploadAsync(csv, "commit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Url, response.Headers.Location!.OriginalString);
        var created = await UnitAsync("23944-11");
        Assert.NotNull(created);
        Assert.Equal("/64/633/23944/23944-11/", created.Path);
        Assert.Equal("lang de tar", created.NameSearch);
        Assert.Equal("Làng Blang Mới", (await UnitAsync("23944-03"))!.Name);

        var client = await app.SignInAsync("xa.iatiem");
        var tree = await client.GetStringAsync("/units");
        Assert.Contains("data-testid=\"unit-23944-11\"", tree, StringComparison.Ordinal);
        Assert.Contains("Làng Blang Mới", tree, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Commit_ShowsTheCountsAfterTheRedirect()
    {
        var client = await app.SignInAsync("admin");
        var csv = Csv(Header, "23944-12,Làng Kép,thon,23944", "23944-01,Làng Tiêm,thon,23944");

        var response = await client.PostFileAsync(Url, "Input.File", "thang-11.csv", csv, new() { ["Input.Mode"] = "commit" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var page = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Đã nhập tệp «thang-11.csv»: 1 đơn vị tạo mới, 0 cập nhật, 1 không thay đổi.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DryRun_ShowsTheCountsAndWritesNothing()
    {
        var auditsBefore = await app.WithDbAsync(db => db.AuditEntries.CountAsync());
        var csv = Csv(Header,
            "23944-13,Làng Chạy Thử,thon,23944",
            "23944-02,Làng Ia Tiêm Hai,thon,23944",
            "23944-01,Làng Tiêm,thon,23944");

        var response = await UploadAsync(csv, "dryrun");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"import-ok\"", html, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"count-rows\">3</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"count-created\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"count-updated\">1</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"count-unchanged\">1</dd>", html, StringComparison.Ordinal);
        Assert.Null(await UnitAsync("23944-13"));
        Assert.Equal("Làng Ia Tiêm 2", (await UnitAsync("23944-02"))!.Name);
        Assert.Equal(auditsBefore, await app.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Post_WithoutAMode_IsOnlyADryRun()
    {
        var client = await app.SignInAsync("admin");
        var response = await client.PostFileAsync(Url, "Input.File", "don-vi.csv", Csv(Header, "23944-20,Làng Enter,thon,23944"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<dd data-testid=\"count-created\">1</dd>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await UnitAsync("23944-20"));
    }

    [Fact]
    public async Task Post_FileWithBadRows_ListsEachErrorWithItsRowAndWritesNothing()
    {
        var csv = Csv(Header,
            "23944-14,Làng Tốt,thon,23944",
            "23944-15,Làng Mồ Côi,thon,99999",
            "23944-16,Làng Lạ,khu_pho,23944",
            "23944-14,Làng Trùng,thon,23944");

        var response = await UploadAsync(csv, "commit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal([(3, "parent_code"), (4, "unit_type"), (5, "code")], Errors(html).Order().ToList());
        Assert.Contains("Không tìm thấy đơn vị cấp trên có mã &#x27;99999&#x27;", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"import-failed\"", html, StringComparison.Ordinal);
        Assert.Contains("Không có đơn vị nào được ghi vào hệ thống (kể cả các dòng không lỗi)", html, StringComparison.Ordinal);
        Assert.Null(await UnitAsync("23944-14"));
        Assert.Null(await UnitAsync("23944-15"));
    }

    [Fact]
    public async Task Post_RowWithoutName_IsReportedWithItsRowAndTheGoodRowsAreNotWritten()
    {
        var csv = Csv(Header,
            "23944-17,Làng Tốt,thon,23944",
            "23944-18,,thon,23944");

        var html = await (await UploadAsync(csv, "commit")).Content.ReadAsStringAsync();

        Assert.Equal([(3, "name")], Errors(html));
        Assert.Contains("Thiếu tên đơn vị.", html, StringComparison.Ordinal);
        Assert.Null(await UnitAsync("23944-17"));
    }

    [Fact]
    public async Task Post_NoFile_AsksForOne()
    {
        var client = await app.SignInAsync("admin");
        var response = await client.PostFormAsync(Url, new() { ["Input.Mode"] = "commit" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn tệp CSV cần nhập.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_EmptyFile_IsRefused()
    {
        var html = await (await UploadAsync([], "commit", "trong.csv")).Content.ReadAsStringAsync();

        Assert.Contains("Tệp «trong.csv» trống (0 byte).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-result\"", html, StringComparison.Ordinal);
    }

    private static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    [Fact]
    public async Task Post_PngFile_IsRefusedAsNotCsv()
    {
        var html = await (await UploadAsync(Png, "commit", "anh.png")).Content.ReadAsStringAsync();
        Assert.Contains("Tệp «anh.png» không phải tệp CSV. Chỉ nhận tệp có đuôi .csv hoặc .txt.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_PngBytesNamedCsv_IsRefusedAsBinary()
    {
        var html = await (await UploadAsync(Png, "commit", "don-vi.csv")).Content.ReadAsStringAsync();
        Assert.Contains("Tệp «don-vi.csv» không phải tệp văn bản CSV", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"import-result\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExcelWorkbook_IsRefusedWithHowToSaveAsCsv()
    {
        byte[] xlsx = [.. "PK\u0003\u0004"u8, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00];
        var html = await (await UploadAsync(xlsx, "commit", "don-vi.xlsx")).Content.ReadAsStringAsync();
        Assert.Contains("Tệp «don-vi.xlsx» là tệp Excel.", html, StringComparison.Ordinal);
        Assert.Contains("CSV UTF-8", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FileOverFiveMegabytes_IsRefused()
    {
        var big = new StringBuilder(Header).Append("\r\n");
        for (var i = 0; big.Length <= 5 * 1024 * 1024; i++)
            big.Append("23944-x").Append(i).Append(",Làng Số ").Append(i).Append(",thon,23944\r\n");

        var html = await (await UploadAsync(Encoding.UTF8.GetBytes(big.ToString()), "commit", "lon.csv")).Content.ReadAsStringAsync();

        Assert.Contains("Tệp «lon.csv» quá lớn", html, StringComparison.Ordinal);
        Assert.Contains("Dung lượng tối đa là 5 MB", html, StringComparison.Ordinal);
        Assert.Null(await UnitAsync("23944-x0"));
    }

    [Fact]
    public async Task Post_Commit_WritesAuditEntriesWithTheReason()
    {
        var csv = Csv(Header, "23944-19,Làng Ghi Nhật Ký,thon,23944", "23944-04,Thôn Hòa Bình Mới,thon,23944");

        var response = await UploadAsync(csv, "commit", "nhat-ky.csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var created = (await UnitAsync("23944-19"))!;
        var renamed = (await UnitAsync("23944-04"))!;
        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(OrgUnit) && (a.UnitId == created.Id || a.UnitId == renamed.Id))
            .ToListAsync());
        var insert = Assert.Single(entries, e => e.UnitId == created.Id && e.Action == AuditAction.Insert);
        var update = Assert.Single(entries, e => e.UnitId == renamed.Id && e.Action == AuditAction.Update);
        Assert.All([insert, update], e =>
        {
            Assert.Equal("Nhập danh mục đơn vị từ tệp nhat-ky.csv", e.Reason);
            Assert.Equal("admin", e.UserName);
        });
        Assert.Contains("Thôn Hòa Bình Mới", update.NewValues, StringComparison.Ordinal);
    }
}
