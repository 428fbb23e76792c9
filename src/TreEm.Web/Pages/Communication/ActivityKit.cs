using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;

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

/// <summary>The .xlsx exports of the activity lists: a header block, then the rows; texts neutralised; audited.</summary>
public static class ActivityExcel
{
    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"];

    /// <summary>"Full name (login)" of the user exporting.</summary>
    public static string By(ClaimsPrincipal user, string userName)
    {
        var fullName = user.FindFirstValue(ClaimTypes.GivenName);
        return string.IsNullOrEmpty(fullName) || fullName == userName ? userName : $"{fullName} ({userName})";
    }

    /// <summary>The header block (title, unit, filter, date, author, totals) followed by the column names and the rows.</summary>
    public static byte[] Build(IStringLocalizer l, string sheet, string title, string? unitLabel, string filter, DateTime now, string by,
        string totals, object?[] header, IEnumerable<object?[]> rows)
    {
        IEnumerable<IDictionary<string, object?>> All()
        {
            yield return Cells(title);
            yield return Cells(l["Đơn vị: {0}", unitLabel ?? l["Phạm vi của người xuất"]]);
            yield return Cells(l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
            yield return Cells(l["Ngày xuất: {0}", Display.DateTime(now)]);
            yield return Cells(l["Người xuất: {0}", by]);
            yield return Cells(totals);
            yield return Cells();
            yield return Cells(header);
            foreach (var r in rows) yield return Cells(r);
        }
        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(All(), printHeader: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: config);
        return stream.ToArray();
    }

    /// <summary>Queues the export's audit row (saved by the caller's SaveChanges).</summary>
    public static void Audit(TreEmDbContext db, IAuditActor actor, DateTime now, string entity, string filter, int rows)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = now, UserId = actor.UserId, UserName = actor.UserName, Entity = entity,
            Key = filter.Length == 0 ? "*" : filter.Length <= 200 ? filter : filter[..199] + "…",
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new { filter, rows }),
        });
    }

    public static string FileName(string prefix, DateTime now) =>
        prefix + "-" + Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture) + ".xlsx";

    private static Dictionary<string, object?> Cells(params object?[] values)
    {
        var row = new Dictionary<string, object?>(Columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++)
        {
            var v = i < values.Length ? values[i] : null;
            row[Columns[i]] = v switch
            {
                LocalizedString s => ChildExportWriter.Neutralise(s.Value),
                string s => ChildExportWriter.Neutralise(s),
                _ => v,
            };
        }
        return row;
    }
}
