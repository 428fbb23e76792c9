using TreEm.Domain;

namespace TreEm.Tests.Domain;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn An", "nguyen van an")]
    [InlineData("NGUYỄN VĂN", "nguyen van")]
    [InlineData("Đắk Đoa", "dak doa")]
    [InlineData("Ksor H'Nhi", "ksor h'nhi")]
    [InlineData("  Xã   Ia Tiêm ", "xa ia tiem")]
    [InlineData("Phường Hội Thương", "phuong hoi thuong")]
    public void Normalize_DropsCaseDiacriticsAndDStroke(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Fact]
    public void Normalize_SameForComposedAndDecomposedInput()
    {
        var composed = "Tiêm".Normalize(System.Text.NormalizationForm.FormC);
        var decomposed = "Tiêm".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal(VietnameseText.Normalize(composed), VietnameseText.Normalize(decomposed));
    }

    [Fact]
    public void Clean_TrimsAndComposes() =>
        Assert.Equal("Tiêm".Normalize(System.Text.NormalizationForm.FormC), VietnameseText.Clean("  " + "Tiêm".Normalize(System.Text.NormalizationForm.FormD) + " "));
}
