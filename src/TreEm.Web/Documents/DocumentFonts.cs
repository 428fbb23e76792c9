using System.Buffers.Binary;
using System.Text;
using PdfSharp.Fonts;

namespace TreEm.Web.Documents;

/// <summary>
/// The fonts of the PDF documents. PDFsharp has no font of its own that carries the Vietnamese letters, so the
/// renderer embeds a serif font found on the server: Times New Roman when present (Windows), otherwise Liberation
/// Serif (metric-compatible with Times New Roman; Debian/Ubuntu package fonts-liberation2). A font is used only when
/// its four faces (regular, bold, italic, bold italic) exist and each has a glyph for every Vietnamese letter.
/// </summary>
/// <remarks>
/// Searched, in order: the folder set with <see cref="Configure"/> (option <c>TreEm:FontsFolder</c>), then the
/// usual system font folders of Linux, Windows and macOS (with their subfolders). PDFsharp's resolver is process-wide
/// and can be set once: it is registered at the first PDF, under a lock; a later <see cref="Configure"/> has no effect.
/// </remarks>
public static class DocumentFonts
{
    /// <summary>The family name the PDF renderer asks for; every family resolves to the font found.</summary>
    internal const string Family = "Times New Roman";

    private static readonly Lock Gate = new();
    private static string? _folder;
    private static FontSet? _fonts;
    private static volatile bool _registered;

    /// <summary>Every Vietnamese letter in both cases: the 12 vowels with the 5 tone marks, unmarked, and đ/Đ.</summary>
    public static readonly string VietnameseLetters = BuildVietnameseLetters();

    /// <summary>Adds a folder searched before the system folders (option TreEm:FontsFolder). Call at start, before the first PDF.</summary>
    public static void Configure(string? folder)
    {
        lock (Gate)
        {
            if (_registered || string.Equals(folder, _folder, StringComparison.Ordinal)) return;
            _folder = string.IsNullOrWhiteSpace(folder) ? null : folder;
            _fonts = null;
        }
    }

    /// <summary>The font the PDFs use, located now if need be; throws <see cref="InvalidOperationException"/> naming the font to install.</summary>
    public static FontSet Current
    {
        get
        {
            lock (Gate)
            {
                return _fonts ??= FontSet.Locate(SearchFolders(_folder));
            }
        }
    }

    /// <summary>Null when a usable font is installed, else the reason (for a warning at start).</summary>
    public static string? Problem()
    {
        try
        {
            _ = Current;
            return null;
        }
        catch (InvalidOperationException e)
        {
            return e.Message;
        }
    }

    /// <summary>Registers the resolver with PDFsharp once for the process.</summary>
    internal static void EnsureRegistered()
    {
        if (_registered) return;
        lock (Gate)
        {
            if (_registered) return;
            var fonts = Current;
            GlobalFontSettings.FontResolver = new Resolver(fonts);
            _registered = true;
        }
    }

    /// <summary>The configured folder first, then the system font folders that exist.</summary>
    internal static IReadOnlyList<string> SearchFolders(string? configured)
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var candidates = new List<string?>
        {
            configured,
            Environment.GetFolderPath(Environment.SpecialFolder.Fonts),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "Microsoft", "Windows", "Fonts"),
            "/usr/share/fonts",
            "/usr/local/share/fonts",
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".local", "share", "fonts"),
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".fonts"),
            "/Library/Fonts",
            "/System/Library/Fonts",
            string.IsNullOrEmpty(home) ? null : Path.Combine(home, "Library", "Fonts"),
        };
        return candidates.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => f!).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string BuildVietnameseLetters()
    {
        // Combining grave, hook above, tilde, acute, dot below: the five tones; NFC turns each pair into one letter.
        string[] tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];
        var sb = new StringBuilder();
        foreach (var vowel in "aăâeêioôơuưy")
            foreach (var tone in tones)
            {
                var letter = (vowel + tone).Normalize(NormalizationForm.FormC);
                sb.Append(letter).Append(letter.ToUpperInvariant());
            }
        return sb.Append("đĐ").ToString();
    }

    private sealed class Resolver(FontSet fonts) : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(FontSet.FaceName(bold, italic));

        public byte[]? GetFont(string faceName) => fonts.Bytes(faceName);
    }
}

/// <summary>The four faces of the serif font found for the PDFs, loaded in memory.</summary>
public sealed class FontSet
{
    private readonly Dictionary<string, byte[]> _faces;

    private FontSet(string name, IReadOnlyList<string> files, Dictionary<string, byte[]> faces)
    {
        Name = name;
        Files = files;
        _faces = faces;
    }

    /// <summary>"Times New Roman" or "Liberation Serif".</summary>
    public string Name { get; }

    /// <summary>The regular, bold, italic and bold italic files, in that order.</summary>
    public IReadOnlyList<string> Files { get; }

    internal static string FaceName(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => "regular",
        (true, false) => "bold",
        (false, true) => "italic",
        _ => "bolditalic",
    };

    internal byte[]? Bytes(string faceName) => _faces.GetValueOrDefault(faceName);

    /// <summary>Candidate fonts in order of preference, each as file names of its regular, bold, italic and bold italic faces
    /// (alternatives separated by '|': Windows names, then the names of Linux packages).</summary>
    private static readonly (string Name, string[] Faces)[] Candidates =
    [
        ("Times New Roman",
        [
            "times.ttf|Times_New_Roman.ttf|Times New Roman.ttf",
            "timesbd.ttf|Times_New_Roman_Bold.ttf|Times New Roman Bold.ttf",
            "timesi.ttf|Times_New_Roman_Italic.ttf|Times New Roman Italic.ttf",
            "timesbi.ttf|Times_New_Roman_Bold_Italic.ttf|Times New Roman Bold Italic.ttf",
        ]),
        ("Liberation Serif",
        [
            "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf",
        ]),
    ];

