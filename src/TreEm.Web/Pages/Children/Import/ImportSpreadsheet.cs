using System.Globalization;
using System.Text;
using MiniExcelLibs;
using TreEm.Data.Seed;

namespace TreEm.Web.Pages.Children.Import;

/// <summary>A file that cannot be imported; the message is for the user (a resource key with its arguments).</summary>
public sealed class SpreadsheetException : Exception
{
    public SpreadsheetException(string format, params object[] args)
        : this(null, format, args)
    {
    }

    public SpreadsheetException(Exception? inner, string format, params object[] args)
        : base(string.Format(CultureInfo.InvariantCulture, format, args), inner)
    {
        Format = format;
        Args = args;
    }

    /// <summary>The Vietnamese text with {0}… placeholders: the key of its translations.</summary>
    public string Format { get; }
    public object[] Args { get; }
}

public enum SpreadsheetKind
{
    Xlsx = 1,
    Csv = 2,
}

/// <summary>One row of a sheet: its number as Excel shows it (1-based) and its cells in the header's order.</summary>
public sealed record SheetRow(int Number, string[] Cells);

/// <summary>
/// An .xlsx (first sheet, read with MiniExcel) or CSV file (UTF-8 with or without BOM, or single-byte legacy text
/// when it is not valid UTF-8) opened for import. The header row is the first of the first rows that names most
/// template columns (title rows above it are skipped); <see cref="Rows"/> reads the data rows below it, from the
/// file each time, so a large file is never held in memory.
/// </summary>
public sealed class ImportSpreadsheet
{
    private const int HeaderSearchRows = 30;

    private readonly string _path;
    private readonly Encoding? _encoding;

    private ImportSpreadsheet(string path, SpreadsheetKind kind, Encoding? encoding)
    {
        _path = path;
        Kind = kind;
        _encoding = encoding;
    }

    public SpreadsheetKind Kind { get; }

    /// <summary>For a CSV file: UTF-8, UTF-16, or Latin-1 (single-byte legacy text, converted later).</summary>
    public Encoding? TextEncoding => _encoding;

    public int HeaderRow { get; private set; }
    public IReadOnlyList<string> Headers { get; private set; } = [];

    /// <summary>Opens the file and finds its header row. <paramref name="headerScore"/> says how well a row looks
    /// like the header (the number of known columns it names).</summary>
    public static ImportSpreadsheet Open(string path, string displayName, Func<IReadOnlyList<string>, int> headerScore)
    {
        var kind = Sniff(path, displayName);
        var sheet = kind == SpreadsheetKind.Xlsx
            ? new ImportSpreadsheet(path, kind, null)
            : new ImportSpreadsheet(path, kind, CsvEncoding(path));
        sheet.FindHeader(headerScore, displayName);
        return sheet;
    }

