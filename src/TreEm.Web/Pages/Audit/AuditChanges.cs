using System.Globalization;
using System.Text.Json;
using TreEm.Auditing;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Audit;

/// <summary>A value of the audit JSON as shown: text (dates in Vietnam time), a yes/no, or nothing.</summary>
public sealed record AuditValue(string? Text, bool? Flag = null)
{
    public static readonly AuditValue None = new(Text: null);
    public bool IsEmpty => Text is null && Flag is null;
}

/// <summary>One property of a change: its name, the value before and the value after.</summary>
public sealed record AuditChange(string Field, AuditValue Before, AuditValue After);

/// <summary>Turns the JSON objects of an audit entry into rows "trường / trước / sau".</summary>
public static class AuditChanges
{
    public static IReadOnlyList<AuditChange> Of(AuditRow row) => Of(row.Action, row.OldValues, row.NewValues);

    public static IReadOnlyList<AuditChange> Of(AuditAction action, string? oldValues, string? newValues)
    {
        var before = Parse(oldValues);
        var after = Parse(newValues);
        IEnumerable<string> fields = action switch
        {
            AuditAction.Insert => after.Keys,
            AuditAction.Delete => before.Keys,
            _ => before.Keys.Union(after.Keys),
        };
        return fields.Distinct().Order(StringComparer.Ordinal)
            .Select(f => new AuditChange(f, before.GetValueOrDefault(f) ?? AuditValue.None, after.GetValueOrDefault(f) ?? AuditValue.None))
            .ToList();
    }

    /// <summary>Indents a JSON object for reading; anything that is not JSON is returned as it is.</summary>
    public static string Pretty(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(doc.RootElement, PrettyOptions);
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static readonly JsonSerializerOptions PrettyOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static Dictionary<string, AuditValue> Parse(string? json)
    {
        var values = new Dictionary<string, AuditValue>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json)) return values;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                values["(JSON)"] = new AuditValue(json);
                return values;
            }
            foreach (var p in doc.RootElement.EnumerateObject()) values[p.Name] = ValueOf(p.Value);
        }
        catch (JsonException)
        {
            // The log is written by the application, so this should not happen; show the text rather than fail.
            values["(JSON)"] = new AuditValue(json);
        }
        return values;
    }

    private static AuditValue ValueOf(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => AuditValue.None,
        JsonValueKind.True => new AuditValue(null, true),
        JsonValueKind.False => new AuditValue(null, false),
        JsonValueKind.String => new AuditValue(Text(e.GetString()!)),
        _ => new AuditValue(e.GetRawText()),
    };

    private static string Text(string s)
    {
        // Instants are stored in UTC ("2026-11-30T02:00:00Z") and shown in Vietnam time; dates as dd/MM/yyyy.
        if (s.Length >= 20 && s.EndsWith('Z') && s[10] == 'T'
            && System.DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc))
            return Display.DateTime(utc);
        if (s.Length == 10 && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return Display.Date(d);
        return s;
    }
}
