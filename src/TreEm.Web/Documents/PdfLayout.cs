using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using S = TreEm.Web.Documents.DocumentStyle;

namespace TreEm.Web.Documents;

internal enum Align { Left, Center, Right, Justify }

internal enum TokenKind { Word, Space, Leader }

/// <summary>Part of a token: a run of text in one font, or a check box the size of the font.</summary>
internal readonly record struct Part(string? Text, XFont Font, bool? Box, double Width);

/// <summary>What a line breaks between: a word (possibly several parts kept together), a space, or a dotted leader
/// that takes the rest of the line.</summary>
internal sealed record Token(TokenKind Kind, IReadOnlyList<Part> Parts, double Width);

/// <summary>A laid-out line: its tokens without the spaces at either end, its height and the distance to the baseline.</summary>
internal sealed record Line(IReadOnlyList<Token> Tokens, double Height, double Ascent, bool Last)
{
    public double Natural => Tokens.Sum(t => t.Width);
}

/// <summary>Text laid out as lines, with its alignment and the space before and after it.</summary>
internal sealed record Block(IReadOnlyList<Line> Lines, Align Align, double Before = 0, double After = 0, double FirstIndent = 0)
{
    public double Height => Before + Lines.Sum(l => l.Height) + After;
}

/// <summary>
/// A small layout engine over PDFsharp's XGraphics: A4 pages with the Decree 30/2020 margins, word wrap with
/// justification, page breaks with the page number in the top margin from page 2 on, tables whose cells wrap and
/// whose rows grow (and split when taller than a page), ruled lines and check boxes. Units are points, y downwards.
/// </summary>
internal sealed class PdfLayout : IDisposable
{
    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);
    private readonly PdfDocument _pdf;
    private readonly Dictionary<(double, bool, bool), XFont> _fonts = [];
    private XGraphics? _gfx;

    public PdfLayout(PdfDocument pdf)
    {
        _pdf = pdf;
        NewPage();
    }

    public static double Mm(double mm) => mm * 72 / 25.4;

    public double Left { get; } = Mm(S.MarginLeftMm);
    public double Right { get; } = Mm(S.PageWidthMm - S.MarginRightMm);
    public double Top { get; } = Mm(S.MarginTopMm);
    public double Bottom { get; } = Mm(S.PageHeightMm - S.MarginBottomMm);
    public double Width => Right - Left;

    /// <summary>Where the next thing is drawn on the current page.</summary>
    public double Y { get; set; }

    public XGraphics Gfx => _gfx ?? throw new ObjectDisposedException(nameof(PdfLayout));

    public bool AtTop => Y <= Top + 0.01;

    public XFont Font(double size, bool bold = false, bool italic = false)
    {
        if (!_fonts.TryGetValue((size, bold, italic), out var font))
        {
            var style = (bold, italic) switch
            {
                (true, true) => XFontStyleEx.BoldItalic,
                (true, false) => XFontStyleEx.Bold,
                (false, true) => XFontStyleEx.Italic,
                _ => XFontStyleEx.Regular,
            };
            font = new XFont(DocumentFonts.Family, size, style, FontOptions);
            _fonts[(size, bold, italic)] = font;
        }
        return font;
    }

    public void NewPage()
    {
        _gfx?.Dispose();
        var page = _pdf.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        _gfx = XGraphics.FromPdfPage(page);
        Y = Top;
        if (_pdf.PageCount >= 2)
        {
            // Page numbers: centred in the top margin, not on the first page.
            var font = Font(S.PageNumberSize);
            var number = _pdf.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var width = Gfx.MeasureString(number, font).Width;
            Gfx.DrawString(number, font, XBrushes.Black, Left + (Width - width) / 2, Mm(S.PageNumberTopMm) + Ascent(font), XStringFormats.BaseLineLeft);
        }
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below <see cref="Y"/> (or the page is still empty).</summary>
    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom && !AtTop) NewPage();
    }

    private static double Ascent(XFont font) => font.Size * font.CellAscent / font.Metrics.UnitsPerEm;

    // ---- Tokens ---------------------------------------------------------------------------------------------------

    /// <summary>Words and spaces of a text in one font (text normalised to NFC).</summary>
    public IEnumerable<Token> Words(string? text, XFont font)
    {
        var clean = S.Clean(text);
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && !IsBreakingSpace(clean[i])) continue;
            if (i > start) yield return Word(clean[start..i], font);
            if (i < clean.Length) yield return new Token(TokenKind.Space, [new Part(" ", font, null, Measure(" ", font))], Measure(" ", font));
            start = i + 1;
        }
    }

    private static bool IsBreakingSpace(char c) => c is ' ' or '\t';

    public Token Word(string text, XFont font)
    {
        var w = Measure(text, font);
        return new Token(TokenKind.Word, [new Part(text, font, null, w)], w);
    }

    /// <summary>A check box and the option after it, kept on one line.</summary>
    public Token Option(bool selected, string text, XFont font)
    {
        var box = new Part(null, font, selected, BoxSide(font) + font.Size * 0.3);
        var label = S.Clean(text);
        var w = Measure(label, font);
        return new Token(TokenKind.Word, [box, new Part(label, font, null, w)], box.Width + w);
    }

    /// <summary>Blank space of a given width (between the options of a checklist).</summary>
    public static Token Gap(double width, XFont font) => new(TokenKind.Space, [new Part(null, font, null, width)], width);

    /// <summary>A dotted line to the end of the line (a field to fill in by hand).</summary>
    public static Token Leader(XFont font) => new(TokenKind.Leader, [new Part(null, font, null, 0)], 0);

    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : Gfx.MeasureString(text, font).Width;

    private static double BoxSide(XFont font) => font.Size * 0.72;

    // ---- Lines ----------------------------------------------------------------------------------------------------

    /// <summary>Breaks tokens into lines <paramref name="width"/> wide (the first one shorter by <paramref name="firstIndent"/>).
    /// A word longer than a line is cut between letters. Always at least one line.</summary>
    public List<Line> Wrap(IEnumerable<Token> tokens, double width, double firstIndent, XFont emptyFont)
    {
        const double MinLeader = 36;
        var lines = new List<Line>();
        var current = new List<Token>();
        var used = 0.0;
        var limit = width - firstIndent;

        void Flush()
        {
            while (current.Count > 0 && current[^1].Kind == TokenKind.Space) current.RemoveAt(current.Count - 1);
            lines.Add(MakeLine(current, emptyFont, false));
            current = [];
            used = 0;
            limit = width;
        }

        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Space:
                    if (current.Count == 0) continue;
                    current.Add(token);
                    used += token.Width;
                    break;
                case TokenKind.Leader:
                    if (limit - used < MinLeader && current.Count > 0) Flush();
                    current.Add(token with { Width = limit - used });
                    used = limit;
                    break;
                default:
                    if (used + token.Width > limit + 0.01 && current.Any(t => t.Kind != TokenKind.Space)) Flush();
                    if (token.Width <= limit - used + 0.01)
                    {
                        current.Add(token);
                        used += token.Width;
                    }
                    else
                    {
                        foreach (var piece in Cut(token, limit - used, width))
                        {
                            if (used + piece.Width > limit + 0.01 && current.Count > 0) Flush();
                            current.Add(piece);
                            used += piece.Width;
                        }
                    }
                    break;
            }
        }
        while (current.Count > 0 && current[^1].Kind == TokenKind.Space) current.RemoveAt(current.Count - 1);
        lines.Add(MakeLine(current, emptyFont, true));
        return lines;
    }

    /// <summary>A token too wide for any line, cut into pieces (letters of its text parts) that fit.</summary>
    private IEnumerable<Token> Cut(Token token, double firstRoom, double width)
    {
        var room = firstRoom > 0 ? firstRoom : width;
        foreach (var part in token.Parts)
        {
            if (part.Text is null)
            {
                yield return new Token(TokenKind.Word, [part], part.Width);
                room = width;
                continue;
            }
            var start = 0;
            while (start < part.Text.Length)
            {
                var end = Next(part.Text, start);
                while (end < part.Text.Length && Measure(part.Text[start..Next(part.Text, end)], part.Font) <= room) end = Next(part.Text, end);
                var text = part.Text[start..end];
                var w = Measure(text, part.Font);
                yield return new Token(TokenKind.Word, [new Part(text, part.Font, null, w)], w);
                start = end;
                room = width;
            }
        }
    }

    /// <summary>The index after the character at <paramref name="i"/>, keeping surrogate pairs whole.</summary>
    private static int Next(string text, int i) => i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1);

    private static Line MakeLine(List<Token> tokens, XFont emptyFont, bool last)
    {
        var fonts = tokens.SelectMany(t => t.Parts).Select(p => p.Font).DefaultIfEmpty(emptyFont).ToList();
        return new Line(tokens.ToList(), fonts.Max(f => f.GetHeight()), fonts.Max(Ascent), last);
    }

    /// <summary>A block of text of the given width, ready to measure and draw.</summary>
    public Block Layout(IEnumerable<Token> tokens, double width, Align align, XFont font, double before = 0, double after = 0, double firstIndent = 0) =>
        new(Wrap(tokens, width, firstIndent, font), align, before, after, firstIndent);

    /// <summary>Draws one line with its top at <paramref name="top"/> in the box <paramref name="x"/>..x+<paramref name="width"/>.</summary>
    public void DrawLine(Line line, double x, double width, double top, Align align)
    {
        var natural = line.Natural;
        var spaces = line.Tokens.Count(t => t.Kind == TokenKind.Space);
        var gap = align == Align.Justify && !line.Last && spaces > 0 && natural < width ? (width - natural) / spaces : 0;
        var cx = align switch
        {
            Align.Center => x + (width - natural) / 2,
            Align.Right => x + width - natural,
            _ => x,
        };
        var baseline = top + line.Ascent;
        foreach (var token in line.Tokens)
        {
            if (token.Kind == TokenKind.Leader)
            {
                DrawLeader(token.Parts[0].Font, cx, baseline, token.Width);
                cx += token.Width;
                continue;
            }
            foreach (var part in token.Parts)
            {
                if (part.Box is { } selected) DrawBox(part.Font, cx, baseline, selected);
                else if (!string.IsNullOrEmpty(part.Text) && token.Kind == TokenKind.Word)
                    Gfx.DrawString(part.Text, part.Font, XBrushes.Black, cx, baseline, XStringFormats.BaseLineLeft);
                cx += part.Width;
            }
            if (token.Kind == TokenKind.Space) cx += gap;
        }
    }

    private void DrawLeader(XFont font, double x, double baseline, double width)
    {
        var dot = Measure(".", font);
        var count = (int)Math.Floor((width - dot * 0.5) / dot);
        if (count > 0) Gfx.DrawString(new string('.', count), font, XBrushes.Black, x + dot * 0.5, baseline, XStringFormats.BaseLineLeft);
    }

    private void DrawBox(XFont font, double x, double baseline, bool selected)
    {
        var side = BoxSide(font);
        var left = x + font.Size * 0.05;
        var top = baseline - side + font.Size * 0.04;
        var pen = new XPen(XColors.Black, 0.6);
        Gfx.DrawRectangle(pen, left, top, side, side);
        if (!selected) return;
        var inset = side * 0.2;
        Gfx.DrawLine(pen, left + inset, top + inset, left + side - inset, top + side - inset);
        Gfx.DrawLine(pen, left + inset, top + side - inset, left + side - inset, top + inset);
    }

    /// <summary>A horizontal line <paramref name="length"/> long, centred in x..x+width.</summary>
    public void Rule(double x, double width, double y, double length)
    {
        var from = x + Math.Max(0, (width - length) / 2);
        Gfx.DrawLine(new XPen(XColors.Black, 0.75), from, y, from + Math.Min(length, width), y);
    }

    /// <summary>Draws a block across the text width from <see cref="Y"/>, breaking pages between lines.</summary>
    public void Flow(Block block)
    {
        if (!AtTop) Y += block.Before;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            if (Y + line.Height > Bottom && !AtTop) NewPage();
            var indent = i == 0 ? block.FirstIndent : 0;
            DrawLine(line, Left + indent, Width - indent, Y, block.Align);
            Y += line.Height;
        }
        Y += block.After;
    }

    /// <summary>Draws blocks stacked in a column without page breaks; returns the bottom.</summary>
    public double DrawColumn(IEnumerable<Block> blocks, double x, double width, double top)
    {
        var y = top;
        foreach (var block in blocks)
        {
            y += block.Before;
            for (var i = 0; i < block.Lines.Count; i++)
            {
                var indent = i == 0 ? block.FirstIndent : 0;
                DrawLine(block.Lines[i], x + indent, width - indent, y, block.Align);
                y += block.Lines[i].Height;
            }
            y += block.After;
        }
        return y;
    }

    // ---- Tables ---------------------------------------------------------------------------------------------------

    public const double CellPadX = 4, CellPadY = 2;

    /// <summary>One cell: its lines (already wrapped to the column) and their alignment.</summary>
    public sealed record Cell(IReadOnlyList<Line> Lines, Align Align);

    /// <summary>
    /// Draws a bordered table from <see cref="Y"/>: the header row at the top of the table and again on each new page;
    /// a row that does not fit goes to the next page, and a row taller than a page is split between lines.
    /// </summary>
    public void DrawTable(IReadOnlyList<double> widths, Cell[] header, IReadOnlyList<Cell[]> rows)
    {
        var headerHeight = RowHeight(header, new int[header.Length]);
        var first = rows.Count > 0 ? Math.Min(RowHeight(rows[0], new int[rows[0].Length]), 3 * header[0].Lines[0].Height + 2 * CellPadY) : 0;
        EnsureSpace(headerHeight + first);
        DrawRow(widths, header, new int[header.Length], Ends(header), headerHeight);
        var pageTop = Y;

        foreach (var row in rows)
        {
            var from = new int[row.Length];
            while (true)
            {
                var height = RowHeight(row, from);
                if (Y + height <= Bottom)
                {
                    DrawRow(widths, row, from, Ends(row), height);
                    break;
                }
                var fresh = Y <= pageTop + 0.01;
                if (!fresh && height <= Bottom - Top - headerHeight)
                {
                    NewPage();
                    DrawRow(widths, header, new int[header.Length], Ends(header), headerHeight);
                    pageTop = Y;
                    continue;
                }
                // Taller than what is left: draw the lines that fit, continue on the next page.
                var room = Bottom - Y - 2 * CellPadY;
                var to = new int[row.Length];
                for (var c = 0; c < row.Length; c++)
                {
                    var used = 0.0;
                    to[c] = from[c];
                    while (to[c] < row[c].Lines.Count && used + row[c].Lines[to[c]].Height <= room)
                        used += row[c].Lines[to[c]++].Height;
                    // A fresh page always takes at least one line, so that the loop ends.
                    if (to[c] == from[c] && fresh && to[c] < row[c].Lines.Count) to[c]++;
                }
                if (to.SequenceEqual(from))
                {
                    NewPage();
                    DrawRow(widths, header, new int[header.Length], Ends(header), headerHeight);
                    pageTop = Y;
                    continue;
                }
                DrawRow(widths, row, from, to, Math.Max(Bottom - Y, PartHeight(row, from, to)));
                from = to;
                if (row.Select((cell, c) => from[c] >= cell.Lines.Count).All(done => done)) break;
                NewPage();
                DrawRow(widths, header, new int[header.Length], Ends(header), headerHeight);
                pageTop = Y;
            }
        }
    }

    private static int[] Ends(Cell[] row) => row.Select(c => c.Lines.Count).ToArray();

    private static double PartHeight(Cell[] row, int[] from, int[] to) =>
        row.Select((cell, c) => cell.Lines.Skip(from[c]).Take(to[c] - from[c]).Sum(l => l.Height)).Max() + 2 * CellPadY;

    private static double RowHeight(Cell[] row, int[] from) => PartHeight(row, from, Ends(row));

    private void DrawRow(IReadOnlyList<double> widths, Cell[] row, int[] from, int[] to, double height)
    {
        var pen = new XPen(XColors.Black, 0.5);
        var x = Left;
        for (var c = 0; c < row.Length; c++)
        {
            Gfx.DrawRectangle(pen, x, Y, widths[c], height);
            var y = Y + CellPadY;
            for (var i = from[c]; i < to[c]; i++)
            {
                DrawLine(row[c].Lines[i], x + CellPadX, widths[c] - 2 * CellPadX, y, row[c].Align);
                y += row[c].Lines[i].Height;
            }
            x += widths[c];
        }
        Y += height;
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _gfx = null;
    }
}
