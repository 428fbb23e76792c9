using DocumentFormat.OpenXml.Packaging;
using TreEm.Web.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace TreEm.Tests.Documents;

public class DocxRendererTests
{
    private static WordprocessingDocument Open(OfficialDocument document) =>
        WordprocessingDocument.Open(new MemoryStream(DocxRenderer.Render(document)), false);

    private static List<string> Paragraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();

    [Fact]
    public void Render_Form_HoldsHeaderTitleAndDateTexts()
    {
        using var doc = Open(TestDocuments.Form());
        var texts = Paragraphs(doc);
        Assert.Contains("Mẫu số 01", texts);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", texts);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", texts);
        Assert.Contains("UBND HUYỆN CHƯ SÊ", texts);
        Assert.Contains("UBND XÃ IA TIÊM", texts);
        Assert.Contains("Số: 12/BC-UBND", texts);
        Assert.Contains("Ia Tiêm, ngày 05 tháng 02 năm 2026", texts);
        Assert.Contains("PHIẾU GHI NHẬN THÔNG TIN", texts);
        Assert.Contains("Về trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi", texts);
        Assert.Contains("I. THÔNG TIN VỀ TRẺ EM", texts);
    }

    [Fact]
    public void Render_Form_HeaderIsABorderlessTwoColumnTable40To60()
    {
        using var doc = Open(TestDocuments.Form());
        var header = doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>().First();
        var columns = header.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, columns.Count);
        Assert.InRange(columns[0] / (double)columns.Sum(), 0.38, 0.42);
        Assert.All(header.GetFirstChild<W.TableProperties>()!.GetFirstChild<W.TableBorders>()!.ChildElements.Cast<W.BorderType>(),
            b => Assert.Equal(W.BorderValues.None, b.Val!.Value));
        // Agency on the left, national name on the right; the date is italic.
        var cells = header.Descendants<W.TableCell>().Select(c => c.InnerText).ToList();
        Assert.Contains("UBND XÃ IA TIÊM", cells[0], StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cells[1], StringComparison.Ordinal);
        var date = header.Descendants<W.Run>().Single(r => r.InnerText.StartsWith("Ia Tiêm, ngày", StringComparison.Ordinal));
        Assert.NotNull(date.RunProperties!.Italic);
    }

    [Fact]
    public void Render_Form_FieldsChecklistTableAndClosingTexts()
    {
        using var doc = Open(TestDocuments.Form());
        var texts = Paragraphs(doc).Select(t => t.Replace('\u00A0', ' ')).ToList();
        // NFD input comes out precomposed.
        Assert.Contains("Họ và tên trẻ em: " + TestDocuments.Name, texts);
        Assert.Contains("Ngày, tháng, năm sinh: 09/03/2015", texts);
        Assert.Contains("Giới tính:   ☐ Nam   ☒ Nữ   ☐ Không biết", texts);
        Assert.Contains("Nơi nhận:", texts);
        Assert.Contains("- Lưu: VT.", texts);
        Assert.Contains("NGƯỜI TIẾP NHẬN", texts);
        Assert.Contains("(Ký, ghi rõ họ tên)", texts);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", texts);
        Assert.Contains("Siu Đình", texts);

        var table = doc.MainDocumentPart!.Document!.Body!.Elements<W.Table>().Single(t => t.InnerText.Contains("Lần tiếp nhận", StringComparison.Ordinal));
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.Equal(["STT", "Nội dung", "Số lượng"], rows[0].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.Equal(["2", "Lần chuyển tuyến", "2"], rows[2].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.Equal(["", "Tổng cộng", "5"], rows[3].Elements<W.TableCell>().Select(c => c.InnerText));
        Assert.All(rows[3].Descendants<W.Run>(), r => Assert.NotNull(r.RunProperties!.Bold));
        Assert.All(rows[2].Descendants<W.Run>(), r => Assert.Null(r.RunProperties!.Bold));
        // Relative widths 1:6:2 over the text width (165 mm = 9354 twips).
        var grid = table.GetFirstChild<W.TableGrid>()!.Elements<W.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(DocxRenderer.Twips(165), grid.Sum());
        Assert.InRange(grid[1] / (double)grid[0], 5.9, 6.1);
    }

    [Fact]
    public void Render_EmptyField_PrintsADottedLineToTheMargin()
    {
        using var doc = Open(TestDocuments.Form());
        var paragraph = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Single(p => p.InnerText.StartsWith("Nơi ở hiện nay", StringComparison.Ordinal));
        var tab = paragraph.ParagraphProperties!.Tabs!.Elements<W.TabStop>().Single();
        Assert.Equal(W.TabStopLeaderCharValues.Dot, tab.Leader!.Value);
        Assert.Equal(W.TabStopValues.Right, tab.Val!.Value);
        Assert.Equal(DocxRenderer.Twips(165), tab.Position!.Value);
        Assert.Single(paragraph.Descendants<W.TabChar>());
    }

    [Fact]
    public void Render_SampleAndForm_AreValidWordDocuments()
    {
        // Elements in the order the schema requires: Word refuses to open a file that breaks it.
        var validator = new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2016);
        foreach (var document in new[] { TestDocuments.Form(), SampleDocument.Create(new DateOnly(2026, 2, 5)) })
        {
            using var doc = Open(document);
            var errors = validator.Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public void Render_Page_IsA4PortraitWithDecreeMargins()
    {
        using var doc = Open(TestDocuments.Form());
        var section = doc.MainDocumentPart!.Document!.Body!.GetFirstChild<W.SectionProperties>()!;
        var size = section.GetFirstChild<W.PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);   // 210 mm
        Assert.Equal(16838u, size.Height!.Value);  // 297 mm
        Assert.Equal(W.PageOrientationValues.Portrait, size.Orient!.Value);
        var margin = section.GetFirstChild<W.PageMargin>()!;
        Assert.Equal(1134, margin.Top!.Value);     // 20 mm
        Assert.Equal(1134, margin.Bottom!.Value);  // 20 mm
        Assert.Equal(1701u, margin.Left!.Value);   // 30 mm
        Assert.Equal(850u, margin.Right!.Value);   // 15 mm
    }

    [Fact]
    public void Render_Runs_AreTimesNewRomanInVietnamese()
    {
        using var doc = Open(TestDocuments.Form());
        var runs = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Run>().Where(r => r.InnerText.Length > 0).ToList();
        Assert.NotEmpty(runs);
        foreach (var run in runs)
        {
            var fonts = run.RunProperties!.RunFonts!;
            // The ballot boxes of a checklist come from a symbol font: Times New Roman has none.
            var expected = run.InnerText is "☐" or "☒" ? "Segoe UI Symbol" : "Times New Roman";
            Assert.Equal(expected, fonts.Ascii!.Value);
            Assert.Equal(expected, fonts.HighAnsi!.Value);
            Assert.Equal(expected, fonts.ComplexScript!.Value);
            Assert.Equal(expected, fonts.EastAsia!.Value);
            Assert.Equal("vi-VN", run.RunProperties.Languages!.Val!.Value);
        }
        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.GetFirstChild<W.RunFonts>()!.Ascii!.Value);
        Assert.Equal("vi-VN", defaults.GetFirstChild<W.Languages>()!.Val!.Value);
    }

    [Fact]
    public void Render_Body_IsJustifiedWithFirstLineIndentAndSpacing()
    {
        using var doc = Open(TestDocuments.Form());
        var paragraph = doc.MainDocumentPart!.Document!.Body!.Descendants<W.Paragraph>().Single(p => p.InnerText.StartsWith("Tình trạng của trẻ em", StringComparison.Ordinal));
        var props = paragraph.ParagraphProperties!;
        Assert.Equal(W.JustificationValues.Both, props.Justification!.Val!.Value);
        Assert.Equal("567", props.Indentation!.FirstLine!.Value);              // 1 cm
        Assert.True(int.Parse(props.SpacingBetweenLines!.After!.Value!, System.Globalization.CultureInfo.InvariantCulture) >= 120); // ≥ 6 pt
        var run = paragraph.Elements<W.Run>().Single();
        Assert.NotNull(run.RunProperties!.Italic);
        Assert.Equal("28", run.RunProperties.FontSize!.Val!.Value);             // 14 pt
    }

    [Fact]
    public void Render_PageNumbers_NotOnFirstPageThenPageFieldInHeader()
    {
        using var doc = Open(SampleDocument.Create(new DateOnly(2026, 2, 5)));
        var main = doc.MainDocumentPart!;
        var section = main.Document!.Body!.GetFirstChild<W.SectionProperties>()!;
        Assert.NotNull(section.GetFirstChild<W.TitlePage>());

        var references = section.Elements<W.HeaderReference>().ToDictionary(h => h.Type!.Value, h => h.Id!.Value!);
        var first = (HeaderPart)main.GetPartById(references[W.HeaderFooterValues.First]);
        var others = (HeaderPart)main.GetPartById(references[W.HeaderFooterValues.Default]);
        Assert.Empty(first.Header!.Descendants<W.FieldCode>());
        Assert.Empty(first.Header.Descendants<W.SimpleField>());
        var field = Assert.Single(others.Header!.Descendants<W.FieldCode>());
        Assert.Equal("PAGE", field.Text.Trim());
        Assert.Equal(W.JustificationValues.Center, others.Header.Descendants<W.Justification>().Single().Val!.Value);
    }
}
