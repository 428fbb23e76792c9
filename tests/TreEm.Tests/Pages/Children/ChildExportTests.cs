using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Pages;
using TreEm.Web.Pages.Children;
using TreEm.Web.Seed;

namespace TreEm.Tests.Pages.Children;

/// <summary>The children list's Excel export: content, header block, scope, formula neutralising and audit.</summary>
public class ChildExportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [Fact]
    public async Task Export_IsAnXlsxWithTheHeaderBlockAndOnlyTheFilteredRows()
    {
        var girl = await app.CreateChildAsync("23944-02", "Ksor Xuấtfile Một", new DateOnly(2016, 5, 17), identityNumber: "064216000321",
            configure: c =>
            {
                c.Address = "Làng Ia Tiêm 2";
                c.Poverty = TreEm.Domain.Children.PovertyStatus.Ngheo;
            });
        await app.AddSpecialCircumstanceAsync(girl.Id, "d");
        await app.AddSpecialCircumstanceAsync(girl.Id, "a");
        await app.AddAtRiskAsync(girl.Id, "NC01");
        var boy = await app.CreateChildAsync("23944-02", "Ksor Xuấtfile Hai", sex: TreEm.Domain.Children.Sex.Nam);
        await app.CreateChildAsync("23944-02", "Ksor Khácfile Ba");
        var client = await app.SignInAsync("xa.iatiem");

        var response = await client.GetAsync("/children/export?q=xuatfile&sex=Nu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Xlsx, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("tre-em-20261130-0900.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var sheet = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("DANH SÁCH TRẺ EM", sheet[0]["A"]);
        Assert.Equal("Đơn vị: Xã Ia Tiêm (23944)", sheet[1]["A"]);
        Assert.Equal("Điều kiện lọc: Tìm kiếm: «xuatfile»; Giới tính: Nữ; Trạng thái: Đang quản lý", sheet[2]["A"]);
        Assert.Equal("Ngày xuất: 30/11/2026 09:00", sheet[3]["A"]);
        Assert.StartsWith("Người xuất: ", (string?)sheet[4]["A"], StringComparison.Ordinal);
        Assert.Contains("xa.iatiem", (string?)sheet[4]["A"], StringComparison.Ordinal);
        Assert.Equal("Số trẻ em: 1", sheet[5]["A"]);
        var rows = DataRows(sheet);
        Assert.Equal(["STT", "Họ và tên", "Ngày sinh", "Năm sinh", "Giới tính", "Dân tộc", "Số định danh", "Thôn/xã", "Huyện",
            "Địa chỉ", "Hoàn cảnh đặc biệt", "Nhóm nguy cơ", "Hộ nghèo/cận nghèo", "Trạng thái"], HeaderRow(sheet));
        var row = Assert.Single(rows);
        Assert.Equal(1, Convert.ToInt32(row["A"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Ksor Xuấtfile Một", row["B"]);
        Assert.Equal("17/05/2016", row["C"]);
        Assert.Equal(2016, Convert.ToInt32(row["D"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Nữ", row["E"]);
        Assert.Equal("Gia-rai", row["F"]);
        Assert.Equal("064216000321", row["G"]);
        Assert.Equal("Làng Ia Tiêm 2, Xã Ia Tiêm", row["H"]);
        Assert.Equal("Huyện Chư Sê", row["I"]);
        Assert.Equal("Làng Ia Tiêm 2", row["J"]);
        Assert.Equal("a, d", row["K"]);
        Assert.Equal("Trẻ em thuộc hộ nghèo, hộ cận nghèo", row["L"]);
        Assert.Equal("Hộ nghèo", row["M"]);
        Assert.Equal("Đang quản lý", row["N"]);
        Assert.DoesNotContain(rows, r => (string?)r["B"] == "Ksor Xuấtfile Hai");
        Assert.NotEqual(0, boy.Id);
    }

    [Fact]
    public async Task Export_HasAllRowsNotOnlyTheFirstPage()
    {
        for (var i = 1; i <= 27; i++) await app.CreateChildAsync("23944-03", $"Nay Nhiềudòng {i:00}");
        var client = await app.SignInAsync("xa.iatiem");

        var sheet = Read(await client.GetByteArrayAsync("/children/export?q=nhieudong&sort=-name"));

        var names = DataRows(sheet).Select(r => (string?)r["B"]).ToList();
        Assert.Equal(27, names.Count);
        Assert.Equal("Nay Nhiềudòng 27", names[0]);
        Assert.Equal("Nay Nhiềudòng 01", names[^1]);
    }

    [Fact]
    public async Task Export_RespectsScope_CommuneWorkerGetsNoChildOfAnotherCommune()
    {
        var own = await app.CreateChildAsync("23944-01", "Rơ Châm Phạmvixuất Một");
        var other = await app.CreateChildAsync("23977-01", "Rơ Châm Phạmvixuất Hai");

        var commune = DataRows(Read(await (await app.SignInAsync("xa.iatiem")).GetByteArrayAsync("/children/export?q=phamvixuat")));
        var district = DataRows(Read(await (await app.SignInAsync("huyen.chuse")).GetByteArrayAsync("/children/export?q=phamvixuat")));

        Assert.Equal([own.FullName], commune.Select(r => (string?)r["B"]));
        Assert.Equal(new[] { own.FullName, other.FullName }.Order(StringComparer.Ordinal),
            district.Select(r => (string?)r["B"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Export_UnitFilter_NamesTheUnitInTheHeaderAndTakesItsSubtree()
    {
        var inKo = await app.CreateChildAsync("23977-02", "Siu Đơnvịxuất Một");
        await app.CreateChildAsync("23944-02", "Siu Đơnvịxuất Hai");
        var client = await app.SignInAsync("huyen.chuse");

        var sheet = Read(await client.GetByteArrayAsync("/children/export?q=donvixuat&unit=23977"));

        Assert.Equal("Đơn vị: Xã Ia Ko (23977)", sheet[1]["A"]);
        Assert.Contains("Đơn vị: Xã Ia Ko (23977) và các đơn vị trực thuộc", (string?)sheet[2]["A"], StringComparison.Ordinal);
        Assert.Equal([inKo.FullName], DataRows(sheet).Select(r => (string?)r["B"]));
    }

    [Fact]
    public async Task Export_UnitOutsideScope_Returns404WithAMessage()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var response = await client.GetAsync("/children/export?unit=23977");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy đơn vị có mã 23977.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_NeutralisesCellsThatCouldBeFormulas()
    {
        await app.CreateChildAsync("23944-04", "=HYPERLINK(\"http://example.com\",\"Bấm\")", configure: c => c.Address = "@x thôn 1");
        await app.CreateChildAsync("23944-04", "+1 Công thức", configure: c => c.Address = "-2 ngõ");
        await app.CreateChildAsync("23944-04", "-2 Công thức");
        await app.CreateChildAsync("23944-04", "@x Công thức");
        await app.CreateChildAsync("23944-04", "Nay Bìnhthường", configure: c => c.Address = "Thôn 1 - xóm 2");
        var client = await app.SignInAsync("xa.iatiem");

        var sheet = Read(await client.GetByteArrayAsync("/children/export?unit=23944-04&q=" + Uri.EscapeDataString("=cmd")));
        var all = Read(await client.GetByteArrayAsync("/children/export?unit=23944-04&sort=-name"));

        // The search text is shown in the header block; it matches nobody.
        Assert.Empty(DataRows(sheet));
        Assert.DoesNotContain(sheet, r => r.Values.OfType<string>().Any(v => v.StartsWith('=')));
        var byName = DataRows(all).ToDictionary(r => (string)r["B"]!, r => (string?)r["J"]);
        Assert.Equal("'@x thôn 1", byName["'=HYPERLINK(\"http://example.com\",\"Bấm\")"]);
        Assert.Equal("'-2 ngõ", byName["'+1 Công thức"]);
        Assert.Contains("'-2 Công thức", byName.Keys);
        Assert.Contains("'@x Công thức", byName.Keys);
        Assert.Equal("Thôn 1 - xóm 2", byName["Nay Bìnhthường"]);
        // No text cell of the file starts with a formula character.
        Assert.DoesNotContain(all, r => r.Values.OfType<string>().Any(v => v.Length > 0 && v[0] is '=' or '+' or '-' or '@'));
    }

    [Fact]
    public void Neutralise_PrefixesAnApostropheOnlyBeforeFormulaCharacters()
    {
        Assert.Equal("'=1+1", Spreadsheet.Neutralise("=1+1"));
        Assert.Equal("'+84 912", Spreadsheet.Neutralise("+84 912"));
        Assert.Equal("'-2", Spreadsheet.Neutralise("-2"));
        Assert.Equal("'@SUM(A1)", Spreadsheet.Neutralise("@SUM(A1)"));
        Assert.Equal("'\t=1", Spreadsheet.Neutralise("\t=1"));
        Assert.Equal("Nguyễn Văn An", Spreadsheet.Neutralise("Nguyễn Văn An"));
        Assert.Equal("a=b", Spreadsheet.Neutralise("a=b"));
        Assert.Equal("", Spreadsheet.Neutralise(""));
        Assert.Null(Spreadsheet.Neutralise(null));
    }

    [Fact]
    public async Task Export_WritesAnExportAuditEntry()
    {
        await app.CreateChildAsync("23944-01", "Kpă Nhậtký Một");
        await app.CreateChildAsync("23944-01", "Kpă Nhậtký Hai");
        var unitId = await app.QueryAsync(db => db.Units.Where(u => u.Code == "23944").Select(u => u.Id).SingleAsync());
        var client = await app.SignInAsync("xa.iatiem");

        var response = await client.GetAsync("/children/export?q=nhatky&unit=23944");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await app.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == AuditAction.Export && a.Key.Contains("nhatky")));
        Assert.Equal("Child", entry.Entity);
        Assert.Equal("status=DangQuanLy; q=nhatky; unit=23944", entry.Key);
        Assert.Equal("xa.iatiem", entry.UserName);
        Assert.NotNull(entry.UserId);
        Assert.Equal(unitId, entry.UnitId);
        Assert.Contains("\"rows\":2", entry.NewValues, StringComparison.Ordinal);
        Assert.Contains("\"q\":\"nhatky\"", entry.NewValues, StringComparison.Ordinal);
        Assert.Contains("\"unit\":\"23944\"", entry.NewValues, StringComparison.Ordinal);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, entry.At);
    }

    [Fact]
    public async Task Export_PartnerAgency_Returns404AndIsNotAudited()
    {
        await app.CreateChildAsync("23944-01", "Nay Côngan");
        var client = await app.SignInAsync("congan.chuse");

        var response = await client.GetAsync("/children/export?q=congan");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.UserName == "congan.chuse")));
    }

    [Fact]
    public async Task Export_MoreRowsThanTheCap_IsRefusedWithAMessage()
    {
        await app.CreateChildAsync("23944-02", "Siu Giớihạn Một");
        await app.CreateChildAsync("23944-02", "Siu Giớihạn Hai");
        await using var capped = app.WithWebHostBuilder(b => b.UseSetting("TreEm:ExportMaxRows", "1"));
        var client = capped.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.PostFormAsync("/account/login", new() { ["Input.UserName"] = "xa.iatiem", ["Input.Password"] = DemoUsers.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var refused = await client.GetAsync("/children/export?q=gioihan");
        var allowed = await client.GetAsync("/children/export?q=gioihan&sex=Nam");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Có 2 trẻ em phù hợp, nhiều hơn mức tối đa 1 dòng của một lần xuất.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/children?q=gioihan\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.False(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.Key == "status=DangQuanLy; q=gioihan")));
    }

    // ---- reading the file back ----

    private static List<IDictionary<string, object?>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
    }

    private static int HeaderIndex(List<IDictionary<string, object?>> sheet) =>
        sheet.FindIndex(r => r.TryGetValue("A", out var v) && (v as string) == "STT");

    private static List<string?> HeaderRow(List<IDictionary<string, object?>> sheet) =>
        sheet[HeaderIndex(sheet)].Values.Select(v => v as string).ToList();

    /// <summary>The rows after the column headings.</summary>
    private static List<IDictionary<string, object?>> DataRows(List<IDictionary<string, object?>> sheet)
    {
        var header = HeaderIndex(sheet);
        Assert.True(header >= 0, "No header row in the sheet");
        return sheet.Skip(header + 1).Where(r => r.Values.Any(v => v is not null && v is not "")).ToList();
    }
}
