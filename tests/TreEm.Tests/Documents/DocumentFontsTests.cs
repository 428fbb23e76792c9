using TreEm.Web.Documents;

namespace TreEm.Tests.Documents;

public class DocumentFontsTests
{
    [Fact]
    public void Current_FontFilesHaveAGlyphForEveryVietnameseLetter()
    {
        var fonts = DocumentFonts.Current;
        Assert.Contains(fonts.Name, new[] { "Times New Roman", "Liberation Serif" });
        Assert.Equal(4, fonts.Files.Count);
        Assert.Equal(12 * 6 * 2 + 2, DocumentFonts.VietnameseLetters.Length);
        foreach (var file in fonts.Files)
            Assert.Equal("", TrueTypeCmap.Missing(File.ReadAllBytes(file), DocumentFonts.VietnameseLetters + "ăâđêôơư ĂÂĐÊÔƠƯ"));
    }

    [Fact]
    public void Missing_CharacterNotInTheFont_IsReported()
    {
        // Liberation Serif and Times New Roman have no ballot box: the cmap reader must see that.
        var regular = File.ReadAllBytes(DocumentFonts.Current.Files[0]);
        Assert.Equal("☐", TrueTypeCmap.Missing(regular, "Aẫ☐"));
        Assert.NotEqual(0, TrueTypeCmap.GlyphId(regular, 'ự'));
    }

    [Fact]
    public void Locate_ConfiguredFolder_IsSearchedFirst()
    {
        var folder = Directory.CreateTempSubdirectory("treem-fonts-");
        try
        {
            foreach (var file in DocumentFonts.Current.Files)
                File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
            var found = FontSet.Locate([folder.FullName, .. DocumentFonts.SearchFolders(null)]);
            Assert.All(found.Files, f => Assert.StartsWith(folder.FullName, f, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_NoFont_FailsNamingTheFontToInstall()
    {
        var folder = Directory.CreateTempSubdirectory("treem-nofonts-");
        try
        {
            var e = Assert.Throws<InvalidOperationException>(() => FontSet.Locate([folder.FullName]));
            Assert.Contains("Liberation Serif", e.Message, StringComparison.Ordinal);
            Assert.Contains("fonts-liberation2", e.Message, StringComparison.Ordinal);
            Assert.Contains("TreEm:FontsFolder", e.Message, StringComparison.Ordinal);
            Assert.Contains(folder.FullName, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_FontWithoutVietnameseLetters_IsPassedOver()
    {
        // A "Times New Roman" whose files lack the Vietnamese letters (as in old core-font packages): here the installed
        // font with its character map disabled, named times*.ttf. It is preferred by name, so it must be passed over.
        var folder = Directory.CreateTempSubdirectory("treem-oldtimes-");
        try
        {
            var source = DocumentFonts.Current.Files;
            var names = new[] { "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf" };
            for (var i = 0; i < 4; i++)
                File.WriteAllBytes(Path.Combine(folder.FullName, names[i]), WithoutCmap(File.ReadAllBytes(source[i])));
            // Beside it, in a subfolder, a complete font under the Liberation Serif names.
            var liberation = Path.Combine(folder.FullName, "liberation");
            Directory.CreateDirectory(liberation);
            string[] faces = ["Regular", "Bold", "Italic", "BoldItalic"];
            for (var i = 0; i < 4; i++)
                File.Copy(source[i], Path.Combine(liberation, $"LiberationSerif-{faces[i]}.ttf"));

            var found = FontSet.Locate([folder.FullName]);
            Assert.Equal("Liberation Serif", found.Name);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The font with its 'cmap' table tag renamed, so that no character maps to a glyph.</summary>
    private static byte[] WithoutCmap(byte[] font)
    {
        var copy = (byte[])font.Clone();
        var tables = (copy[4] << 8) | copy[5];
        for (var i = 0; i < tables; i++)
        {
            var rec = 12 + i * 16;
            if (copy[rec] == 'c' && copy[rec + 1] == 'm' && copy[rec + 2] == 'a' && copy[rec + 3] == 'p') copy[rec] = (byte)'x';
        }
        return copy;
    }
}
