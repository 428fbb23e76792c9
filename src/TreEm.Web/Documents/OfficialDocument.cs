namespace TreEm.Web.Documents;

/// <summary>
/// An administrative document laid out as Decree 30/2020/NĐ-CP prescribes (Phụ lục I): the header (agency, national
/// name and motto, number, place and date), the title, the body as a list of blocks, then "Nơi nhận" and the
/// signatures. A plain model: <see cref="DocxRenderer"/> and <see cref="PdfRenderer"/> turn the same instance into a
/// Word file and a PDF that look alike.
/// </summary>
/// <remarks>
/// Texts are given as they should print: the renderers do not change case (write agency names, titles and signing
/// authorities in capitals), but they normalise Unicode to NFC so that decomposed tone marks print correctly.
/// </remarks>
public sealed record OfficialDocument
{
    /// <summary>Cơ quan chủ quản, e.g. "UBND HUYỆN CHƯ SÊ"; empty when the issuing agency has none. Upright, not bold.</summary>
    public string ParentAgency { get; init; } = "";

    /// <summary>Cơ quan ban hành, e.g. "UBND XÃ IA TIÊM": capitals, bold, a short line underneath.</summary>
    public required string Agency { get; init; }

    /// <summary>Số, ký hiệu, e.g. "Số: 12/BC-UBND"; null or empty prints nothing.</summary>
    public string? Number { get; init; }

    /// <summary>Địa danh, e.g. "Ia Tiêm": printed before the date ("Ia Tiêm, ngày 05 tháng 02 năm 2026").</summary>
    public required string Place { get; init; }

    /// <summary>Ngày ban hành. See <see cref="DocumentDates.PlaceAndDate"/> for the padding rules.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Code of a prescribed form, e.g. "Mẫu số 01", printed at the top right above the national name; null for none.</summary>
    public string? FormCode { get; init; }

    /// <summary>Tên loại văn bản in capitals, e.g. "BÁO CÁO"; centred, bold.</summary>
    public required string Title { get; init; }

    /// <summary>Trích yếu nội dung, e.g. "Tình hình trẻ em có hoàn cảnh đặc biệt năm 2026"; centred, bold, a short line underneath.</summary>
    public string? Subtitle { get; init; }

    /// <summary>The body, in order: <see cref="Heading"/>, <see cref="Paragraph"/>, <see cref="Fields"/>, <see cref="Table"/>, <see cref="Checklist"/>, <see cref="Picture"/>.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];

    /// <summary>"Nơi nhận:" and its lines at the bottom left; null for none.</summary>
    public Recipients? Recipients { get; init; }

    /// <summary>Signature columns at the bottom, from left to right (after <see cref="Recipients"/> when there is one):
    /// usually one, two for a form signed by the receiving officer and the reporter.</summary>
    public IReadOnlyList<Signature> Signatures { get; init; } = [];

    /// <summary>Blocks printed after the signatures, from a new page (the appendices of a report); empty for none.</summary>
    public IReadOnlyList<DocumentBlock> Annexes { get; init; } = [];
}

/// <summary>One block of the body. The kinds are the records deriving from it.</summary>
public abstract record DocumentBlock;

/// <summary>A section heading, bold, kept with what follows; give the numbering in the text ("I. TÌNH HÌNH CHUNG").</summary>
public sealed record Heading(string Text) : DocumentBlock;

/// <summary>A body paragraph: justified, first line indented 1 cm, 6 pt after. A line break ('\n') starts a new paragraph.</summary>
public sealed record Paragraph(string Text, bool Bold = false, bool Italic = false) : DocumentBlock;

/// <summary>A list of "label: value" lines. An empty value prints a dotted line to the right margin, to be filled in on paper.</summary>
public sealed record Fields(IReadOnlyList<Field> Items) : DocumentBlock
{
    /// <summary>Shorthand: <c>new Fields(("Họ và tên", "Nguyễn Văn A"), ("Địa chỉ", null))</c>.</summary>
    public Fields(params (string Label, string? Value)[] items) : this(items.Select(i => new Field(i.Label, i.Value)).ToList()) { }
}

/// <summary>One line of <see cref="Fields"/>; the renderers add the colon after the label.</summary>
public sealed record Field(string Label, string? Value);

/// <summary>
/// A bordered table as wide as the text. The header row is bold and repeats on each page; cells wrap and rows grow.
/// </summary>
/// <param name="Headers">Column titles; their count is the number of columns.</param>
/// <param name="Rows">Cells by row; a short row is padded with empty cells.</param>
/// <param name="Widths">Relative column widths (e.g. 1, 5, 2, 2), scaled to the text width; null for equal columns.</param>
/// <param name="LastRowIsTotal">Print the last row in bold (a "Tổng cộng" row).</param>
public sealed record Table(
    IReadOnlyList<string> Headers,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<double>? Widths = null,
    bool LastRowIsTotal = false) : DocumentBlock;

/// <summary>A label and options with boxes, the chosen ones ticked: "Giới tính: ☒ Nam ☐ Nữ ☐ Không biết".</summary>
/// <param name="Label">Printed before the options, followed by a colon.</param>
/// <param name="Options">The choices, in order.</param>
/// <param name="Selected">The ticked choices (compared by exact text); empty prints every box empty, for a form filled in by hand.</param>
public sealed record Checklist(string Label, IReadOnlyList<string> Options, IReadOnlyCollection<string> Selected) : DocumentBlock;

/// <summary>
/// A picture (a chart) centred on its own line, scaled to <paramref name="WidthMm"/> × <paramref name="HeightMm"/> (at
/// most the text width), kept together with its caption printed in italics underneath.
/// </summary>
/// <param name="Png">The PNG bytes.</param>
/// <param name="WidthMm">Printed width in millimetres.</param>
/// <param name="HeightMm">Printed height in millimetres.</param>
/// <param name="Caption">A line under the picture ("Biểu đồ 1. ..."); null for none.</param>
public sealed record Picture(ReadOnlyMemory<byte> Png, double WidthMm, double HeightMm, string? Caption = null) : DocumentBlock;

/// <summary>"Nơi nhận:" and the lines under it, e.g. "- Như trên;", "- Lưu: VT.".</summary>
public sealed record Recipients(IReadOnlyList<string> Lines);

/// <summary>A signature column: authority and title in capitals, room to sign, then the signer's name.</summary>
/// <param name="Authority">Quyền hạn ký, e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"; null for none.</param>
/// <param name="Title">Chức vụ or role, e.g. "CHỦ TỊCH", "NGƯỜI TIẾP NHẬN".</param>
/// <param name="Name">Họ tên người ký; null leaves the space empty (signed and named by hand).</param>
/// <param name="Note">A small italic line under the title, e.g. "(Ký, ghi rõ họ tên)"; null for none.</param>
public sealed record Signature(string? Authority, string Title, string? Name, string? Note = null);
