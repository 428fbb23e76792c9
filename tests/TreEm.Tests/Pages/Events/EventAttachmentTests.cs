using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Events;

/// <summary>Files of an event: PDF, JPEG and PNG only (by their first bytes), at most 5 MB, downloaded within scope.</summary>
public class EventAttachmentTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

    private Task<List<string>> FileNamesAsync(int eventId) =>
        app.WithDbAsync(db => db.EventAttachments.AsNoTracking().Where(a => a.EventId == eventId).Select(a => a.FileName).ToListAsync());

    [Fact]
    public async Task Upload_PdfAndPng_AreKeptListedAndDownloadedAsAttachments()
    {
        var e = await app.CreateEventAsync("23944", "Sự kiện có tệp");
        var client = await app.As("xa.iatiem");

        var pdf = await client.PostFileAsync($"/events/{e.Id}/files/add", "Upload", "bao-cao.pdf", Pdf);
        var png = await client.PostFileAsync($"/events/{e.Id}/files/add", "Upload", "anh-su-kien.png", Png);

        Assert.Equal(HttpStatusCode.Redirect, pdf.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, png.StatusCode);
        var files = await app.WithDbAsync(db => db.EventAttachments.AsNoTracking().Where(a => a.EventId == e.Id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["application/pdf", "image/png"], files.Select(f => f.ContentType));
        var details = await (await client.GetAsync($"/events/{e.Id}")).TextAsync();
        Assert.Contains("bao-cao.pdf", details, StringComparison.Ordinal);
        Assert.Contains("anh-su-kien.png", details, StringComparison.Ordinal);

        var download = await client.GetAsync($"/events/{e.Id}/files/{files[0].Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());

        // The audit log says a file was added, not what it holds.
        var key = files[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == "EventAttachment" && a.Key == key && a.Action == AuditAction.Insert));
        Assert.Contains("\"Content\":\"***\"", audit.NewValues, StringComparison.Ordinal);
        Assert.Equal(e.UnitId, audit.UnitId);
    }

    [Fact]
    public async Task Upload_ExecutableRenamedPdf_IsRefused()
    {
        var e = await app.CreateEventAsync("23944", "Sự kiện nhận tệp giả");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFileAsync($"/events/{e.Id}/files/add", "Upload", "bao-cao.pdf", Exe);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ nhận tệp PDF, JPEG hoặc PNG.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(await FileNamesAsync(e.Id));
    }

    [Fact]
    public async Task Upload_Over5MB_IsRefused()
    {
        var e = await app.CreateEventAsync("23944", "Sự kiện nhận tệp lớn");
        var client = await app.As("xa.iatiem");
        var big = new byte[5 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);

        var response = await client.PostFileAsync($"/events/{e.Id}/files/add", "Upload", "bao-cao-lon.pdf", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tệp quá lớn: tối đa 5 MB.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(await FileNamesAsync(e.Id));
    }

    [Fact]
    public async Task Download_OutOfScope_Returns404_AndUploadByAnotherCommuneToo()
    {
        var e = await app.CreateEventAsync("23944", "Sự kiện có tệp riêng");
        await (await app.As("xa.iatiem")).PostFileAsync($"/events/{e.Id}/files/add", "Upload", "bien-ban.pdf", Pdf);
        var fileId = await app.WithDbAsync(db => db.EventAttachments.Where(a => a.EventId == e.Id).Select(a => a.Id).SingleAsync());
        var other = await app.As("xa.iako");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/events/{e.Id}/files/{fileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/events/{e.Id}/files/add")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/events/{e.Id}/files/{fileId}/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("huyen.chuse")).GetAsync($"/events/{e.Id}/files/{fileId}")).StatusCode);
    }

    [Fact]
    public async Task Delete_NeedsTheConfirmation_ThenRemovesTheFile()
    {
        var e = await app.CreateEventAsync("23944", "Sự kiện xóa tệp");
        var client = await app.As("xa.iatiem");
        await client.PostFileAsync($"/events/{e.Id}/files/add", "Upload", "anh.png", Png);
        var fileId = await app.WithDbAsync(db => db.EventAttachments.Where(a => a.EventId == e.Id).Select(a => a.Id).SingleAsync());
        var url = $"/events/{e.Id}/files/{fileId}/delete";

        var unconfirmed = await client.PostFormAsync(url, []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vui lòng đánh dấu ô xác nhận trước khi xóa.", await unconfirmed.TextAsync(), StringComparison.Ordinal);
        Assert.Single(await FileNamesAsync(e.Id));

        var confirmed = await client.PostFormAsync(url, new() { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Empty(await FileNamesAsync(e.Id));
        var key = fileId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "EventAttachment" && a.Key == key && a.Action == AuditAction.Delete)));
    }
}
