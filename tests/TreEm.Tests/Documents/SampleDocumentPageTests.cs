using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Documents;

public class SampleDocumentPageTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Get_SampleDocx_SignedIn_ReturnsWordFileDatedToday()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var response = await client.GetAsync("/documents/sample.docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("bao-cao-mau.docx", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        using var doc = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        // The application's clock says 30/11/2026.
        Assert.Contains("Ia Tiêm, ngày 30 tháng 11 năm 2026", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SamplePdf_SignedIn_ReturnsPdfOfSeveralPages()
    {
        var client = await app.SignInAsync("tinh");
        var response = await client.GetAsync("/documents/sample.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        using var pdf = PdfInspector.Open(bytes);
        Assert.True(pdf.PageCount >= 2);
    }

    [Theory]
    [InlineData("/documents/sample.docx")]
    [InlineData("/documents/sample.pdf")]
    public async Task Get_Sample_Anonymous_RedirectsToSignIn(string url)
    {
        var response = await app.Anonymous().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SampleInAnotherFormat_Returns404()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var response = await client.GetAsync("/documents/sample.odt");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
