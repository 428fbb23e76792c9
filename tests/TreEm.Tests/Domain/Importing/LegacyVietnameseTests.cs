using System.Text;
using TreEm.Domain.Importing;

namespace TreEm.Tests.Domain.Importing;

public class LegacyVietnameseTests
{
    // The legacy spellings are written out by hand from the code charts (TCVN 5712:1993 VN3 as shown by the
    // .VnTime fonts, VNI-Windows as shown by VNI-Times), not produced by the code under test.
    public static TheoryData<string, string> Tcvn3Phrases => new()
    {
        { "Nguyễn Văn An", "NguyÔn V¨n An" },
        { "Đặng Thị Mai", "§Æng ThÞ Mai" },
        { "Xã Ia Tiêm", "X· Ia Tiªm" },
        { "Trẻ em mồ côi", "TrÎ em må c«i" },
        { "Người chăm sóc", "Ng\u00ADêi ch¨m sãc" },
    };

    public static TheoryData<string, string> VniPhrases => new()
    {
        { "Nguyễn Văn An", "Nguyeãn Vaên An" },
        { "Đặng Thị Mai", "Ñaëng Thò Mai" },
        { "Xã Ia Tiêm", "Xaõ Ia Tieâm" },
        { "Trẻ em mồ côi", "Treû em moà coâi" },
        { "Người chăm sóc", "Ngöôøi chaêm soùc" },
    };

