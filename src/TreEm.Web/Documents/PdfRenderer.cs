using PdfSharp.Pdf;
using S = TreEm.Web.Documents.DocumentStyle;

namespace TreEm.Web.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a PDF with PDFsharp, laid out like <see cref="DocxRenderer"/>'s Word
/// file: A4, margins 20/20/30/15 mm, the Decree 30/2020 header, justified body text, tables whose header row repeats
/// on each page, page numbers in the top margin from page 2 on. The serif font (Times New Roman or Liberation Serif,
/// see <see cref="DocumentFonts"/>) is embedded as a Unicode subset, so every Vietnamese letter prints.
/// </summary>
public static class PdfRenderer
{
    public const string ContentType = "application/pdf";

    /// <summary>The bytes of the PDF file.</summary>
    /// <exception cref="InvalidOperationException">No usable font is installed (the message names the font to install).</exception>
    public static byte[] Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentFonts.EnsureRegistered();
        using var pdf = new PdfDocument();
        pdf.Info.Title = S.Describe(document);
        pdf.Info.Creator = "TreEm";
        pdf.Language = "vi-VN";
        using (var layout = new PdfLayout(pdf))
        {
            Header(layout, document);
            Title(layout, document);
            foreach (var block in document.Blocks)
                Body(layout, block);
            Closing(layout, document);
            if (document.Annexes.Count > 0)
            {
                layout.NewPage();
                foreach (var block in document.Annexes)
                    Body(layout, block);
            }
        }
        using var stream = new MemoryStream();
        pdf.Save(stream, false);
        return stream.ToArray();
    }

    private static void Header(PdfLayout l, OfficialDocument d)
    {
        if (!string.IsNullOrWhiteSpace(d.FormCode))
        {
            var font = l.Font(S.FormCodeSize, bold: true);
            l.Flow(l.Layout(l.Words(d.FormCode, font), l.Width, Align.Right, font, after: 6));
        }

        var leftWidth = l.Width * S.HeaderLeftShare;
        var rightWidth = l.Width - leftWidth;
        var rightX = l.Left + leftWidth;
        var top = l.Y;

        var agency = new List<Block>();
        if (!string.IsNullOrWhiteSpace(d.ParentAgency))
        {
            var parent = l.Font(S.AgencySize);
            agency.Add(l.Layout(l.Words(d.ParentAgency, parent), leftWidth, Align.Center, parent));
        }
        var agencyFont = l.Font(S.AgencySize, bold: true);
        agency.Add(l.Layout(l.Words(d.Agency, agencyFont), leftWidth, Align.Center, agencyFont));
        var leftBottom = l.DrawColumn(agency, l.Left, leftWidth, top);
        l.Rule(l.Left, leftWidth, leftBottom + 2, PdfLayout.Mm(S.AgencyLineMm));

        var nationFont = l.Font(S.NationalNameSize, bold: true);
        var mottoFont = l.Font(S.MottoSize, bold: true);
        var rightBottom = l.DrawColumn(
            [
                l.Layout(l.Words(S.NationalName, nationFont), rightWidth, Align.Center, nationFont),
                l.Layout(l.Words(S.Motto, mottoFont), rightWidth, Align.Center, mottoFont),
            ], rightX, rightWidth, top);
        // The line under the motto is as long as the motto.
        l.Rule(rightX, rightWidth, rightBottom + 2, l.Measure(S.Motto, mottoFont));

        var second = Math.Max(leftBottom, rightBottom) + 8;
        var numberFont = l.Font(S.NumberSize);
        var dateFont = l.Font(S.DateSize, italic: true);
        var numberBottom = string.IsNullOrWhiteSpace(d.Number)
            ? second
            : l.DrawColumn([l.Layout(l.Words(d.Number, numberFont), leftWidth, Align.Center, numberFont)], l.Left, leftWidth, second);
        var dateBottom = l.DrawColumn([l.Layout(l.Words(DocumentDates.PlaceAndDate(S.Clean(d.Place), d.Date), dateFont), rightWidth, Align.Center, dateFont)],
            rightX, rightWidth, second);
        l.Y = Math.Max(numberBottom, dateBottom);
    }

    private static void Title(PdfLayout l, OfficialDocument d)
    {
        var font = l.Font(S.TitleSize, bold: true);
        var blocks = new List<Block> { l.Layout(l.Words(d.Title, font), l.Width, Align.Center, font, before: 18) };
        if (!string.IsNullOrWhiteSpace(d.Subtitle))
            blocks.AddRange(S.Pieces(d.Subtitle).Select(piece => l.Layout(l.Words(piece, font), l.Width, Align.Center, font)));
        l.EnsureSpace(blocks.Sum(b => b.Height) + 3 * font.GetHeight());
        foreach (var block in blocks) l.Flow(block);
        if (!string.IsNullOrWhiteSpace(d.Subtitle))
        {
            l.Rule(l.Left, l.Width, l.Y + 3, PdfLayout.Mm(S.SubtitleLineMm));
            l.Y += 4;
        }
        l.Y += 12;
    }

    private static void Body(PdfLayout l, DocumentBlock block)
    {
        var indent = PdfLayout.Mm(S.FirstLineIndentMm);
        var body = l.Font(S.BodySize);
        switch (block)
        {
            case Heading h:
            {
                var font = l.Font(S.BodySize, bold: true);
                var laid = l.Layout(l.Words(h.Text, font), l.Width, Align.Justify, font, before: 6, after: S.ParagraphAfterPt, firstIndent: indent);
                // Kept with the next two lines.
                l.EnsureSpace(laid.Height + 2 * body.GetHeight());
                l.Flow(laid);
                break;
            }
            case Paragraph p:
            {
                var font = l.Font(S.BodySize, p.Bold, p.Italic);
                foreach (var piece in S.Pieces(p.Text))
                    l.Flow(l.Layout(l.Words(piece, font), l.Width, Align.Justify, font, after: S.ParagraphAfterPt, firstIndent: indent));
                break;
            }
            case Fields f:
                foreach (var field in f.Items)
                {
                    var tokens = l.Words(S.Clean(field.Label) + ": ", body).ToList();
                    if (string.IsNullOrWhiteSpace(field.Value)) tokens.Add(PdfLayout.Leader(body));
                    else tokens.AddRange(l.Words(field.Value, body));
                    l.Flow(l.Layout(tokens, l.Width, Align.Left, body, after: S.FieldAfterPt, firstIndent: indent));
                }
                break;
            case Checklist c:
            {
                var tokens = l.Words(S.Clean(c.Label) + ":", body).ToList();
                var selected = c.Selected.Select(S.Clean).ToHashSet(StringComparer.Ordinal);
                foreach (var option in c.Options.Select(S.Clean))
                {
                    tokens.Add(PdfLayout.Gap(body.Size * 0.9, body));
                    tokens.Add(l.Option(selected.Contains(option), option, body));
                }
                l.Flow(l.Layout(tokens, l.Width, Align.Left, body, after: S.FieldAfterPt, firstIndent: indent));
                break;
            }
            case Table t:
                DrawTable(l, t);
                l.Y += S.ParagraphAfterPt;
                break;
            case Picture picture:
                DrawPicture(l, picture);
                break;
            default:
                throw new NotSupportedException($"Unknown document block {block.GetType().Name}.");
        }
    }

    /// <summary>The picture centred at its size (at most the text width), kept on one page with its caption.</summary>
    private static void DrawPicture(PdfLayout l, Picture picture)
    {
        var scale = Math.Min(1.0, l.Width / Math.Max(1.0, PdfLayout.Mm(picture.WidthMm)));
        var width = PdfLayout.Mm(picture.WidthMm) * scale;
        var height = PdfLayout.Mm(picture.HeightMm) * scale;
        var captionFont = l.Font(S.TableSize, italic: true);
        var caption = string.IsNullOrWhiteSpace(picture.Caption) ? null
            : l.Layout(l.Words(picture.Caption, captionFont), l.Width, Align.Center, captionFont, before: 3, after: S.ParagraphAfterPt);
        l.EnsureSpace(6 + height + (caption?.Height ?? 0));
        l.Y += 6;
        using (var stream = new MemoryStream(picture.Png.ToArray()))
        using (var image = PdfSharp.Drawing.XImage.FromStream(stream))
            l.Gfx.DrawImage(image, l.Left + (l.Width - width) / 2, l.Y, width, height);
        l.Y += height;
        if (caption is not null) l.Flow(caption);
        else l.Y += S.ParagraphAfterPt;
    }

    private static void DrawTable(PdfLayout l, Table t)
    {
        var columns = t.Headers.Count;
        if (columns == 0) throw new ArgumentException("A table needs at least one column.", nameof(t));
        var widths = S.Fractions(t.Widths, columns).Select(f => f * l.Width).ToArray();
        var inner = widths.Select(w => w - 2 * PdfLayout.CellPadX).ToArray();
        var headFont = l.Font(S.TableSize, bold: true);
        var header = t.Headers.Select((h, i) => Cell(l, h, inner[i], headFont, Align.Center)).ToArray();
        var rows = t.Rows.Select((row, r) =>
        {
            var font = l.Font(S.TableSize, bold: t.LastRowIsTotal && r == t.Rows.Count - 1);
            return Enumerable.Range(0, columns).Select(i =>
            {
                var text = i < row.Count ? S.Clean(row[i]) : "";
                return Cell(l, text, inner[i], font, S.LooksNumeric(text) ? Align.Center : Align.Left);
            }).ToArray();
        }).ToList();
        l.DrawTable(widths, header, rows);
    }

    private static PdfLayout.Cell Cell(PdfLayout l, string text, double width, PdfSharp.Drawing.XFont font, Align align) =>
        new(S.Pieces(text).SelectMany(piece => l.Wrap(l.Words(piece, font), width, 0, font)).ToList(), align);

    private static void Closing(PdfLayout l, OfficialDocument d)
    {
        if (d.Recipients is null && d.Signatures.Count == 0) return;
        var shares = S.Fractions(S.ClosingShares(d.Recipients is not null, d.Signatures.Count), (d.Recipients is null ? 0 : 1) + d.Signatures.Count);
        var widths = shares.Select(f => f * l.Width).ToArray();
        var columns = new List<List<Block>>();
        var c = 0;
        if (d.Recipients is { } recipients)
        {
            var w = widths[c++];
            var label = l.Font(S.RecipientsLabelSize, bold: true, italic: true);
            var line = l.Font(S.RecipientsSize);
            var blocks = new List<Block> { l.Layout(l.Words(S.RecipientsLabel, label), w, Align.Left, label) };
            blocks.AddRange(recipients.Lines.Select(text => l.Layout(l.Words(text, line), w, Align.Left, line)));
            columns.Add(blocks);
        }
        foreach (var s in d.Signatures)
        {
            var w = widths[c++];
            var bold = l.Font(S.SignatureSize, bold: true);
            var blocks = new List<Block>();
            if (!string.IsNullOrWhiteSpace(s.Authority)) blocks.Add(l.Layout(l.Words(s.Authority, bold), w, Align.Center, bold));
            blocks.Add(l.Layout(l.Words(s.Title, bold), w, Align.Center, bold));
            if (!string.IsNullOrWhiteSpace(s.Note))
            {
                var note = l.Font(S.RecipientsLabelSize, italic: true);
                blocks.Add(l.Layout(l.Words(s.Note, note), w, Align.Center, note));
            }
            blocks.Add(l.Layout(l.Words(s.Name, bold), w, Align.Center, bold, before: PdfLayout.Mm(S.SignatureSpaceMm)));
            columns.Add(blocks);
        }

        // The closing stays together: on the next page when it does not fit.
        var height = columns.Max(col => col.Sum(b => b.Height));
        l.Y += 12;
        l.EnsureSpace(height);
        var top = l.Y;
        var x = l.Left;
        var bottom = top;
        for (var i = 0; i < columns.Count; i++)
        {
            bottom = Math.Max(bottom, l.DrawColumn(columns[i], x, widths[i], top));
            x += widths[i];
        }
        l.Y = bottom;
    }
}
