using System.Globalization;

namespace TreEm.Web.Hosting;

/// <summary>How dates and times are shown: dd/MM/yyyy, in Vietnam time (UTC+7, no daylight saving).</summary>
public static class Display
{
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static System.DateTime ToVietnamTime(System.DateTime utc) => System.DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(VietnamOffset);

    public static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Date(System.DateTime? utc) => utc is null ? "" : ToVietnamTime(utc.Value).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string DateTime(System.DateTime? utc) => utc is null ? "" : ToVietnamTime(utc.Value).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Parses a dd/MM/yyyy date typed in a filter; null when empty or invalid.</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Today's date in Vietnam, by the given clock: the day that rules on ages and deadlines use.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToVietnamTime(time.GetUtcNow().UtcDateTime));

    /// <summary>The UTC instant at which a Vietnam calendar day starts.</summary>
    public static System.DateTime StartOfDayUtc(DateOnly d) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - VietnamOffset;
}
