using System.Text;

namespace TreEm.Web.Documents;

/// <summary>
/// Page geometry, sizes and fixed texts shared by both renderers, from the table of Decree 30/2020/NĐ-CP
/// (Phụ lục I). Sizes are in points, lengths in millimetres.
/// </summary>
internal static class DocumentStyle
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string RecipientsLabel = "Nơi nhận:";

    public const double PageWidthMm = 210, PageHeightMm = 297;
    public const double MarginTopMm = 20, MarginBottomMm = 20, MarginLeftMm = 30, MarginRightMm = 15;
    public const double TextWidthMm = PageWidthMm - MarginLeftMm - MarginRightMm;
    /// <summary>Distance of the page number from the top edge (inside the top margin).</summary>
    public const double PageNumberTopMm = 10;

    /// <summary>Left column of the header (agency, number); the right one (national name, place and date) takes the rest.</summary>
    public const double HeaderLeftShare = 0.4;

    public const double NationalNameSize = 12;   // 12–13, bold, capitals
    public const double MottoSize = 13;          // 13–14, bold, line underneath as long as the text
    public const double AgencySize = 12;         // 12–13, capitals; the issuing agency bold with a short line
    public const double NumberSize = 13;         // 13
    public const double DateSize = 13;           // 13–14, italic
    public const double TitleSize = 14;          // 13–14, bold, capitals
    public const double BodySize = 14;           // 13–14, justified
    public const double TableSize = 12;          // tables may use a smaller size than the body
    public const double FormCodeSize = 12;
    public const double RecipientsLabelSize = 12; // 12, bold italic
    public const double RecipientsSize = 11;      // 11
    public const double SignatureSize = 13;       // 13–14, bold
    public const double PageNumberSize = 13;      // 13–14

    public const double FirstLineIndentMm = 10;
    public const double ParagraphAfterPt = 6;
    public const double FieldAfterPt = 3;
    /// <summary>Room left between the signer's title and name for the signature and the seal.</summary>
    public const double SignatureSpaceMm = 22;
    /// <summary>The short line under the issuing agency (a third to a half of the name).</summary>
    public const double AgencyLineMm = 20;
    /// <summary>The short line under the subtitle.</summary>
    public const double SubtitleLineMm = 30;

    /// <summary>Unicode NFC: Vietnamese typed with combining marks becomes the precomposed letters that fonts carry.</summary>
    public static string Clean(string? text) => string.IsNullOrEmpty(text) ? "" : text.Normalize(NormalizationForm.FormC);

    /// <summary>Relative widths as fractions that add up to 1; a missing or non-positive width counts as 1.</summary>
    public static double[] Fractions(IReadOnlyList<double>? relative, int columns)
    {
        var weights = Enumerable.Range(0, columns)
            .Select(i => relative is not null && i < relative.Count && relative[i] > 0 && double.IsFinite(relative[i]) ? relative[i] : 1.0)
            .ToArray();
        var sum = weights.Sum();
        return weights.Select(w => w / sum).ToArray();
    }

    /// <summary>Column shares of the closing: recipients with one signature 45/55 (as the header), otherwise equal.</summary>
    public static double[] ClosingShares(bool recipients, int signatures)
    {
        if (recipients && signatures == 1) return [0.45, 0.55];
        var n = (recipients ? 1 : 0) + signatures;
        return Enumerable.Repeat(1.0, Math.Max(n, 1)).ToArray();
    }

    /// <summary>The title and subtitle on one line: the file's title in its properties.</summary>
    public static string Describe(OfficialDocument d) =>
        string.Join(' ', new[] { d.Title, d.Subtitle }.Select(Clean).SelectMany(t => t.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>Numbers in a table are centred; anything else is left-aligned.</summary>
    public static bool LooksNumeric(string text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is not ('.' or ',' or '%' or ' ' or '-' or '+')) return false;
        }
        return digits > 0;
    }

    /// <summary>Paragraph texts split at line breaks; each piece is a paragraph of its own.</summary>
    public static IEnumerable<string> Pieces(string text) =>
        Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
}
