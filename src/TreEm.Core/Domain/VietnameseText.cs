using System.Globalization;
using System.Text;

namespace TreEm.Domain;

/// <summary>Vietnamese text helpers shared by every search.</summary>
public static class VietnameseText
{
    /// <summary>
    /// The form searches compare: NFD, non-spacing marks dropped, đ → d, lower case, spaces collapsed.
    /// SQLite's lower() and LIKE know only ASCII, so this is computed here and stored beside the name.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var c = ch switch { 'đ' or 'Đ' => 'd', _ => char.ToLowerInvariant(ch) };
            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            sb.Append(c);
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Text as stored: trimmed and in composed form, so the same name typed twice compares equal.</summary>
    public static string Clean(string? text) => (text ?? "").Trim().Normalize(NormalizationForm.FormC);
}
