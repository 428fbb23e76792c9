using System.Globalization;
using TreEm.Domain.Indicators;
using TreEm.Domain.Plans;

namespace TreEm.Web.Pages.Plans;

/// <summary>How plans, targets and their values are written on the pages (Vietnamese keys of PlansResource).</summary>
public static class PlanText
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Url(int id) => "/plans/" + id.ToString(CultureInfo.InvariantCulture);

    public static string DashboardUrl(string unitCode, int? year, int? target = null) =>
        "/dashboard" + ListFilters.QueryString(("unit", unitCode), ("year", year?.ToString(CultureInfo.InvariantCulture)),
            ("target", target?.ToString(CultureInfo.InvariantCulture)));

    public static readonly TargetComparator[] Comparators =
        [TargetComparator.AtLeast, TargetComparator.Equal, TargetComparator.AtMost, TargetComparator.BelowPreviousYear];

    /// <summary>The comparator's name in the targets editor.</summary>
    public static string Comparator(TargetComparator c) => c switch
    {
        TargetComparator.AtLeast => "Không thấp hơn (≥)",
        TargetComparator.AtMost => "Không vượt quá (≤)",
        TargetComparator.Equal => "Bằng (=)",
        _ => "Giảm so với cùng kỳ năm trước",
    };

    public static string Symbol(TargetComparator c) => c switch
    {
        TargetComparator.AtLeast => "≥",
        TargetComparator.AtMost => "≤",
        TargetComparator.Equal => "=",
        _ => "<",
    };

    public static string State(TargetState s) => s switch
    {
        TargetState.Met => "Đạt",
        TargetState.OnTrack => "Đúng tiến độ",
        TargetState.Behind => "Chậm",
        _ => "Chưa có số liệu",
    };

    public static string StateBadge(TargetState s) => s switch
    {
        TargetState.Met => "badge badge-ok",
        TargetState.OnTrack => "badge",
        TargetState.Behind => "badge badge-overdue",
        _ => "badge badge-off",
    };

    /// <summary>A number the Vietnamese way: 98,5 and 4.000.000.000.</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##", Vietnamese);

    /// <summary>A value with its unit of measure ("98,5 %", "4.000.000.000 đồng"), or "—" when there is none.</summary>
    public static string Value(decimal? value, IndicatorDefinition? definition)
    {
        if (value is not { } v) return "—";
        if (definition is null) return Number(v);
        return definition.Measure == IndicatorMeasure.Percent ? Number(v) + " %" : Number(v) + " " + definition.UnitOfMeasure;
    }

    /// <summary>The target as a short formula: "≥ 98,5 %", "giảm so với cùng kỳ năm trước".</summary>
    public static string Goal(PlanTarget target, IndicatorDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.Comparator == TargetComparator.BelowPreviousYear
            ? "giảm so với cùng kỳ năm trước"
            : Symbol(target.Comparator) + " " + Value(target.Value, definition);
    }

    /// <summary>Reads a number typed the Vietnamese way ("98,5", "4.000.000.000", "4 000 000 000") or with a decimal
    /// point ("98.5"); null when it is not a number.</summary>
    public static decimal? ParseNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var s = new string(text.Trim().Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '%').ToArray());
        if (s.Contains(',', StringComparison.Ordinal))
        {
            s = s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        else
        {
            var dots = s.Count(c => c == '.');
            if (dots > 1 || (dots == 1 && s.Length - s.IndexOf('.', StringComparison.Ordinal) - 1 == 3))
                s = s.Replace(".", "", StringComparison.Ordinal);
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    /// <summary>A value for an input box, as the user would type it (98,5; 4.000.000.000).</summary>
    public static string Input(decimal? value) => value is { } v ? Number(v) : "";

    /// <summary>The lines of a multi-line text (legal bases, tasks), without the empty ones.</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
}
