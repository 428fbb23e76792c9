using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TreEm.Domain.Importing;

/// <summary>The pre-Unicode encodings of Vietnamese that old commune spreadsheets still carry.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 VN3 ("ABC", the .VnTime fonts): one byte per letter, lower-case toned letters at 0xA1–0xFE.</summary>
    Tcvn3 = 1,

    /// <summary>VNI-Windows (the VNI-Times fonts): a base letter followed by its marks as separate characters ("aø" = "à").</summary>
    Vni = 2,

    /// <summary>Windows-1258: a few precomposed letters plus combining tone marks (CSV files saved by old Windows).</summary>
    Windows1258 = 3,
}

/// <summary>
/// Detects text typed in a legacy Vietnamese font encoding and converts it to Unicode (NFC). The text arrives as
/// the characters a Windows-1252/Latin-1 reading gives (that is what Excel stores for a .VnTime or VNI-Times cell,
/// and what a single-byte CSV decodes to), so the tables below map those characters.
/// </summary>
public static partial class LegacyVietnamese
{
    public static string Name(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => "TCVN3",
        LegacyEncoding.Vni => "VNI",
        LegacyEncoding.Windows1258 => "Windows-1258",
        _ => encoding.ToString(),
    };

    public static LegacyEncoding? Parse(string? name) => name switch
    {
        "TCVN3" => LegacyEncoding.Tcvn3,
        "VNI" => LegacyEncoding.Vni,
        "Windows-1258" => LegacyEncoding.Windows1258,
        _ => null,
    };

    /// <summary>The five tones as combining marks: grave, hook above, tilde, acute, dot below.</summary>
    private static readonly string[] Tones = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

    // ---------------------------------------------------------------- TCVN3 (ABC)

    /// <summary>TCVN3 code point → Unicode. Only VN3 positions (the .VnTime fonts have no upper-case toned letters;
    /// .VnTimeH draws the lower-case codes as capitals). 0xB0–0xB4 are the stand-alone tone marks.</summary>
    private static readonly Dictionary<char, string> Tcvn3Table = BuildTcvn3();

    private static Dictionary<char, string> BuildTcvn3()
    {
        var t = new Dictionary<char, string>();
        void Add(int code, string unicode) => t[(char)code] = unicode;
        // Base capitals and lower-case letters with a shape mark.
        Add(0xA1, "Ă"); Add(0xA2, "Â"); Add(0xA3, "Ê"); Add(0xA4, "Ô"); Add(0xA5, "Ơ"); Add(0xA6, "Ư"); Add(0xA7, "Đ");
        Add(0xA8, "ă"); Add(0xA9, "â"); Add(0xAA, "ê"); Add(0xAB, "ô"); Add(0xAC, "ơ"); Add(0xAD, "ư"); Add(0xAE, "đ");
        // Stand-alone tone marks: grave, hook, tilde, acute, dot below.
        Add(0xB0, "\u0300"); Add(0xB1, "\u0309"); Add(0xB2, "\u0303"); Add(0xB3, "\u0301"); Add(0xB4, "\u0323");
        // Each vowel with its five tones, in the order grave, hook, tilde, acute, dot below.
        Row(t, "a", 0xB5, 0xB6, 0xB7, 0xB8, 0xB9);
        Row(t, "ă", 0xBB, 0xBC, 0xBD, 0xBE, 0xC6);
        Row(t, "â", 0xC7, 0xC8, 0xC9, 0xCA, 0xCB);
        Row(t, "e", 0xCC, 0xCE, 0xCF, 0xD0, 0xD1);
        Row(t, "ê", 0xD2, 0xD3, 0xD4, 0xD5, 0xD6);
        Row(t, "i", 0xD7, 0xD8, 0xDC, 0xDD, 0xDE);
        Row(t, "o", 0xDF, 0xE1, 0xE2, 0xE3, 0xE4);
        Row(t, "ô", 0xE5, 0xE6, 0xE7, 0xE8, 0xE9);
        Row(t, "ơ", 0xEA, 0xEB, 0xEC, 0xED, 0xEE);
        Row(t, "u", 0xEF, 0xF1, 0xF2, 0xF3, 0xF4);
        Row(t, "ư", 0xF5, 0xF6, 0xF7, 0xF8, 0xF9);
        Row(t, "y", 0xFA, 0xFB, 0xFC, 0xFD, 0xFE);
        return t;
    }

