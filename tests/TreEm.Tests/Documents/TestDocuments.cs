using System.Text;
using TreEm.Web.Documents;

namespace TreEm.Tests.Documents;

/// <summary>Documents the renderer tests read back: every kind of block, with values the tests look for.</summary>
internal static class TestDocuments
{
    public const string Name = "Đặng Thị Ngọc Ánh ỡ ự ẫ";

    /// <summary>A one-page form: form code, fields (one empty), a checklist, a table with a total, two signatures.</summary>
    public static OfficialDocument Form() => new()
    {
        ParentAgency = "UBND HUYỆN CHƯ SÊ",
        Agency = "UBND XÃ IA TIÊM",
        Number = "Số: 12/BC-UBND",
        Place = "Ia Tiêm",
        Date = new DateOnly(2026, 2, 5),
        FormCode = "Mẫu số 01",
        Title = "PHIẾU GHI NHẬN THÔNG TIN",
        Subtitle = "Về trẻ em bị xâm hại hoặc có nguy cơ bị bạo lực, bóc lột, bỏ rơi",
        Blocks =
        [
            new Heading("I. THÔNG TIN VỀ TRẺ EM"),
            // Typed with combining marks (NFD): the renderers print the precomposed letters.
            new Fields(("Họ và tên trẻ em", Name.Normalize(NormalizationForm.FormD)), ("Ngày, tháng, năm sinh", "09/03/2015"), ("Nơi ở hiện nay", null)),
            new Checklist("Giới tính", ["Nam", "Nữ", "Không biết"], ["Nữ"]),
            new Paragraph("Tình trạng của trẻ em được ghi nhận qua Tổng đài 111.", Italic: true),
            new Table(["STT", "Nội dung", "Số lượng"], [["1", "Lần tiếp nhận", "3"], ["2", "Lần chuyển tuyến", "2"], ["", "Tổng cộng", "5"]],
                [1, 6, 2], LastRowIsTotal: true),
        ],
        Recipients = new Recipients(["- Như trên;", "- Lưu: VT."]),
        Signatures =
        [
            new Signature(null, "NGƯỜI TIẾP NHẬN", "Rơ Châm H'Lan", "(Ký, ghi rõ họ tên)"),
            new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Siu Đình"),
        ],
    };

    /// <summary>Every Vietnamese letter, in the regular, bold and italic faces.</summary>
    public static OfficialDocument Letters() => new()
    {
        Agency = "UBND XÃ IA TIÊM",
        Place = "Ia Tiêm",
        Date = new DateOnly(2026, 2, 5),
        Title = "KIỂM TRA CHỮ VIỆT",
        Blocks =
        [
            new Paragraph(Name),
            new Paragraph(DocumentFonts.VietnameseLetters),
            new Paragraph(DocumentFonts.VietnameseLetters, Bold: true),
            new Paragraph(DocumentFonts.VietnameseLetters, Italic: true),
            new Paragraph(DocumentFonts.VietnameseLetters, Bold: true, Italic: true),
        ],
    };
}
