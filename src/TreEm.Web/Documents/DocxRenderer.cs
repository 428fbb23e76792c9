using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using S = TreEm.Web.Documents.DocumentStyle;

namespace TreEm.Web.Documents;

/// <summary>
/// Writes an <see cref="OfficialDocument"/> as a Word file (.docx): A4 portrait, margins 20/20/30/15 mm, Times New
/// Roman in Vietnamese (vi-VN), the Decree 30/2020 header as a borderless two-column table, page numbers centred in
/// the top margin from page 2 on (different first page).
/// </summary>
public static class DocxRenderer
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    internal const string FontName = "Times New Roman";
    /// <summary>Times New Roman has no ballot boxes; Word on Windows takes them from this font.</summary>
    internal const string SymbolFontName = "Segoe UI Symbol";
    internal const string Checked = "☒", Unchecked = "☐";

    private static readonly int TextWidth = Twips(S.TextWidthMm);

    /// <summary>The bytes of the .docx file.</summary>
    public static byte[] Render(OfficialDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = S.Describe(document);
            package.PackageProperties.Language = "vi-VN";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();

            // Page 1 gets an empty header (titlePg), the others the page number.
            var numbered = main.AddNewPart<HeaderPart>();
            numbered.Header = new W.Header(PageNumberParagraph());
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new W.Header(new W.Paragraph());

            var body = new W.Body();
            AppendHeader(body, document);
            AppendTitle(body, document);
            foreach (var block in document.Blocks)
                AppendBlock(main, body, block);
            AppendClosing(body, document);
            if (document.Annexes.Count > 0)
            {
                body.Append(new W.Paragraph(new W.Run(new W.Break { Type = W.BreakValues.Page })));
                foreach (var block in document.Annexes)
                    AppendBlock(main, body, block);
            }
            body.Append(Section(main.GetIdOfPart(numbered), main.GetIdOfPart(first)));
            main.Document = new W.Document(body);
        }
        return stream.ToArray();
    }

    // ---- Header: agency | national name and motto; number | place and date --------------------------------------

    private static void AppendHeader(W.Body body, OfficialDocument d)
    {
        if (!string.IsNullOrWhiteSpace(d.FormCode))
            body.Append(Para([Run(d.FormCode, S.FormCodeSize, bold: true)], W.JustificationValues.Right, after: 6));

        var left = Twips(S.TextWidthMm * S.HeaderLeftShare);
        var right = TextWidth - left;
        var agency = new List<W.Paragraph>();
        if (!string.IsNullOrWhiteSpace(d.ParentAgency))
            agency.Add(Para([Run(d.ParentAgency, S.AgencySize)], W.JustificationValues.Center));
        agency.Add(Para([Run(d.Agency, S.AgencySize, bold: true)], W.JustificationValues.Center));
        agency.Add(Rule(left, Twips(S.AgencyLineMm)));

        var nation = new List<W.Paragraph>
        {
            Para([Run(S.NationalName, S.NationalNameSize, bold: true)], W.JustificationValues.Center),
            Para([Run(S.Motto, S.MottoSize, bold: true)], W.JustificationValues.Center),
            // The line under the motto is as long as the motto (its width in Times New Roman 13 pt bold).
            Rule(right, MottoWidthTwips),
        };

        var number = Para(string.IsNullOrWhiteSpace(d.Number) ? [] : [Run(d.Number, S.NumberSize)], W.JustificationValues.Center, before: 6);
        var date = Para([Run(DocumentDates.PlaceAndDate(S.Clean(d.Place), d.Date), S.DateSize, italic: true)], W.JustificationValues.Center, before: 6);

        body.Append(LayoutTable([left, right],
            [Cell(left, agency), Cell(right, nation)],
            [Cell(left, [number]), Cell(right, [date])]));
    }

    /// <summary>"Độc lập - Tự do - Hạnh phúc" in Times New Roman 13 pt bold is 159.1 pt wide (Liberation Serif has the same metrics).</summary>
    private const int MottoWidthTwips = 3183;

    private static void AppendTitle(W.Body body, OfficialDocument d)
    {
        body.Append(Para([Run(d.Title, S.TitleSize, bold: true)], W.JustificationValues.Center, before: 18, keepNext: true));
        if (!string.IsNullOrWhiteSpace(d.Subtitle))
        {
            foreach (var line in S.Pieces(d.Subtitle))
                body.Append(Para([Run(line, S.TitleSize, bold: true)], W.JustificationValues.Center, keepNext: true));
            body.Append(Rule(TextWidth, Twips(S.SubtitleLineMm)));
        }
        body.Append(Para([], W.JustificationValues.Center, after: 6));
    }

    // ---- Body blocks ----------------------------------------------------------------------------------------------

    private static void AppendBlock(MainDocumentPart main, W.Body body, DocumentBlock block)
    {
        switch (block)
        {
            case Heading h:
                body.Append(Para([Run(h.Text, S.BodySize, bold: true)], W.JustificationValues.Both, before: 6, after: S.ParagraphAfterPt, indent: true, keepNext: true));
                break;
            case Paragraph p:
                foreach (var piece in S.Pieces(p.Text))
                    body.Append(Para([Run(piece, S.BodySize, p.Bold, p.Italic)], W.JustificationValues.Both, after: S.ParagraphAfterPt, indent: true));
                break;
            case Fields f:
                foreach (var field in f.Items)
                    body.Append(FieldParagraph(field));
                break;
            case Checklist c:
                body.Append(ChecklistParagraph(c));
                break;
            case Table t:
                body.Append(DataTable(t));
                // Space after the table, and two tables in a row stay two tables.
                body.Append(Para([], W.JustificationValues.Left, after: S.ParagraphAfterPt));
                break;
            case Picture picture:
                body.Append(PictureParagraph(main, picture));
                if (!string.IsNullOrWhiteSpace(picture.Caption))
                    body.Append(Para([Run(picture.Caption, S.TableSize, italic: true)], W.JustificationValues.Center, after: S.ParagraphAfterPt));
                break;
            default:
                throw new NotSupportedException($"Unknown document block {block.GetType().Name}.");
        }
    }

    /// <summary>English Metric Units per millimetre (DrawingML sizes).</summary>
    private const long EmuPerMm = 36000;

    /// <summary>A centred paragraph holding the picture inline (DrawingML), its PNG in an image part of the document.</summary>
    private static W.Paragraph PictureParagraph(MainDocumentPart main, Picture picture)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(picture.Png.ToArray()))
            image.FeedData(data);
        var id = (uint)main.ImageParts.Count();
        var scale = Math.Min(1.0, S.TextWidthMm / Math.Max(1.0, picture.WidthMm));
        var cx = (long)Math.Round(picture.WidthMm * scale * EmuPerMm);
        var cy = (long)Math.Round(picture.HeightMm * scale * EmuPerMm);
        var name = "Biểu đồ " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(
                    new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                    new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = S.Clean(picture.Caption) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        var p = Para([], W.JustificationValues.Center, before: 6, after: 3, keepNext: !string.IsNullOrWhiteSpace(picture.Caption));
        p.Append(new W.Run(new W.Drawing(inline)));
        return p;
    }

    private static W.Paragraph FieldParagraph(Field field)
    {
        var runs = new List<W.Run> { Run(S.Clean(field.Label) + ": ", S.BodySize) };
        var p = Para(runs, W.JustificationValues.Left, after: S.FieldAfterPt, indent: true);
        if (string.IsNullOrWhiteSpace(field.Value))
        {
            // A right tab at the margin with a dot leader: a dotted line to the end of the line, to fill in by hand.
            p.ParagraphProperties!.Tabs = new W.Tabs(new W.TabStop { Val = W.TabStopValues.Right, Leader = W.TabStopLeaderCharValues.Dot, Position = TextWidth });
            p.Append(TabRun(S.BodySize));
        }
        else
        {
            p.Append(Run(field.Value, S.BodySize));
        }
        return p;
    }

    private static W.Paragraph ChecklistParagraph(Checklist c)
    {
        var p = Para([Run(S.Clean(c.Label) + ":", S.BodySize)], W.JustificationValues.Left, after: S.FieldAfterPt, indent: true);
        var selected = c.Selected.Select(S.Clean).ToHashSet(StringComparer.Ordinal);
        foreach (var option in c.Options.Select(S.Clean))
        {
            p.Append(Run("   ", S.BodySize));
            // No-break spaces keep a box and its option on one line.
            p.Append(Run(selected.Contains(option) ? Checked : Unchecked, S.BodySize, font: SymbolFontName));
            p.Append(Run("\u00A0" + option.Replace(' ', '\u00A0'), S.BodySize));
        }
        return p;
    }

    private static W.Table DataTable(Table t)
    {
        var columns = t.Headers.Count;
        if (columns == 0) throw new ArgumentException("A table needs at least one column.", nameof(t));
        var widths = ColumnWidths(t.Widths, columns, TextWidth);
        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                Borders(W.BorderValues.Single),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "28", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 85, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "28", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 85, Type = W.TableWidthValues.Dxa })),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var header = new W.TableRow(new W.TableRowProperties(new W.TableHeader(), new W.CantSplit()));
        for (var i = 0; i < columns; i++)
            header.Append(Cell(widths[i], [Para([Run(t.Headers[i], S.TableSize, bold: true)], W.JustificationValues.Center)], W.TableVerticalAlignmentValues.Center));
        table.Append(header);

        for (var r = 0; r < t.Rows.Count; r++)
        {
            var bold = t.LastRowIsTotal && r == t.Rows.Count - 1;
            var row = new W.TableRow();
            for (var i = 0; i < columns; i++)
            {
                var text = i < t.Rows[r].Count ? S.Clean(t.Rows[r][i]) : "";
                var align = S.LooksNumeric(text) ? W.JustificationValues.Center : W.JustificationValues.Left;
                row.Append(Cell(widths[i], S.Pieces(text).Select(line => Para([Run(line, S.TableSize, bold)], align)).ToList()));
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>Relative widths scaled to <paramref name="total"/>; the last column takes the rounding.</summary>
    internal static int[] ColumnWidths(IReadOnlyList<double>? relative, int columns, int total)
    {
        var widths = S.Fractions(relative, columns).Select(f => (int)Math.Floor(total * f)).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    // ---- Closing: "Nơi nhận" and the signatures ------------------------------------------------------------------

    private static void AppendClosing(W.Body body, OfficialDocument d)
    {
        if (d.Recipients is null && d.Signatures.Count == 0) return;
        var shares = S.ClosingShares(d.Recipients is not null, d.Signatures.Count);
        var widths = ColumnWidths(shares, shares.Length, TextWidth);
        var cells = new List<W.TableCell>();
        var c = 0;
        if (d.Recipients is { } recipients)
        {
            var lines = new List<W.Paragraph> { Para([Run(S.RecipientsLabel, S.RecipientsLabelSize, bold: true, italic: true)], W.JustificationValues.Left) };
            lines.AddRange(recipients.Lines.Select(l => Para([Run(l, S.RecipientsSize)], W.JustificationValues.Left)));
            cells.Add(Cell(widths[c++], lines));
        }
        foreach (var s in d.Signatures)
        {
            var lines = new List<W.Paragraph>();
            if (!string.IsNullOrWhiteSpace(s.Authority))
                lines.Add(Para([Run(s.Authority, S.SignatureSize, bold: true)], W.JustificationValues.Center, keepNext: true));
            lines.Add(Para([Run(s.Title, S.SignatureSize, bold: true)], W.JustificationValues.Center, keepNext: true));
            if (!string.IsNullOrWhiteSpace(s.Note))
                lines.Add(Para([Run(s.Note, S.RecipientsLabelSize, italic: true)], W.JustificationValues.Center, keepNext: true));
            lines.Add(Para(string.IsNullOrWhiteSpace(s.Name) ? [] : [Run(s.Name, S.SignatureSize, bold: true)],
                W.JustificationValues.Center, before: S.SignatureSpaceMm * 72 / 25.4));
            cells.Add(Cell(widths[c++], lines));
        }
        body.Append(Para([], W.JustificationValues.Left, after: 6, keepNext: true));
        body.Append(LayoutTable(widths, [.. cells]));
    }

    // ---- Building blocks ------------------------------------------------------------------------------------------

    internal static int Twips(double mm) => (int)Math.Round(mm * 1440 / 25.4);

    private static W.RunProperties RunProps(double size, bool bold = false, bool italic = false, string font = FontName)
    {
        var halfPoints = ((int)Math.Round(size * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new W.RunProperties
        {
            RunFonts = new W.RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
            Bold = bold ? new W.Bold() : null,
            BoldComplexScript = bold ? new W.BoldComplexScript() : null,
            Italic = italic ? new W.Italic() : null,
            ItalicComplexScript = italic ? new W.ItalicComplexScript() : null,
            FontSize = new W.FontSize { Val = halfPoints },
            FontSizeComplexScript = new W.FontSizeComplexScript { Val = halfPoints },
            Languages = new W.Languages { Val = "vi-VN", EastAsia = "vi-VN" },
        };
    }

    private static W.Run Run(string? text, double size, bool bold = false, bool italic = false, string font = FontName) =>
        new(RunProps(size, bold, italic, font), new W.Text(S.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });

    private static W.Run TabRun(double size) => new(RunProps(size), new W.TabChar());

    private static W.Paragraph Para(IEnumerable<W.Run> runs, W.JustificationValues align, double before = 0, double after = 0,
        bool indent = false, bool keepNext = false)
    {
        var props = new W.ParagraphProperties
        {
            KeepNext = keepNext ? new W.KeepNext() : null,
            SpacingBetweenLines = new W.SpacingBetweenLines
            {
                Before = Points20(before), After = Points20(after), Line = "240", LineRule = W.LineSpacingRuleValues.Auto,
            },
            Indentation = indent ? new W.Indentation { FirstLine = Twips(S.FirstLineIndentMm).ToString(System.Globalization.CultureInfo.InvariantCulture) } : null,
            Justification = new W.Justification { Val = align },
        };
        var p = new W.Paragraph(props);
        p.Append(runs);
        return p;
    }

    private static string Points20(double points) => ((int)Math.Round(points * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A thin centred line of <paramref name="length"/> twips in a column <paramref name="width"/> twips wide, 2 pt
    /// below the text above: the top border of an empty 1 pt paragraph indented from both sides.</summary>
    private static W.Paragraph Rule(int width, int length)
    {
        var side = Math.Max(0, (width - length) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new W.Paragraph(new W.ParagraphProperties
        {
            ParagraphBorders = new W.ParagraphBorders(new W.TopBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            SpacingBetweenLines = new W.SpacingBetweenLines { Before = "40", After = "0", Line = "20", LineRule = W.LineSpacingRuleValues.Exact },
            Indentation = new W.Indentation { Left = side, Right = side },
            ParagraphMarkRunProperties = new W.ParagraphMarkRunProperties(new W.FontSize { Val = "2" }),
        });
    }

    private static W.TableCell Cell(int width, List<W.Paragraph> paragraphs, W.TableVerticalAlignmentValues? vertical = null)
    {
        var props = new W.TableCellProperties(new W.TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
        if (vertical is { } v) props.Append(new W.TableCellVerticalAlignment { Val = v });
        var cell = new W.TableCell(props);
        // A cell must hold at least one paragraph.
        cell.Append(paragraphs.Count > 0 ? paragraphs : [new W.Paragraph()]);
        return cell;
    }

    private static W.TableBorders Borders(W.BorderValues kind)
    {
        T B<T>() where T : W.BorderType, new() => new() { Val = kind, Size = kind == W.BorderValues.None ? 0U : 4U, Space = 0, Color = "000000" };
        return new W.TableBorders(B<W.TopBorder>(), B<W.LeftBorder>(), B<W.BottomBorder>(), B<W.RightBorder>(),
            B<W.InsideHorizontalBorder>(), B<W.InsideVerticalBorder>());
    }

    /// <summary>A borderless table without cell margins, for the header and the closing; rows do not split across pages.</summary>
    private static W.Table LayoutTable(IReadOnlyList<int> widths, params W.TableCell[][] rows)
    {
        var table = new W.Table(
            new W.TableProperties(
                new W.TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa },
                Borders(W.BorderValues.None),
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableCellMarginDefault(
                    new W.TableCellLeftMargin { Width = 0, Type = W.TableWidthValues.Dxa },
                    new W.TableCellRightMargin { Width = 0, Type = W.TableWidthValues.Dxa })),
            new W.TableGrid(widths.Select(w => new W.GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var cells in rows)
        {
            var row = new W.TableRow(new W.TableRowProperties(new W.CantSplit()));
            row.Append(cells);
            table.Append(row);
        }
        return table;
    }

    private static W.Paragraph PageNumberParagraph()
    {
        var props = new W.ParagraphProperties { Justification = new W.Justification { Val = W.JustificationValues.Center } };
        return new W.Paragraph(props,
            new W.Run(RunProps(S.PageNumberSize), new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(RunProps(S.PageNumberSize), new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(RunProps(S.PageNumberSize), new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            new W.Run(RunProps(S.PageNumberSize), new W.Text("2")),
            new W.Run(RunProps(S.PageNumberSize), new W.FieldChar { FieldCharType = W.FieldCharValues.End }));
    }

    private static W.SectionProperties Section(string numberedHeaderId, string firstHeaderId) => new(
        new W.HeaderReference { Type = W.HeaderFooterValues.Default, Id = numberedHeaderId },
        new W.HeaderReference { Type = W.HeaderFooterValues.First, Id = firstHeaderId },
        new W.PageSize { Width = (uint)Twips(S.PageWidthMm), Height = (uint)Twips(S.PageHeightMm), Orient = W.PageOrientationValues.Portrait },
        new W.PageMargin
        {
            Top = Twips(S.MarginTopMm), Bottom = Twips(S.MarginBottomMm),
            Left = (uint)Twips(S.MarginLeftMm), Right = (uint)Twips(S.MarginRightMm),
            Header = (uint)Twips(S.PageNumberTopMm), Footer = (uint)Twips(S.PageNumberTopMm), Gutter = 0,
        },
        new W.TitlePage());

    /// <summary>Document defaults: Times New Roman 14 pt, Vietnamese, no paragraph spacing; a plain Normal style.</summary>
    private static W.Styles Styles() => new(
        new W.DocDefaults(
            new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                new W.RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                new W.FontSize { Val = "28" }, new W.FontSizeComplexScript { Val = "28" },
                new W.Languages { Val = "vi-VN", EastAsia = "vi-VN" })),
            new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                new W.SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto }))),
        new W.Style(new W.StyleName { Val = "Normal" }, new W.PrimaryStyle())
        {
            Type = W.StyleValues.Paragraph, StyleId = "Normal", Default = true,
        });
}
