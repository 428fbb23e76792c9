using System.Text;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using TreEm.Web.Documents;

namespace TreEm.Tests.Documents;

public class PdfRendererTests
{
    [Fact]
    public void Render_Sample_IsAPdfOfAtLeastTwoA4Pages()
    {
        var bytes = PdfRenderer.Render(SampleDocument.Create(new DateOnly(2026, 2, 5)));
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfInspector.Open(bytes);
        Assert.True(pdf.PageCount >= 2, $"{pdf.PageCount} page(s)");
        foreach (var page in pdf.Pages)
        {
            Assert.Equal(595.3, page.Width.Point, 0.5);   // 210 mm
            Assert.Equal(841.9, page.Height.Point, 0.5);  // 297 mm
        }
    }

    [Fact]
    public void Render_Fonts_AreEmbeddedLiberationSerifOrTimesNewRoman()
    {
        using var pdf = PdfInspector.Open(PdfRenderer.Render(SampleDocument.Create(new DateOnly(2026, 2, 5))));
        var fonts = pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>().SelectMany(p => PdfInspector.Fonts(p).Values).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f =>
        {
            // Subset fonts are named "ABCDEF+Liberation Serif,Bold".
            var name = f.BaseFont.Replace(" ", "", StringComparison.Ordinal);
            Assert.True(name.Contains("LiberationSerif", StringComparison.Ordinal) || name.Contains("TimesNewRoman", StringComparison.Ordinal), f.BaseFont);
            Assert.True(f.Embedded, $"{f.BaseFont} is not embedded");
            Assert.NotEmpty(f.GlyphToText);
        });
    }

    /// <summary>
    /// The proof that Vietnamese prints: a PDF draws glyph ids, and the embedded font's ToUnicode CMap says which
    /// character each glyph is. PDFsharp gives a character the font lacks glyph 0 (.notdef, an empty box or
    /// nothing on paper). So every letter must be mapped from a non-zero glyph, in each face used, and the page's
    /// glyphs decoded through the map must give back the text. Together with the font file check in
    /// DocumentFontsTests, this shows the glyphs are in the embedded subset, not just in the source text.
    /// </summary>
    [Fact]
    public void Render_VietnameseLetters_AreMappedToRealGlyphsInEveryFace()
    {
        using var pdf = PdfInspector.Open(PdfRenderer.Render(TestDocuments.Letters()));
        var page = pdf.Pages[0];
        var fonts = PdfInspector.Fonts(page);
        var faces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var font in fonts.Values)
        {
            var glyphs = font.GlyphToText.Where(g => g.Key != 0).Select(g => g.Value).ToHashSet(StringComparer.Ordinal);
            Assert.DoesNotContain(0, font.GlyphToText.Keys);
            if (DocumentFonts.VietnameseLetters.EnumerateRunes().All(r => glyphs.Contains(r.ToString())))
                faces.Add(font.BaseFont[(font.BaseFont.IndexOf('+', StringComparison.Ordinal) + 1)..]);
        }
        // Regular, bold, italic and bold italic each carry every Vietnamese letter.
        Assert.Equal(4, faces.Count);

        var text = string.Join("", PdfInspector.Text(page));
        Assert.Contains(TestDocuments.Name.Replace(" ", "", StringComparison.Ordinal), text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
    }

    [Fact]
    public void Render_Form_DrawsHeaderDateFieldsAndTotals()
    {
        using var pdf = PdfInspector.Open(PdfRenderer.Render(TestDocuments.Form()));
        var text = string.Join("\n", PdfInspector.Text(pdf.Pages[0]));
        foreach (var expected in new[]
        {
            "Mẫu", "CỘNG", "VIỆT", "Hạnh", "phúc", "12/BC-UBND", "tháng", "02", "2026", "PHIẾU", "Tổng", "cộng", "Lần", "chuyển", "tuyến",
            "Nơi", "nhận:", "NGƯỜI", "TIẾP", "NHẬN", "Siu", "Đình", "Ánh",
        })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        // The empty field ends in a dotted line.
        Assert.Contains("..........", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Sample_PageNumberOnlyFromPageTwo()
    {
        using var pdf = PdfInspector.Open(PdfRenderer.Render(SampleDocument.Create(new DateOnly(2026, 2, 5))));
        // Page 1 starts with the form code at the top right; the others with their number in the top margin.
        Assert.Equal("Mẫu", PdfInspector.Text(pdf.Pages[0])[0]);
        for (var i = 1; i < pdf.PageCount; i++)
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), PdfInspector.Text(pdf.Pages[i])[0]);
    }

    [Fact]
    public void Render_LongTable_RepeatsTheHeaderRowOnTheNextPage()
    {
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Trẻ em số " + i]).ToList();
        var document = new OfficialDocument
        {
            Agency = "UBND XÃ IA TIÊM", Place = "Ia Tiêm", Date = new DateOnly(2026, 2, 5), Title = "DANH SÁCH",
            Blocks = [new Table(["STT", "Họ và tên"], rows, [1, 5])],
        };
        using var pdf = PdfInspector.Open(PdfRenderer.Render(document));
        Assert.True(pdf.PageCount >= 2);
        Assert.All(pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>(), p => Assert.Contains("STT", PdfInspector.Text(p)));
        var all = pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>().SelectMany(PdfInspector.Text).ToList();
        Assert.Contains("80", all);
    }

    [Fact]
    public void Render_WordLongerThanALine_IsCutBetweenLetters()
    {
        var word = string.Concat(Enumerable.Repeat("Nguyễn", 60));
        var document = new OfficialDocument
        {
            Agency = "UBND XÃ IA TIÊM", Place = "Ia Tiêm", Date = new DateOnly(2026, 2, 5), Title = "GHI CHÉP",
            Blocks = [new Paragraph(word), new Paragraph("Hết.")],
        };
        using var pdf = PdfInspector.Open(PdfRenderer.Render(document));
        var texts = PdfInspector.Text(pdf.Pages[0]);
        var start = texts.FindIndex(t => t.StartsWith("Nguyễn", StringComparison.Ordinal));
        var end = texts.IndexOf("Hết.");
        Assert.True(end - start >= 3, "the word should take several lines");
        Assert.Equal(word, string.Concat(texts.Skip(start).Take(end - start)));
    }

    [Fact]
    public void Render_CellTallerThanAPage_IsSplitAcrossPages()
    {
        var longText = string.Join(" ", Enumerable.Range(1, 700).Select(i => "chữ" + i));
        var document = new OfficialDocument
        {
            Agency = "UBND XÃ IA TIÊM", Place = "Ia Tiêm", Date = new DateOnly(2026, 2, 5), Title = "GHI CHÉP",
            Blocks = [new Table(["STT", "Nội dung"], [["1", longText]], [1, 8])],
        };
        using var pdf = PdfInspector.Open(PdfRenderer.Render(document));
        Assert.True(pdf.PageCount >= 2);
        var words = pdf.Pages.Cast<PdfSharp.Pdf.PdfPage>().SelectMany(PdfInspector.Text).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("chữ1", words);
        Assert.Contains("chữ700", words);
    }
}