    private static void Row(Dictionary<char, string> t, string vowel, params int[] codes)
    {
        for (var i = 0; i < Tones.Length; i++)
            t[(char)codes[i]] = (vowel + Tones[i]).Normalize(NormalizationForm.FormC);
    }

    private static readonly Dictionary<string, char> Tcvn3Reverse =
        Tcvn3Table.Where(kv => kv.Value.Length == 1).ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    private static string Tcvn3ToUnicode(string text)
    {
        var sb = new StringBuilder(text.Length);
        var word = new StringBuilder();
        var wordHasLower = false;
        var wordUpper = 0;
        var wordConverted = false;

        void Flush()
        {
            // .VnTime has no capital toned letters: a word typed in capitals keeps lower-case toned codes
            // ("NGUYÔN"); the other letters tell that the whole word is upper case.
            var w = word.ToString();
            sb.Append(wordConverted && !wordHasLower && wordUpper >= 2 ? w.ToUpperInvariant() : w);
            word.Clear();
            wordHasLower = false;
            wordUpper = 0;
            wordConverted = false;
        }

        foreach (var c in text)
        {
            if (Tcvn3Table.TryGetValue(c, out var u))
            {
                word.Append(u);
                wordConverted = true;
                if (c is >= (char)0xA1 and <= (char)0xA7) wordUpper++;
                continue;
            }
            if (char.IsLetter(c) || c == '\'')
            {
                word.Append(c);
                if (char.IsAsciiLetterUpper(c)) wordUpper++;
                else if (char.IsLetter(c)) wordHasLower = true;
                continue;
            }
            Flush();
            sb.Append(c);
        }
        Flush();
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string UnicodeToTcvn3(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            var s = ch.ToString();
            if (Tcvn3Reverse.TryGetValue(s, out var code)) { sb.Append(code); continue; }
            // Capital toned letters do not exist in VN3: they are written with the lower-case code.
            var lower = s.ToLowerInvariant();
            if (lower != s && Tcvn3Reverse.TryGetValue(lower, out code)) { sb.Append(code); continue; }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    // ---------------------------------------------------------------- VNI

    /// <summary>VNI mark characters (after a vowel) → Unicode combining marks.</summary>
    private static readonly Dictionary<char, string> VniMarks = BuildVniMarks();

    /// <summary>VNI characters that stand for a whole letter.</summary>
    private static readonly Dictionary<char, char> VniLetters = new()
    {
        ['ô'] = 'ơ', ['Ô'] = 'Ơ', ['ö'] = 'ư', ['Ö'] = 'Ư', ['ñ'] = 'đ', ['Ñ'] = 'Đ',
        ['æ'] = 'ỉ', ['Æ'] = 'Ỉ', ['ó'] = 'ĩ', ['Ó'] = 'Ĩ', ['ò'] = 'ị', ['Ò'] = 'Ị', ['î'] = 'ỵ', ['Î'] = 'Ỵ',
    };

    private static Dictionary<char, string> BuildVniMarks()
    {
        const string circumflex = "\u0302", breve = "\u0306";
        const string grave = "\u0300", hook = "\u0309", tilde = "\u0303", acute = "\u0301", dot = "\u0323";
        var m = new Dictionary<char, string>();
        void Both(char lower, string marks)
        {
            m[lower] = marks;
            m[char.ToUpperInvariant(lower)] = marks;
        }
        // Tones: sắc ù, huyền ø, hỏi û, ngã õ, nặng ï.
        Both('ù', acute); Both('ø', grave); Both('û', hook); Both('õ', tilde); Both('ï', dot);
        // Circumflex (â ê ô) alone and with each tone.
        Both('â', circumflex); Both('á', circumflex + acute); Both('à', circumflex + grave);
        Both('å', circumflex + hook); Both('ã', circumflex + tilde); Both('ä', circumflex + dot);
        // Breve (ă) alone and with each tone.
        Both('ê', breve); Both('é', breve + acute); Both('è', breve + grave);
        Both('ú', breve + hook); Both('ü', breve + tilde); Both('ë', breve + dot);
        return m;
    }

    private static bool IsVniVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'A' or 'E' or 'I' or 'O' or 'U' or 'Y'
        or 'ơ' or 'ư' or 'Ơ' or 'Ư';

    private static string VniToUnicode(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        var lastBase = '\0';
        foreach (var c in text)
        {
            if (VniMarks.TryGetValue(c, out var marks) && lastBase != '\0'
                && (marks.StartsWith('\u0302') ? lastBase is 'a' or 'e' or 'o' or 'A' or 'E' or 'O'
                    : marks.StartsWith('\u0306') ? lastBase is 'a' or 'A'
                    : IsVniVowel(lastBase)))
            {
                sb.Append(marks);
                lastBase = '\0';
                continue;
            }
            var letter = VniLetters.TryGetValue(c, out var l) ? l : c;
            sb.Append(letter);
            lastBase = IsVniVowel(letter) ? letter : '\0';
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string UnicodeToVni(string text)
    {
        var reverseLetters = VniLetters.ToDictionary(kv => kv.Value, kv => kv.Key);
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text.Normalize(NormalizationForm.FormC))
        {
            if (reverseLetters.TryGetValue(ch, out var whole)) { sb.Append(whole); continue; }
            var d = ch.ToString().Normalize(NormalizationForm.FormD);
            // í and ì are single characters in VNI as in Latin-1.
            if (d.Length == 1 || ch is 'í' or 'ì' or 'Í' or 'Ì') { sb.Append(ch); continue; }
            var baseChar = d[0];
            var marks = d[1..];
            var upper = char.IsUpper(baseChar);
            // ơ and ư are whole letters in VNI; their tone follows them.
            if (marks.StartsWith('\u031B'))
            {
                var horn = baseChar is 'o' or 'O' ? (upper ? 'Ô' : 'ô') : (upper ? 'Ö' : 'ö');
                sb.Append(horn);
                marks = marks[1..];
                if (marks.Length > 0) sb.Append(VniMark(marks, upper));
                continue;
            }
            sb.Append(baseChar);
            var mark = VniMark(marks, upper);
            if (mark == '\0') sb.Append(marks);
            else sb.Append(mark);
        }
        return sb.ToString();
    }

    private static char VniMark(string marks, bool upper)
    {
        // Compare in canonical order: NFD puts the dot below before the circumflex or breve.
        foreach (var (c, m) in VniMarks)
            if (("a" + m).Normalize(NormalizationForm.FormD)[1..] == marks && char.IsUpper(c) == upper) return c;
        return '\0';
    }

    // ---------------------------------------------------------------- Windows-1258

    private static readonly Lazy<string> Cp1258 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        return Encoding.GetEncoding(1258).GetString(bytes);
    });

    private static string Windows1258ToUnicode(string text)
    {
        var table = Cp1258.Value;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(c < 256 ? table[c] : c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string UnicodeToWindows1258(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1258).GetBytes(Decompose1258(text.Normalize(NormalizationForm.FormC)));
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>Windows-1258 keeps the base letters with shape marks whole and the five tones as combining marks.</summary>
    private static string Decompose1258(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            var d = ch.ToString().Normalize(NormalizationForm.FormD);
            var tone = d.FirstOrDefault(x => Tones.Contains(x.ToString()));
            if (tone == '\0') { sb.Append(ch); continue; }
            sb.Append(d.Replace(tone.ToString(), "", StringComparison.Ordinal).Normalize(NormalizationForm.FormC)).Append(tone);
        }
        return sb.ToString();
    }

    // ---------------------------------------------------------------- public conversions

    /// <summary>Converts legacy text (as Latin-1 characters) to Unicode NFC.</summary>
    public static string ToUnicode(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => Tcvn3ToUnicode(text),
        LegacyEncoding.Vni => VniToUnicode(text),
        LegacyEncoding.Windows1258 => Windows1258ToUnicode(text),
        _ => text,
    };

    /// <summary>Writes Unicode text in a legacy encoding (as Latin-1 characters): for samples and tests.</summary>
    public static string FromUnicode(string text, LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Tcvn3 => UnicodeToTcvn3(text),
        LegacyEncoding.Vni => UnicodeToVni(text),
        LegacyEncoding.Windows1258 => UnicodeToWindows1258(text),
        _ => text,
    };

    // ---------------------------------------------------------------- detection

    /// <summary>True when the text holds letters only Unicode Vietnamese has (ă đ ơ ư ĩ ũ, the dotted and hooked
    /// vowels, or combining tone marks): such text is already Unicode and is never converted.</summary>
    public static bool HasVietnameseUnicode(string text)
    {
        foreach (var c in text)
        {
            if (c is '\u0102' or '\u0103' or '\u0110' or '\u0111' or '\u0128' or '\u0129' or '\u0168' or '\u0169'
                or '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' or (>= '\u1EA0' and <= '\u1EF9')
                or '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
                return true;
        }
        return false;
    }

    /// <summary>True when the text may be legacy-encoded: it has characters beyond ASCII and no Unicode-only letters.</summary>
    public static bool MayBeLegacy(string text)
    {
        var nonAscii = false;
        foreach (var c in text)
        {
            if (c < 128) continue;
            // Letters beyond Latin-1 mean Unicode; punctuation (curly quotes, dashes) does not.
            if (c > 255)
            {
                if (char.IsLetter(c)) return false;
                continue;
            }
            nonAscii = true;
        }
        return nonAscii && !HasVietnameseUnicode(text);
    }

    /// <summary>
    /// How un-Vietnamese a text looks: one point for each word with letters beyond ASCII that is not a possible
    /// Vietnamese syllable, and one for each Latin-1 symbol (¨ © µ ¶ § …) that Vietnamese text never holds.
    /// </summary>
    public static int Oddities(string text)
    {
        var odd = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
            if (inWord)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0)
            {
                var word = text[start..i];
                if (!IsAscii(word) && !IsSyllable(word)) odd++;
                start = -1;
            }
            if (c is (>= '\u00A1' and <= '\u00BF') or '\u00D7' or '\u00F7') odd++;
        }
        return odd;
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s) if (c >= 128) return false;
        return true;
    }