    /// <summary>
    /// The first candidate whose four faces are in the folders (searched with their subfolders) and cover every
    /// Vietnamese letter. An old Times New Roman without the Vietnamese letters (some Linux "core fonts" packages) is
    /// passed over.
    /// </summary>
    /// <exception cref="InvalidOperationException">No usable font: the message names the font to install.</exception>
    public static FontSet Locate(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var searched = folders.Where(Directory.Exists).ToList();
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var folder in searched)
            foreach (var file in SafeEnumerate(folder))
                files.TryAdd(Path.GetFileName(file), file);

        var rejected = new List<string>();
        foreach (var (name, faces) in Candidates)
        {
            var paths = faces.Select(alternatives => alternatives.Split('|').Select(files.GetValueOrDefault).FirstOrDefault(p => p is not null)).ToList();
            if (paths.Any(p => p is null)) continue;
            var bytes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            string? missing = null;
            for (var i = 0; i < 4 && missing is null; i++)
            {
                var data = File.ReadAllBytes(paths[i]!);
                var lacking = TrueTypeCmap.Missing(data, DocumentFonts.VietnameseLetters);
                if (lacking.Length > 0) missing = $"{paths[i]} (no glyph for {lacking})";
                bytes[FaceName(i is 1 or 3, i >= 2)] = data;
            }
            if (missing is not null)
            {
                rejected.Add(missing);
                continue;
            }
            return new FontSet(name, paths.Select(p => p!).ToList(), bytes);
        }

        throw new InvalidOperationException(
            "Không tìm thấy phông chữ cho văn bản PDF / no font for PDF documents: install Times New Roman or Liberation Serif " +
            "(Debian/Ubuntu: apt-get install fonts-liberation2), or set TreEm:FontsFolder to a folder holding " +
            "LiberationSerif-Regular.ttf, -Bold, -Italic and -BoldItalic.ttf. Searched: " +
            (searched.Count == 0 ? "(no font folder exists)" : string.Join(", ", searched)) +
            (rejected.Count == 0 ? "." : ". Passed over, no Vietnamese letters: " + string.Join("; ", rejected) + "."));
    }

    private static List<string> SafeEnumerate(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        try
        {
            return Directory.EnumerateFiles(folder, "*.ttf", options).ToList();
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}

/// <summary>Reads the character map of a TrueType/OpenType font: which characters have a glyph.</summary>
internal static class TrueTypeCmap
{
    /// <summary>The characters of <paramref name="text"/> that map to no glyph (glyph 0, ".notdef"); empty when all are there.</summary>
    public static string Missing(ReadOnlySpan<byte> font, string text)
    {
        var missing = new List<Rune>();
        foreach (var rune in text.EnumerateRunes())
            if (!missing.Contains(rune) && GlyphId(font, rune.Value) == 0)
                missing.Add(rune);
        return string.Concat(missing);
    }

    /// <summary>The glyph of a code point in the font's Unicode cmap (format 4 or 12); 0 when absent or unreadable.</summary>
    public static int GlyphId(ReadOnlySpan<byte> font, int codePoint)
    {
        try
        {
            var cmap = FindTable(font, "cmap");
            if (cmap < 0) return 0;
            var count = U16(font, cmap + 2);
            int best = -1, bestFormat = 0;
            for (var i = 0; i < count; i++)
            {
                var rec = cmap + 4 + i * 8;
                var platform = U16(font, rec);
                var encoding = U16(font, rec + 2);
                var offset = cmap + (int)U32(font, rec + 4);
                var format = U16(font, offset);
                var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
                if (!unicode || format is not (4 or 12)) continue;
                if (format > bestFormat) (best, bestFormat) = (offset, format);
            }
            if (best < 0) return 0;
            return bestFormat == 12 ? Format12(font, best, codePoint) : Format4(font, best, codePoint);
        }
        catch (ArgumentOutOfRangeException)
        {
            return 0;
        }
    }

    private static int FindTable(ReadOnlySpan<byte> font, string tag)
    {
        var tables = U16(font, 4);
        for (var i = 0; i < tables; i++)
        {
            var rec = 12 + i * 16;
            if (Encoding.ASCII.GetString(font.Slice(rec, 4)) == tag) return (int)U32(font, rec + 8);
        }
        return -1;
    }

    private static int Format4(ReadOnlySpan<byte> font, int table, int c)
    {
        if (c > 0xFFFF) return 0;
        var segments = U16(font, table + 6) / 2;
        var ends = table + 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        for (var s = 0; s < segments; s++)
        {
            if (U16(font, ends + s * 2) < c) continue;
            var start = U16(font, starts + s * 2);
            if (start > c) return 0;
            var delta = (short)U16(font, deltas + s * 2);
            var rangeOffset = U16(font, rangeOffsets + s * 2);
            if (rangeOffset == 0) return (c + delta) & 0xFFFF;
            var glyph = U16(font, rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }
        return 0;
    }

    private static int Format12(ReadOnlySpan<byte> font, int table, int c)
    {
        var groups = U32(font, table + 12);
        for (var g = 0; g < groups; g++)
        {
            var rec = table + 16 + g * 12;
            var start = U32(font, rec);
            var end = U32(font, rec + 4);
            if (c >= start && c <= end) return (int)(U32(font, rec + 8) + (c - start));
        }
        return 0;
    }

    private static int U16(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b.Slice(at, 2));
    private static uint U32(ReadOnlySpan<byte> b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.Slice(at, 4));
}
