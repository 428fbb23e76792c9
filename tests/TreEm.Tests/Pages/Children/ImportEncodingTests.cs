using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Domain.Importing;
using TreEm.Tests.Infrastructure;
using static TreEm.Tests.Pages.Children.ImportTestSupport;

namespace TreEm.Tests.Pages.Children;

/// <summary>Files from old commune computers: TCVN3 (.VnTime) and VNI text is converted and the conversion shown.</summary>
public class ImportEncodingTests(ImportApp app) : IClassFixture<ImportApp>
{
    private static readonly ChildColumn[] Columns =
        [ChildColumn.FullName, ChildColumn.DateOfBirth, ChildColumn.Sex, ChildColumn.Ethnicity, ChildColumn.UnitCode, ChildColumn.MotherName, ChildColumn.Notes];

    [Fact]
    public async Task Tcvn3Csv_IsDetectedConvertedAndShown()
    {
        // A CSV saved from a .VnTime spreadsheet: single-byte TCVN3 text, header included. Not valid UTF-8.
        var unicode = Csv(Columns,
            ["Nguyễn Văn An", "17/05/2016", "Nam", "Kinh", "23944-01", "Đặng Thị Mai", "Trẻ em mồ côi cha"],
            ["Đặng Thị Mai Anh", "02/09/2017", "Nữ", "Kinh", "23944-02", "", "Xã Ia Tiêm"]);
        var bytes = Encoding.Latin1.GetBytes(LegacyVietnamese.FromUnicode(unicode, LegacyEncoding.Tcvn3));
        Assert.Contains("NguyÔn V¨n An", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var client = await app.SignInAsync("xa.iatiem");

        var (dry, html) = await app.ImportAsync(client, "tcvn3.csv", bytes, dryRun: true);

        Assert.Equal((2, 0), (dry.CreatedRows, dry.ErrorRows));
        Assert.Equal("TCVN3", dry.ConvertedFrom);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("Đã chuyển mã TCVN3 → Unicode", text, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Trong tệp\">NguyÔn V¨n An</td>", text, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Sau khi chuyển mã\">Nguyễn Văn An</td>", text, StringComparison.Ordinal);

        var (commit, _) = await app.ImportAsync(client, "tcvn3.csv", bytes, dryRun: false);

        Assert.Equal(2, commit.CreatedRows);
        var an = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Caregivers).SingleAsync(c => c.FullName == "Nguyễn Văn An"));
        Assert.Equal("nguyen van an", an.NameSearch);
        Assert.Equal("Trẻ em mồ côi cha", an.Notes);
        Assert.Equal("Đặng Thị Mai", Assert.Single(an.Caregivers).FullName);
        Assert.True(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.FullName == "Đặng Thị Mai Anh" && c.Sex == TreEm.Domain.Children.Sex.Nu)));
    }

    [Fact]
    public async Task VniXlsx_IsDetectedConvertedAndShown()
    {
        // An .xlsx typed with VNI-Times under the template's (Unicode) header row.
        var rows = new List<Dictionary<string, object?>>
        {
            Row("Nguyeãn Thò Hoaøng Yeán", "01/03/2014", "Nöõ", "Kinh", "23944-03", "Voõ Thò Ñaøo", "Ñaêng kyù laïi"),
            Row("Ñoã Vaên Ñöùc", "15/08/2019", "Nam", "Kinh", "23944", "", ""),
        };
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        var client = await app.SignInAsync("xa.iatiem");

        var (dry, html) = await app.ImportAsync(client, "vni.xlsx", stream.ToArray(), dryRun: true);

        Assert.Equal((2, 0), (dry.CreatedRows, dry.ErrorRows));
        Assert.Equal("VNI", dry.ConvertedFrom);
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("Đã chuyển mã VNI → Unicode", text, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Trong tệp\">Nguyeãn Thò Hoaøng Yeán</td>", text, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Sau khi chuyển mã\">Nguyễn Thị Hoàng Yến</td>", text, StringComparison.Ordinal);

        var (commit, _) = await app.ImportAsync(client, "vni.xlsx", stream.ToArray(), dryRun: false);

        Assert.Equal(2, commit.CreatedRows);
        var yen = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Caregivers).SingleAsync(c => c.FullName == "Nguyễn Thị Hoàng Yến"));
        Assert.Equal(TreEm.Domain.Children.Sex.Nu, yen.Sex);
        Assert.Equal("Võ Thị Đào", Assert.Single(yen.Caregivers).FullName);
        Assert.Equal("Đăng ký lại", yen.Notes);
        Assert.True(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.FullName == "Đỗ Văn Đức")));
    }

    [Fact]
    public async Task UnicodeCsvWithoutBom_IsNotConverted()
    {
        var csv = Csv(Columns, ["Hà Ngô Bảo", "17/05/2016", "Nam", "Kinh", "23944-01", "Lê Thị Hà", ""]);
        var client = await app.SignInAsync("xa.iatiem");

        var (dry, html) = await app.ImportAsync(client, "unicode.csv", Utf8(csv, bom: false), dryRun: true);

        Assert.Equal((1, 0), (dry.CreatedRows, dry.ErrorRows));
        Assert.Null(dry.ConvertedFrom);
        Assert.DoesNotContain("data-testid=\"conversion\"", html, StringComparison.Ordinal);
        Assert.Contains("Hà Ngô Bảo", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Row(params string[] values) =>
        Columns.Select((c, i) => (c, i)).ToDictionary(x => Header(x.c), x => (object?)values[x.i]);
}