    /// <summary>A possible Vietnamese syllable: initial consonant, vowel nucleus, final consonant, at most one tone.</summary>
    public static bool IsSyllable(string word)
    {
        var d = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var tones = 0;
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323') tones++;
            else sb.Append(c);
        }
        return tones <= 1 && SyllablePattern().IsMatch(sb.ToString().Normalize(NormalizationForm.FormC));
    }

    [GeneratedRegex("^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
        + "(?:iêu|yêu|oai|oao|oay|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ôô"
        + "|ua|uâ|uă|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
        + "(?:ch|ng|nh|[cmnpt])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SyllablePattern();

    /// <summary>
    /// Decides the legacy encoding of a body of text (a sample of a file's cells), or null when it is Unicode (or
    /// plain ASCII). Only cells that may be legacy count; each candidate conversion is scored by
    /// <see cref="Oddities"/>, and the best one wins when it removes at least half of the oddities.
    /// </summary>
    public static LegacyEncoding? Detect(IEnumerable<string> texts)
    {
        var original = 0;
        var scores = new int[4];
        foreach (var text in texts)
        {
            if (!MayBeLegacy(text)) continue;
            original += Oddities(text);
            scores[1] += Oddities(Tcvn3ToUnicode(text));
            scores[2] += Oddities(VniToUnicode(text));
            scores[3] += Oddities(Windows1258ToUnicode(text));
        }
        if (original == 0) return null;
        var best = 1;
        for (var i = 2; i <= 3; i++) if (scores[i] < scores[best]) best = i;
        return scores[best] * 2 <= original ? (LegacyEncoding)best : null;
    }
}

/// <summary>Converts the cells of one file once its legacy encoding is known, and keeps a few samples to show.</summary>
public sealed class LegacyTextConverter(LegacyEncoding encoding, int maxSamples = 5)
{
    private readonly HashSet<string> _sampled = new(StringComparer.Ordinal);

    public LegacyEncoding Encoding { get; } = encoding;
    public int ConvertedCells { get; private set; }
    public List<(string Before, string After)> Samples { get; } = [];

    /// <summary>The cell in Unicode. Cells that are ASCII or already hold Unicode Vietnamese stay as they are.</summary>
    public string Convert(string text)
    {
        if (!LegacyVietnamese.MayBeLegacy(text)) return text;
        var converted = LegacyVietnamese.ToUnicode(text, Encoding);
        if (converted == text) return text;
        // The file is legacy: a cell converts unless converting makes it look less like Vietnamese.
        if (LegacyVietnamese.Oddities(converted) > LegacyVietnamese.Oddities(text)) return text;
        ConvertedCells++;
        if (Samples.Count < maxSamples && _sampled.Add(text)) Samples.Add((text, converted));
        return converted;
    }
}
