using System.Text;

namespace TreEm.Data.Seed;

/// <summary>
/// A small RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF, and the
/// delimiter (comma, semicolon or tab) taken from the header line, since Excel in a Vietnamese locale saves
/// CSV with semicolons. Rows keep their line numbers so errors can name them.
/// </summary>
public static class CsvTable
{
    public sealed record CsvRow(int Line, string[] Fields);

    public static IEnumerable<CsvRow> Read(TextReader reader)
    {
        var first = true;
        var delimiter = ',';
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var rowStart = 1;
        var buffered = new StringBuilder();
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            if (first)
            {
                if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
                delimiter = DetectDelimiter(text);
                first = false;
            }
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                        else inQuotes = false;
                    }
                    else field.Append(c);
                }
                else if (c == '"' && field.Length == 0) inQuotes = true;
                else if (c == delimiter) { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            if (inQuotes)
            {
                field.Append('\n');
                line++;
                continue;
            }
            fields.Add(field.ToString());
            field.Clear();
            yield return new CsvRow(rowStart, fields.ToArray());
            fields.Clear();
            line++;
            rowStart = line;
        }
        if (inQuotes || fields.Count > 0 || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRow(rowStart, fields.ToArray());
        }
    }

    private static char DetectDelimiter(string header)
    {
        var best = ',';
        var bestCount = header.Count(c => c == ',');
        foreach (var d in new[] { ';', '\t' })
        {
            var n = header.Count(c => c == d);
            if (n > bestCount) { best = d; bestCount = n; }
        }
        return best;
    }
}
