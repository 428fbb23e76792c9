using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Data.Indicators;
using TreEm.Domain.Reports;
using TreEm.Tests.Documents;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TreEm.Tests.Reports;

/// <summary>
/// The report downloads (issue 6 items 6 and 7). Each test makes its own period (a year of its own) and inserts the
/// report and its snapshot rows directly, so the numbers in the files can be compared with the rows.
/// </summary>
public class DocumentsTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private const string ChuSe = "633", MangYang = "629", IaTiem = "23944";

    /// <summary>The snapshot of the tests: totals, a count of 3 and one of 7, a percent, an amount, a unit breakdown.</summary>
    private static ReportFigure[] Snapshot() =>
    [
        new() { Code = "TE_SO_TRE", Key = "", Value = 1234, PreviousValue = 1200 },
        new() { Code = "TE_SO_TRE", Key = "sex:Nu", Value = 3, PreviousValue = 7 },
        new() { Code = "TE_SO_TRE", Key = "sex:Nam", Value = 1231, PreviousValue = 1193 },
        new() { Code = "HCDB_SO_TRE", Key = "", Value = 7, PreviousValue = 9 },
        new() { Code = "HCDB_SO_TRE", Key = "group:a", Value = 2, PreviousValue = 0 },
        new() { Code = "TE_BI_XAM_HAI", Key = "", Value = 21, PreviousValue = 24 },
        new() { Code = "TE_BI_XAM_HAI", Key = "form:XamHaiTinhDuc", Value = 5, PreviousValue = 8 },
        new() { Code = "HCDB_TRO_GIUP_PT", Key = "", Value = 97.2m, Numerator = 35, Denominator = 36, PreviousValue = 95.0m },
        new() { Code = "HCDB_TRO_GIUP_PT", Key = "unit:" + IaTiem, Value = 97.2m, Numerator = 35, Denominator = 36 },
        new() { Code = "QUY_VAN_DONG", Key = "", Value = 3_500_000_000m, PreviousValue = 3_000_000_000m },
        new() { Code = "QUY_VAN_DONG", Key = "kind:TienMat", Value = 2_000_000_000m },
    ];

    private Task<int> CreateReportAsync(int year, string unitCode, ReportStatus status = ReportStatus.Submitted,
        IEnumerable<ReportFigure>? figures = null, params (string Key, string Text)[] sections) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var period = new ReportPeriod
            {
                Year = year, Kind = ReportPeriodKind.SixMonths, From = new(year, 1, 1), CutOff = new(year, 5, 15),
                Deadline = new(year, 5, 25), CreatedAt = new DateTime(year, 1, 5, 0, 0, 0, DateTimeKind.Utc),
            };
            db.ReportPeriods.Add(period);
            var submitted = status is ReportStatus.Submitted or ReportStatus.Accepted;
            var report = new Report
            {
                Unit = unit, Period = period, Status = status, Number = "15/BC-LĐTBXH",
                SignerName = "Nguyễn Văn Bình", SignerTitle = "KT. TRƯỞNG PHÒNG\nPhó Trưởng phòng",
                CreatedAt = new DateTime(year, 5, 1, 0, 0, 0, DateTimeKind.Utc), CreatedBy = "huyen.chuse",
                UpdatedAt = new DateTime(year, 5, 20, 0, 0, 0, DateTimeKind.Utc),
                SubmittedAt = submitted ? new DateTime(year, 5, 20, 3, 0, 0, DateTimeKind.Utc) : null,
                FirstSubmittedAt = submitted ? new DateTime(year, 5, 20, 3, 0, 0, DateTimeKind.Utc) : null,
                SnapshotAt = submitted ? new DateTime(year, 5, 20, 3, 0, 0, DateTimeKind.Utc) : null,
                Figures = (figures ?? (submitted ? Snapshot() : [])).ToList(),
                Sections = sections.Select(s => new ReportSection { Key = s.Key, Text = s.Text, UpdatedBy = "huyen.chuse" }).ToList(),
            };
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report.Id;
        });

    private static async Task<byte[]> BytesAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The rows of the appendix tables of a Word file (the tables whose first header is "STT"), as cell texts.</summary>
    private static List<List<string[]>> AppendixTables(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>()
            .Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray()).ToList())
            .Where(rows => rows.Count > 0 && rows[0][0] == "STT")
            .Select(rows => rows.Skip(1).ToList())
            .ToList();

    /// <summary>What a row of a default layout must show for the snapshot (the file must equal the rows inserted).</summary>
    private static string[] Expected(AppendixRow row, IReadOnlyList<ReportFigure> snapshot)
    {
        if (row.IsHeading) return ["", "", ""];
        var measure = IndicatorCatalogue.Find(row.Code)!.Measure;
        var f = snapshot.SingleOrDefault(x => x.Code == row.Code && x.Key == row.Key);
        return [ReportNumbers.Format(f?.Value, measure), ReportNumbers.Format(f?.PreviousValue, measure),
            ReportNumbers.Change(f?.Value, f?.PreviousValue, measure)];
    }

    [Fact]
    public async Task Docx_SubmittedReport_HasHeaderTitleSectionsSignatureChartsAndSnapshotAppendices()
    {
        var id = await CreateReportAsync(2019, ChuSe, sections: ("I.1", "Tình hình kinh tế - xã hội ổn định."));
        var client = await app.SignInAsync("huyen.chuse");
        var response = await client.GetAsync($"/reports/{id}/docx");
        var bytes = await BytesAsync(response);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"bao-cao-2019S1-{ChuSe}.docx", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        foreach (var expected in new[]
                 {
                     "UBND HUYỆN CHƯ SÊ", "PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Số: 15/BC-LĐTBXH", "Chư Sê, ngày 20 tháng 5 năm 2019", "BÁO CÁO",
                     "Kết quả công tác trẻ em 6 tháng đầu năm 2019", "I. ĐẶC ĐIỂM TÌNH HÌNH", "Tình hình kinh tế - xã hội ổn định.",
                     "IV. KẾ HOẠCH 6 THÁNG CUỐI NĂM 2019",
                     // III.1 is pre-written from the snapshot when the officer left it empty.
                     "Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với cùng kỳ năm 2018.",
                     "Nơi nhận:", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn Bình", "PHỤ LỤC 1", "PHỤ LỤC 4",
                 })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", text, StringComparison.Ordinal);

        // The chart by commune is an inline picture with its PNG in the package.
        var image = Assert.Single(doc.MainDocumentPart.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        Assert.NotEmpty(doc.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>());

        // Every number of every appendix equals the snapshot rows.
        var tables = AppendixTables(doc);
        Assert.Equal(4, tables.Count);
        var snapshot = Snapshot();
        for (var n = 0; n < 4; n++)
        {
            var rows = AppendixRows.Defaults[n].Rows;
            Assert.Equal(rows.Count, tables[n].Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(rows[i].Label, tables[n][i][1]);
                Assert.Equal(Expected(rows[i], snapshot), tables[n][i][3..6]);
            }
        }
        // And in plain words: the total, the percent, the amount.
        Assert.Contains(tables[0], r => r[1] == "Tổng số trẻ em dưới 16 tuổi" && r[3] == "1.234" && r[4] == "1.200" && r[5] == "+34");
        Assert.Contains(tables[2], r => r[1] == "Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp" && r[3] == "97,2" && r[5] == "+2,2");
        Assert.Contains(tables[3], r => r[1] == "Kinh phí vận động cho Quỹ Bảo trợ trẻ em" && r[3] == "3.500.000.000");
    }

    [Fact]
    public async Task Docx_PublicVersion_ShowsLessThanFiveForThreeAndTheNumberForSeven()
    {
        var id = await CreateReportAsync(2018, ChuSe);
        var client = await app.SignInAsync("huyen.chuse");
        using var doc = WordprocessingDocument.Open(new MemoryStream(await BytesAsync(await client.GetAsync($"/reports/{id}/docx?public=true"))), false);
        var tables = AppendixTables(doc);
        var girls = tables[0].First(r => r[1] == "Trẻ em nữ");
        Assert.Equal(["<5", "7", "*"], girls[3..6]);
        var special = tables[0].Single(r => r[1] == "Trẻ em có hoàn cảnh đặc biệt");
        Assert.Equal(["7", "9", "-2"], special[3..6]);
        Assert.Equal(["<5", "0", "*"], tables[0].Single(r => r[1].StartsWith("a) ", StringComparison.Ordinal))[3..6]);
        Assert.Contains("BẢN CÔNG KHAI", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);

        // The full version of the same report shows the 3.
        using var full = WordprocessingDocument.Open(new MemoryStream(await BytesAsync(await client.GetAsync($"/reports/{id}/docx"))), false);
        Assert.Equal(["3", "7", "-4"], AppendixTables(full)[0].First(r => r[1] == "Trẻ em nữ")[3..6]);
    }

    [Fact]
    public async Task Xlsx_OneSheetPerAppendix_NumbersAsNumbersEqualToTheSnapshot()
    {
        var id = await CreateReportAsync(2017, ChuSe);
        var client = await app.SignInAsync("huyen.chuse");
        var response = await client.GetAsync($"/reports/{id}/xlsx");
        var bytes = await BytesAsync(response);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(["Phụ lục 1", "Phụ lục 2", "Phụ lục 3", "Phụ lục 4"], MiniExcel.GetSheetNames(stream));

        var snapshot = Snapshot();
        for (var n = 0; n < 4; n++)
        {
            stream.Position = 0;
            var rows = stream.Query(useHeaderRow: false, sheetName: $"Phụ lục {n + 1}").Cast<IDictionary<string, object?>>()
                .Skip(ReportSpreadsheet.HeaderRow).ToList();
            var layout = AppendixRows.Defaults[n].Rows;
            Assert.Equal(layout.Count, rows.Count);
            for (var i = 0; i < layout.Count; i++)
            {
                Assert.Equal(layout[i].Label, rows[i]["B"]);
                if (layout[i].IsHeading) continue;
                var f = snapshot.SingleOrDefault(x => x.Code == layout[i].Code && x.Key == layout[i].Key);
                if (f?.Value is { } v) Assert.Equal((double)v, Assert.IsType<double>(rows[i]["D"]), 3);
                else Assert.Equal("-", rows[i]["D"]);
                if (f?.PreviousValue is { } p) Assert.Equal((double)p, Assert.IsType<double>(rows[i]["E"]), 3);
                else Assert.Equal("-", rows[i]["E"]);
            }
        }
    }

    [Fact]
    public async Task Xlsx_PublicVersion_WritesLessThanFiveAsText()
    {
        var id = await CreateReportAsync(2016, ChuSe);
        var client = await app.SignInAsync("huyen.chuse");
        using var stream = new MemoryStream(await BytesAsync(await client.GetAsync($"/reports/{id}/xlsx?public=true")));
        var rows = stream.Query(useHeaderRow: false, sheetName: "Phụ lục 1").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("<5", rows.First(r => Equals(r["B"], "Trẻ em nữ"))["D"]);
        Assert.Equal(7d, rows.Single(r => Equals(r["B"], "Trẻ em có hoàn cảnh đặc biệt"))["D"]);
    }

    [Fact]
    public async Task Pdf_SubmittedReport_PrintsTheSnapshotNumbersAndTheChart()
    {
        var id = await CreateReportAsync(2015, ChuSe);
        var client = await app.SignInAsync("huyen.chuse");
        var response = await client.GetAsync($"/reports/{id}/pdf?public=true");
        var bytes = await BytesAsync(response);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfInspector.Open(bytes);
        var pages = pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>().ToList();
        var words = pages.SelectMany(PdfInspector.Text).ToList();
        var all = string.Concat(words);
        foreach (var expected in new[] { "1.234", "1.200", "97,2", "3.500.000.000", "<5", "BÁO", "Bình" })
            Assert.True(words.Any(w => w.Contains(expected, StringComparison.Ordinal)), $"“{expected}” not in: {string.Join(" ", words)}");
        Assert.Contains("Chư", all, StringComparison.Ordinal);
        // The chart: an image XObject on one of the pages.
        Assert.Contains(pages, p => p.Resources.Elements.GetDictionary("/XObject") is { } x
            && x.Elements.Values.Any(v => v is PdfSharp.Pdf.Advanced.PdfReference r && r.Value is PdfSharp.Pdf.PdfDictionary d
                && d.Elements.GetName("/Subtype") == "/Image"));
    }

    [Fact]
    public async Task Docx_Draft_IsMarkedDuThao_AndUsesLiveFiguresNotStoredRows()
    {
        // A draft with stray rows: the print must not show them (drafts print live figures).
        var id = await CreateReportAsync(2014, ChuSe, ReportStatus.Draft, [new ReportFigure { Code = "TE_SO_TRE", Key = "", Value = 999_999 }]);
        var client = await app.SignInAsync("huyen.chuse");
        using var doc = WordprocessingDocument.Open(new MemoryStream(await BytesAsync(await client.GetAsync($"/reports/{id}/docx"))), false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("DỰ THẢO", text, StringComparison.Ordinal);
        Assert.DoesNotContain("999.999", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_IsAuditedAsAnExport()
    {
        var id = await CreateReportAsync(2013, ChuSe);
        var client = await app.SignInAsync("tinh");
        await BytesAsync(await client.GetAsync($"/reports/{id}/xlsx?public=true"));
        var key = id.ToString(CultureInfo.InvariantCulture);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Entity == "Report" && e.Key == key && e.Action == AuditAction.Export));
        Assert.Equal("tinh", entry.UserName);
        Assert.Contains("\"format\":\"xlsx\"", entry.NewValues, StringComparison.Ordinal);
        Assert.Contains("\"public\":true", entry.NewValues, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("pdf")]
    [InlineData("xlsx")]
    public async Task Download_ReportOfAnotherDistrict_Returns404(string format)
    {
        var year = format switch { "docx" => 2012, "pdf" => 2011, _ => 2010 };
        var id = await CreateReportAsync(year, MangYang);
        var client = await app.SignInAsync("huyen.chuse");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{id}/{format}")).StatusCode);
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "Report" && e.Key == key && e.Action == AuditAction.Export)));
    }

    [Fact]
    public async Task Download_UnknownFormat_Returns404()
    {
        var id = await CreateReportAsync(2009, ChuSe);
        var client = await app.SignInAsync("huyen.chuse");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{id}/odt")).StatusCode);
    }
}
