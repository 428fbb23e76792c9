using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Communication;

/// <summary>A unit as the activity pages use it.</summary>
public sealed record ActivityUnit(int Id, string Code, string Name, string Path);

/// <summary>
/// Units, rights and small parsing shared by the communication, inspection and injury pages. A unit outside the
/// user's activity scope does not exist for them; inside it without the write capability, the write is forbidden.
/// </summary>
public static class ActivityKit
{
    public const int PageSize = 50;

    /// <summary>A unit of the user's activity read scope, by its official code; null when there is none.</summary>
    public static async Task<ActivityUnit?> FindReadableAsync(TreEmDbContext db, UserScope scope, string? code, CancellationToken ct)
    {
        var c = Clean(code);
        if (c is null) return null;
        return await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityRead))
            .Where(u => u.Code == c).Select(u => new ActivityUnit(u.Id, u.Code, u.Name, u.Path)).FirstOrDefaultAsync(ct);
    }

    public static bool CanWrite(UserScope scope, IReadOnlySet<Role> capability, string unitPath) => scope.For(capability).Covers(unitPath);

    public static bool CanWriteSomewhere(UserScope scope, IReadOnlySet<Role> capability)
    {
        var s = scope.For(capability);
        return s.All || s.Paths.Count > 0;
    }

    /// <summary>The code of the first unit where the user holds the capability (their own unit), for a new form.</summary>
    public static string? HomeUnitCode(UserScope scope, IReadOnlySet<Role> capability)
    {
        var s = scope.For(capability);
        if (s.All || s.Paths.Count == 0) return null;
        var parts = s.Paths[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? null : parts[^1];
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A whole number as typed ("1.200" and "1 200" accepted); null when empty or not a number.</summary>
    public static int? ParseCount(string? text)
    {
        var t = Clean(text)?.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    public static string Count(int value) =>
        value.ToString("#,##0", new NumberFormatInfo { NumberGroupSeparator = ".", NumberGroupSizes = [3] });

    public static string? Query(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();

    public static int? Year(IQueryCollection q) =>
        int.TryParse(Query(q, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;

    public static int PageNumber(IQueryCollection q) =>
        int.TryParse(Query(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;

    public static TEnum? Enum<TEnum>(IQueryCollection q, string key) where TEnum : struct, System.Enum =>
        System.Enum.TryParse<TEnum>(Query(q, key), out var v) && System.Enum.IsDefined(v) ? v : null;

    public static bool Flag(IQueryCollection q, string key) => Query(q, key) is "1" or "true" or "on";

    /// <summary>"?a=1&amp;b=2" from the non-empty values, or "".</summary>
    public static string QueryString(params (string Key, string? Value)[] parts)
    {
        var kept = parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)).ToList();
        return kept.Count == 0 ? "" : "?" + string.Join("&", kept);
    }

    public static (DateOnly First, DateOnly Last) YearRange(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static (int Page, int Pages) Paging(int count, int requested)
    {
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        return (Math.Min(requested, pages), pages);
    }
}

/// <summary>The .xlsx exports of the activity lists: a header block, then the rows; texts neutralised (<see cref="Spreadsheet"/>).</summary>
public static class ActivityExcel
{
    private const int Columns = 13;

    /// <summary>The header block (title, unit, filter, date, author, totals) followed by the column names and the rows.</summary>
    public static byte[] Build(IStringLocalizer l, string sheet, string title, string? unitLabel, string filter, DateTime now, string by,
        string totals, object?[] header, IEnumerable<object?[]> rows)
    {
        IEnumerable<IDictionary<string, object?>> All()
        {
            foreach (var line in Spreadsheet.Header(l, Columns, title, unitLabel, filter, now, by)) yield return line;
            yield return Spreadsheet.Cells(Columns, totals);
            yield return Spreadsheet.Cells(Columns);
            yield return Spreadsheet.Cells(Columns, header);
            foreach (var r in rows) yield return Spreadsheet.Cells(Columns, r);
        }
        return Spreadsheet.Save(All(), sheet);
    }
}
