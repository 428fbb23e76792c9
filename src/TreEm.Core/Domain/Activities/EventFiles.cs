namespace TreEm.Domain.Activities;

/// <summary>What files an event may keep: PDF, JPEG or PNG, recognised by their first bytes, at most 5 MB.</summary>
public static class EventFiles
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The content type the bytes really are, or null when they are none of the accepted types.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(Pdf)) return "application/pdf";
        if (head.StartsWith(Png)) return "image/png";
        if (head.StartsWith(Jpeg)) return "image/jpeg";
        return null;
    }

    /// <summary>The Vietnamese reason a file is refused, or null when it may be kept.</summary>
    public static string? Refusal(string? fileName, ReadOnlySpan<byte> content)
    {
        if (string.IsNullOrWhiteSpace(fileName) || content.Length == 0) return "Vui lòng chọn một tệp.";
        if (content.Length > MaxBytes) return "Tệp quá lớn: tối đa 5 MB.";
        var type = Detect(content);
        if (type is null) return "Chỉ nhận tệp PDF, JPEG hoặc PNG.";
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        var expected = type switch
        {
            "application/pdf" => ext == ".pdf",
            "image/png" => ext == ".png",
            _ => ext is ".jpg" or ".jpeg",
        };
        return expected ? null : "Phần mở rộng của tệp không khớp với nội dung (chỉ nhận .pdf, .jpg, .jpeg, .png).";
    }

    /// <summary>The name kept for download: no folders, no control characters, at most 200 characters.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c != '"').ToArray()).Trim();
        if (name.Length > 200) name = name[..(200 - Path.GetExtension(name).Length)] + Path.GetExtension(name);
        return name.Length == 0 ? "tep" : name;
    }
}
