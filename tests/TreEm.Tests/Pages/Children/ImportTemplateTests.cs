using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Domain.Children;
using TreEm.Domain.Importing;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Pages.Children.Import;
using static TreEm.Tests.Pages.Children.ImportTestSupport;

namespace TreEm.Tests.Pages.Children;

/// <summary>The downloadable templates explain the columns and import as they are.</summary>
public class ImportTemplateTests(ImportApp app) : IClassFixture<ImportApp>
{
    [Fact]
    public async Task Template_Xlsx_HasTheColumnsAGuideAndTwoExamplesThatImport()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var response = await client.GetAsync(Url + "/template.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ChildImportTemplateFile.XlsxName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([ChildImportTemplateFile.DataSheet, ChildImportTemplateFile.GuideSheet, ChildImportTemplateFile.CodesSheet],
            new MemoryStream(bytes).GetSheetNames());
        var data = new MemoryStream(bytes).Query(useHeaderRow: false, sheetName: ChildImportTemplateFile.DataSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, data.Count);
        Assert.Equal(ChildImportTemplate.Columns.Select(c => c.Header), data[0].Values.Select(v => v?.ToString()));
        var guide = new MemoryStream(bytes).Query(useHeaderRow: true, sheetName: ChildImportTemplateFile.GuideSheet).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(guide, g => (string?)g["Cột"] == "Họ và tên" && (string?)g["Bắt buộc"] == "Có");

        var (dry, _) = await app.ImportAsync(client, ChildImportTemplateFile.XlsxName, bytes, dryRun: true);
        Assert.Equal((2, 0, 0), (dry.CreatedRows, dry.ErrorRows, dry.UpdatedRows));

        var (commit, html) = await app.ImportAsync(client, ChildImportTemplateFile.XlsxName, bytes, dryRun: false);
        Assert.Equal(2, commit.CreatedRows);
        Assert.Contains("data-action=\"create\"", html, StringComparison.Ordinal);
        var nhi = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Caregivers).Include(c => c.Classifications)
            .SingleAsync(c => c.FullName == "Ksor H'Nhi"));
        Assert.Equal(("064214000123", 2014, true, "10"), (nhi.IdentityNumber, nhi.BirthYear, nhi.IsBirthYearEstimated, nhi.EthnicityCode));
        Assert.Equal(PovertyStatus.CanNgheo, nhi.Poverty);
        var main = Assert.Single(nhi.Caregivers, g => g.IsMainCaregiver);
        Assert.Equal(("Rơ Châm H'Mai", "Bà ngoại", "0987654321"), (main.FullName, main.RelationshipText, main.Phone));
        Assert.Equal("d", Assert.Single(nhi.Classifications).GroupCode);

        // The same workbook again: nothing new.
        var (again, _) = await app.ImportAsync(client, ChildImportTemplateFile.XlsxName, bytes, dryRun: false);
        Assert.Equal((0, 0, 2), (again.CreatedRows, again.UpdatedRows, again.UnchangedRows));
    }

    [Fact]
    public async Task Template_Csv_IsUtf8WithTheHeaderAndTwoExamples()
    {
        var client = await app.SignInAsync("huyen.chuse");
        var response = await client.GetAsync(Url + "/template.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Họ và tên,Ngày sinh (dd/mm/yyyy),Năm sinh (nếu không rõ ngày),Giới tính (Nam/Nữ)", lines[0], StringComparison.Ordinal);

        // The examples are the same children as in the .xlsx template: new, or unchanged once that one was imported.
        var (dry, html) = await app.ImportAsync(client, ChildImportTemplateFile.CsvName, bytes, dryRun: true);
        Assert.Equal((2, 0, 0), (dry.CreatedRows + dry.UnchangedRows, dry.UpdatedRows, dry.ErrorRows));
        Assert.Contains("data-testid=\"findings-empty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_WithTitleRowsAboveTheHeader_NumbersRowsAsExcelDoes()
    {
        var sheet = new List<object?[]>
        {
            new object?[] { "DANH SÁCH TRẺ EM XÃ IA TIÊM", null, null, null, null, null },
            new object?[] { null, null, null, null, null, null },
            ChildImportTemplate.Columns.Where(c => c.Required).Select(c => (object?)c.Header).Append("Cột riêng").ToArray(),
            new object?[] { "Rơ Mah Tiêu Đề", new DateTime(2016, 5, 17), "Nam", "Gia-rai", "23944-04", "x" },
            new object?[] { null, null, null, null, null, null },
            new object?[] { "Rơ Mah Sai", "32/01/2016", "Nam", "Gia-rai", "23944-04", "" },
        };
        var rows = sheet.Select(r => r.Select((v, i) => (v, i)).ToDictionary(x => ((char)('A' + x.i)).ToString(), x => x.v)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(rows, printHeader: false, excelType: ExcelType.XLSX);
        var client = await app.SignInAsync("xa.iatiem");

        var (dry, html) = await app.ImportAsync(client, "tieu-de.xlsx", stream.ToArray(), dryRun: true);

        Assert.Equal((2, 1, 1), (dry.TotalRows, dry.CreatedRows, dry.ErrorRows));
        Assert.Equal([(6, Header(ChildColumn.DateOfBirth))], Findings(html));
        Assert.Contains("Cột riêng", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }
}
