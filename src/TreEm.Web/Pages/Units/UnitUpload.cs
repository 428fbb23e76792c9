using Microsoft.Extensions.Localization;
using TreEm.Data.Seed;

namespace TreEm.Web.Pages.Units;

/// <summary>Checks an uploaded units file before it reaches the importer: present, not empty, not too big, text.</summary>
public static class UnitUpload
{
    private static readonly string[] Extensions = [".csv", ".txt"];

    /// <summary>A message for the user when the file cannot be imported at all; null when it may be read.</summary>
    public static async Task<string?> ProblemAsync(IFormFile? file, IStringLocalizer<UnitsResource> l, CancellationToken ct)
    {
        if (file is null || string.IsNullOrWhiteSpace(file.FileName))
            return l["Vui lòng chọn tệp CSV cần nhập."];
        if (file.Length == 0)
            return l["Tệp «{0}» trống (0 byte). Hãy chọn tệp CSV có dòng tiêu đề và các dòng dữ liệu.", FileName(file)];
        if (file.Length > UnitCsvImport.MaxBytes)
            return l["Tệp «{0}» quá lớn ({1} MB). Dung lượng tối đa là {2} MB; hãy chia tệp thành nhiều phần.",
                FileName(file), Megabytes(file.Length), UnitCsvImport.MaxBytes / (1024 * 1024)];

        var head = new byte[8192];
        int read;
        await using (var stream = file.OpenReadStream())
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        var kind = Sniff(head.AsSpan(0, read));
        if (kind == Content.Excel)
            return l["Tệp «{0}» là tệp Excel. Hãy mở tệp trong Excel và chọn Lưu thành → CSV UTF-8 (phân cách bằng dấu phẩy), rồi nhập tệp .csv đó.", FileName(file)];
        var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
        if (!Extensions.Contains(extension))
            return l["Tệp «{0}» không phải tệp CSV. Chỉ nhận tệp có đuôi .csv hoặc .txt.", FileName(file)];
        if (kind == Content.Binary)
            return l["Tệp «{0}» không phải tệp văn bản CSV (có vẻ là tệp nhị phân như hình ảnh hoặc tài liệu). Hãy chọn đúng tệp CSV.", FileName(file)];
        return null;
    }

    public static string FileName(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        return name.Length > 200 ? name[..200] : name;
    }

    private static string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.0", System.Globalization.CultureInfo.CurrentCulture);

    private enum Content { Text, Binary, Excel }

    private static Content Sniff(ReadOnlySpan<byte> head)
    {
        // xlsx (a zip) and the old xls (OLE compound file).
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            return Content.Excel;
        // UTF-16 text (Excel's "Unicode text") is full of zero bytes but is still text.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Content.Text;
        // Text files have no NUL bytes and few control characters; images, PDFs and documents do.
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0) return Content.Binary;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) control++;
        }
        return head.Length > 0 && control * 20 > head.Length ? Content.Binary : Content.Text;
    }
}