    private static SpreadsheetKind Sniff(string path, string name)
    {
        var head = new byte[8192];
        int read;
        using (var f = File.OpenRead(path)) read = f.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var span = head.AsSpan(0, read);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (read == 0) throw new SpreadsheetException("Tệp «{0}» trống (0 byte).", name);
        if (span.StartsWith("PK\u0003\u0004"u8)) return SpreadsheetKind.Xlsx;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
            throw new SpreadsheetException("Tệp «{0}» là tệp Excel 97–2003 (.xls). Hãy mở tệp trong Excel và chọn Lưu thành → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó.", name);
        if (extension == ".xlsx")
            throw new SpreadsheetException("Tệp «{0}» không phải tệp Excel (.xlsx) hợp lệ: nội dung không phải bảng tính (có thể là tệp khác bị đổi tên, như hình ảnh hoặc tài liệu).", name);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return SpreadsheetKind.Csv;
        var control = 0;
        foreach (var b in span)
        {
            if (b == 0) throw NotText(name);
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) control++;
        }
        if (control * 20 > span.Length) throw NotText(name);
        return SpreadsheetKind.Csv;
    }

    private static SpreadsheetException NotText(string name) =>
        new("Tệp «{0}» không phải tệp CSV dạng văn bản (có vẻ là tệp nhị phân như hình ảnh hoặc tài liệu). Hãy chọn tệp .xlsx hoặc .csv theo mẫu.", name);

    /// <summary>UTF-8 when the whole file is valid UTF-8 (with or without BOM); UTF-16 with its BOM; otherwise the
    /// bytes are single-byte legacy text, read as Latin-1 so that each byte stays one character for the converter.</summary>
    private static Encoding CsvEncoding(string path)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            using var reader = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[64 * 1024];
            while (reader.Read(buffer, 0, buffer.Length) > 0) { }
            return reader.CurrentEncoding is UnicodeEncoding ? reader.CurrentEncoding : strict;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1;
        }
    }

    private void FindHeader(Func<IReadOnlyList<string>, int> headerScore, string name)
    {
        var best = (Row: 0, Score: 0, Cells: Array.Empty<string>());
        var firstNonEmpty = (Row: 0, Cells: Array.Empty<string>());
        try
        {
            foreach (var (number, cells) in RawRows().Take(HeaderSearchRows))
            {
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                if (firstNonEmpty.Row == 0) firstNonEmpty = (number, cells);
                var score = headerScore(cells);
                if (score > best.Score) best = (number, score, cells);
                if (score >= 4) break;
            }
        }
        catch (SpreadsheetException) { throw; }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Corrupt(name, e);
        }
        if (firstNonEmpty.Row == 0)
            throw new SpreadsheetException("Tệp «{0}» không có dữ liệu: không có dòng tiêu đề và dòng trẻ em nào.", name);
        var (row, header) = best.Score > 0 ? (best.Row, best.Cells) : firstNonEmpty;
        HeaderRow = row;
        // Trailing empty header cells carry nothing.
        var length = header.Length;
        while (length > 0 && string.IsNullOrWhiteSpace(header[length - 1])) length--;
        Headers = header.Take(length).Select(h => h.Trim()).ToArray();
    }

    private SpreadsheetException Corrupt(string name, Exception e) => Kind == SpreadsheetKind.Xlsx
        ? new SpreadsheetException(e, "Tệp «{0}» bị hỏng hoặc không phải tệp Excel (.xlsx) hợp lệ, không đọc được. Hãy mở lại tệp trong Excel, lưu thành .xlsx rồi thử lại.", name)
        : new SpreadsheetException(e, "Tệp «{0}» không đọc được như tệp CSV.", name);

    /// <summary>The data rows below the header, without the empty ones, cells aligned with <see cref="Headers"/>.</summary>
    public IEnumerable<SheetRow> Rows(string name)
    {
        using var rows = RawRows().GetEnumerator();
        while (true)
        {
            (int Number, string[] Cells) current;
            try
            {
                if (!rows.MoveNext()) yield break;
                current = rows.Current;
            }
            catch (Exception e) when (e is not OperationCanceledException and not SpreadsheetException)
            {
                throw Corrupt(name, e);
            }
            if (current.Number <= HeaderRow) continue;
            var cells = new string[Headers.Count];
            var any = false;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = i < current.Cells.Length ? current.Cells[i].Trim() : "";
                if (cells[i].Length > 0) any = true;
            }
            if (any) yield return new SheetRow(current.Number, cells);
        }
    }

    private IEnumerable<(int Number, string[] Cells)> RawRows() =>
        Kind == SpreadsheetKind.Xlsx ? XlsxRows() : CsvRows();

    private IEnumerable<(int, string[])> XlsxRows()
    {
        using var stream = File.OpenRead(_path);
        var number = 0;
        foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            number++;
            var cells = new string[row.Count];
            var i = 0;
            foreach (var value in row.Values) cells[i++] = CellText(value);
            yield return (number, cells);
        }
    }

    private IEnumerable<(int, string[])> CsvRows()
    {
        using var reader = new StreamReader(_path, _encoding!, detectEncodingFromByteOrderMarks: !Equals(_encoding, Encoding.Latin1));
        var number = 0;
        foreach (var row in CsvTable.Read(reader))
        {
            number++;
            yield return (number, row.Fields);
        }
    }

    /// <summary>A cell as text: dates as dd/MM/yyyy, whole numbers without decimals or exponent.</summary>
    public static string CellText(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        double n when Math.Abs(n % 1) < 1e-9 && Math.Abs(n) < 1e15 => n.ToString("0", CultureInfo.InvariantCulture),
        double n => n.ToString(CultureInfo.InvariantCulture),
        decimal n => n.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
