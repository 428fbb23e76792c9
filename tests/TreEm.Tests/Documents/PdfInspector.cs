using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace TreEm.Tests.Documents;

/// <summary>
/// Reads back what a PDF holds, with PDFsharp's reader: the fonts of each page (name, embedded file, ToUnicode map
/// from glyph ids to text) and the text drawn on a page, decoded glyph by glyph through those maps.
/// </summary>
internal static partial class PdfInspector
{
    public sealed record Font(string BaseFont, bool Embedded, IReadOnlyDictionary<int, string> GlyphToText);

    public static PdfDocument Open(byte[] bytes) => PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);

    /// <summary>The fonts of a page by resource name ("/F0").</summary>
    public static Dictionary<string, Font> Fonts(PdfPage page)
    {
        var result = new Dictionary<string, Font>(StringComparer.Ordinal);
        var fonts = page.Resources.Elements.GetDictionary("/Font");
        if (fonts is null) return result;
        foreach (var key in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(key)!;
            var baseFont = font.Elements.GetName("/BaseFont");
            var descendant = font.Elements.GetArray("/DescendantFonts")?.Elements.GetDictionary(0);
            var descriptor = (descendant ?? font).Elements.GetDictionary("/FontDescriptor");
            var embedded = descriptor is not null && (descriptor.Elements.GetDictionary("/FontFile2") is not null ||
                descriptor.Elements.GetDictionary("/FontFile3") is not null || descriptor.Elements.GetDictionary("/FontFile") is not null);
            var toUnicode = font.Elements.GetDictionary("/ToUnicode");
            var map = toUnicode?.Stream is null ? new Dictionary<int, string>() : ParseCMap(Encoding.ASCII.GetString(toUnicode.Stream.UnfilteredValue));
            result[key] = new Font(baseFont, embedded, map);
        }
        return result;
    }

    /// <summary>The text drawn on a page (each Tj/TJ string decoded through its font's ToUnicode map), one string per operator.</summary>
    public static List<string> Text(PdfPage page)
    {
        var fonts = Fonts(page);
        var texts = new List<string>();
        Font? current = null;
        foreach (var op in Operators(ContentReader.ReadContent(page)))
        {
            switch (op.Name)
            {
                case "Tf":
                    current = op.Operands.OfType<CName>().Select(n => fonts.GetValueOrDefault(n.Name)).FirstOrDefault();
                    break;
                case "Tj" or "TJ" or "'" or "\"":
                    if (current is null) break;
                    var sb = new StringBuilder();
                    foreach (var s in Strings(op.Operands))
                        for (var i = 0; i + 1 < s.Length; i += 2)
                            sb.Append(current.GlyphToText.GetValueOrDefault((s[i] << 8) | s[i + 1], "\uFFFD"));
                    texts.Add(sb.ToString());
                    break;
            }
        }
        return texts;
    }

    private static IEnumerable<COperator> Operators(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op) yield return op;
            else if (item is CSequence inner)
                foreach (var nested in Operators(inner)) yield return nested;
        }
    }

    private static IEnumerable<string> Strings(CSequence operands)
    {
        foreach (var item in operands)
        {
            if (item is CString s) yield return s.Value;
            else if (item is CArray a)
                foreach (var inner in Strings(a)) yield return inner;
        }
    }

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Pair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex Triple();

    /// <summary>The bfchar and bfrange entries of a ToUnicode CMap: glyph id → text.</summary>
    public static Dictionary<int, string> ParseCMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match section in BfChar().Matches(cmap))
            foreach (Match m in Pair().Matches(section.Groups[1].Value))
                map[Hex(m.Groups[1].Value)] = Utf16(m.Groups[2].Value);
        foreach (Match section in BfRange().Matches(cmap))
            foreach (Match m in Triple().Matches(section.Groups[1].Value))
            {
                int from = Hex(m.Groups[1].Value), to = Hex(m.Groups[2].Value), first = Hex(m.Groups[3].Value);
                for (var g = from; g <= to; g++) map[g] = char.ConvertFromUtf32(first + g - from);
            }
        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Utf16(string hex)
    {
        var chars = new char[hex.Length / 4];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)Hex(hex.Substring(i * 4, 4));
        return new string(chars);
    }
}