    [Theory]
    [MemberData(nameof(Tcvn3Phrases))]
    public void Tcvn3_ConvertsBothWays(string unicode, string tcvn3)
    {
        Assert.Equal(unicode.Normalize(NormalizationForm.FormC), LegacyVietnamese.ToUnicode(tcvn3, LegacyEncoding.Tcvn3));
        Assert.Equal(tcvn3, LegacyVietnamese.FromUnicode(unicode, LegacyEncoding.Tcvn3));
        Assert.True(LegacyVietnamese.ToUnicode(tcvn3, LegacyEncoding.Tcvn3).IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [MemberData(nameof(VniPhrases))]
    public void Vni_ConvertsBothWays(string unicode, string vni)
    {
        Assert.Equal(unicode.Normalize(NormalizationForm.FormC), LegacyVietnamese.ToUnicode(vni, LegacyEncoding.Vni));
        Assert.Equal(vni, LegacyVietnamese.FromUnicode(unicode, LegacyEncoding.Vni));
    }

    [Fact]
    public void Vni_ConvertsEveryToneOfEveryVowelAndBack()
    {
        // Every toned letter, lower and upper case, survives Unicode → VNI → Unicode.
        var letters = new StringBuilder();
        foreach (var vowel in new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" })
        foreach (var tone in new[] { "", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323" })
        {
            var letter = (vowel + tone).Normalize(NormalizationForm.FormC);
            letters.Append(letter).Append(letter.ToUpperInvariant()).Append(' ');
        }
        letters.Append("đ Đ");
        var text = letters.ToString();

        var vni = LegacyVietnamese.FromUnicode(text, LegacyEncoding.Vni);

        Assert.All(vni, c => Assert.True(c < 256, $"'{c}' is not a VNI-Windows character"));
        Assert.Equal(text, LegacyVietnamese.ToUnicode(vni, LegacyEncoding.Vni));
    }

    [Fact]
    public void Tcvn3_ConvertsEveryLowerCaseLetterAndBack()
    {
        var letters = new StringBuilder();
        foreach (var vowel in new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" })
        foreach (var tone in new[] { "", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323" })
            letters.Append((vowel + tone).Normalize(NormalizationForm.FormC)).Append(' ');
        letters.Append("đ Ă Â Ê Ô Ơ Ư Đ");
        var text = letters.ToString();

        var tcvn3 = LegacyVietnamese.FromUnicode(text, LegacyEncoding.Tcvn3);

        Assert.All(tcvn3, c => Assert.True(c < 256));
        Assert.Equal(text, LegacyVietnamese.ToUnicode(tcvn3, LegacyEncoding.Tcvn3));
    }

    [Fact]
    public void Tcvn3_WordTypedInCapitals_ComesOutInCapitals()
    {
        // .VnTime has no capital toned letters: "NGUYỄN" was typed with the lower-case code of ễ.
        Assert.Equal("NGUYỄN VĂN AN", LegacyVietnamese.ToUnicode("NGUYÔN V¨N AN", LegacyEncoding.Tcvn3));
    }

    [Fact]
    public void Windows1258_BytesReadAsLatin1_Convert()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1258).GetBytes("Nguy\u00EA\u0303n V\u0103n An, \u0110\u0103\u0323ng Thi\u0323 Mai");
        var latin1 = Encoding.Latin1.GetString(bytes);

        Assert.Equal(LegacyEncoding.Windows1258, LegacyVietnamese.Detect([latin1]));
        Assert.Equal("Nguyễn Văn An, Đặng Thị Mai", LegacyVietnamese.ToUnicode(latin1, LegacyEncoding.Windows1258));
    }

    [Theory]
    [InlineData(LegacyEncoding.Tcvn3)]
    [InlineData(LegacyEncoding.Vni)]
    [InlineData(LegacyEncoding.Windows1258)]
    public void Detect_FindsTheEncodingOfRealPhrases(LegacyEncoding encoding)
    {
        var cells = new[] { "Nguyễn Văn An", "Đặng Thị Mai", "Xã Ia Tiêm", "Trẻ em mồ côi", "Ksor H'Nhi", "Nam", "Nữ" }
            .Select(t => LegacyVietnamese.FromUnicode(t, encoding))
            .ToList();

        Assert.Equal(encoding, LegacyVietnamese.Detect(cells));
    }

    [Theory]
    [InlineData("NguyÔn V¨n An", LegacyEncoding.Tcvn3)]
    [InlineData("§Æng ThÞ Mai", LegacyEncoding.Tcvn3)]
    [InlineData("Nguyeãn Vaên An", LegacyEncoding.Vni)]
    [InlineData("Ñaëng Thò Mai", LegacyEncoding.Vni)]
    public void Detect_OneNameIsEnough(string cell, LegacyEncoding expected) =>
        Assert.Equal(expected, LegacyVietnamese.Detect([cell]));

    [Fact]
    public void Detect_UnicodeText_IsLeftAlone()
    {
        string[] cells = ["Nguyễn Văn An", "Đặng Thị Mai", "Xã Ia Tiêm", "Trẻ em mồ côi", "Hà Ngô", "Lê Bá Hùng", "Rơ Châm H'Ly"];

        Assert.Null(LegacyVietnamese.Detect(cells));
        Assert.Null(LegacyVietnamese.Detect(cells.Select(c => c.Normalize(NormalizationForm.FormD))));
    }

    [Fact]
    public void Detect_AsciiText_IsLeftAlone()
    {
        Assert.Null(LegacyVietnamese.Detect(["Ksor H'Nhi", "Nguyen Van An", "23944-01", "17/05/2016", "Nam"]));
        Assert.Null(LegacyVietnamese.Detect([]));
    }

    [Fact]
    public void Converter_LeavesUnicodeAndAsciiCellsOfALegacyFileUntouched()
    {
        var converter = new LegacyTextConverter(LegacyEncoding.Tcvn3);

        Assert.Equal("Họ và tên", converter.Convert("Họ và tên"));
        Assert.Equal("Nguyen Van An", converter.Convert("Nguyen Van An"));
        Assert.Equal("23944-01", converter.Convert("23944-01"));
        Assert.Equal("Nguyễn Văn An", converter.Convert("NguyÔn V¨n An"));
        // Curly quotes and dashes (Word's autocorrect) do not make a cell Unicode.
        Assert.Equal("“Trẻ em mồ côi” – ghi chú", converter.Convert("“TrÎ em må c«i” – ghi chó"));

        Assert.Equal(2, converter.ConvertedCells);
        Assert.Equal(("NguyÔn V¨n An", "Nguyễn Văn An"), converter.Samples[0]);
    }

    [Theory]
    [InlineData("Nguyễn", true)]
    [InlineData("người", true)]
    [InlineData("khuya", true)]
    [InlineData("giữa", true)]
    [InlineData("quốc", true)]
    [InlineData("Nguyeãn", false)]
    [InlineData("NguyÔn", false)]
    [InlineData("ThÞ", false)]
    [InlineData("aáà", false)]
    public void IsSyllable_TellsVietnameseSyllablesFromLegacyNoise(string word, bool expected) =>
        Assert.Equal(expected, LegacyVietnamese.IsSyllable(word));
}
