using System.Globalization;
using TreEm.Data.Indicators;
using TreEm.Domain.Reports;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Reports;

/// <summary>The words and numbers of the report pages: statuses, timeliness, kinds, figures and time left.</summary>
public static class ReportText
{
    private static readonly NumberFormatInfo Vietnamese = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "−" };

    public static string Url(int id) => "/reports/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Status(ReportStatus? status) => status switch
    {
        ReportStatus.Draft => "Dự thảo",
        ReportStatus.Submitted => "Đã gửi",
        ReportStatus.Returned => "Trả lại",
        ReportStatus.Accepted => "Đã tiếp nhận",
        _ => "Chưa lập",
    };

    public static string StatusBadge(ReportStatus? status) => status switch
    {
        ReportStatus.Accepted => "badge badge-ok",
        ReportStatus.Returned => "badge badge-warn",
        ReportStatus.Submitted => "badge",
        _ => "badge badge-off",
    };

    public static string Timeliness(ReportTimeliness t) => t switch
    {
        ReportTimeliness.OnTime => "Đúng hạn",
        ReportTimeliness.Late => "Muộn",
        ReportTimeliness.Missing => "Chưa gửi",
        _ => "Quá hạn",
    };

    public static string TimelinessBadge(ReportTimeliness t) => t switch
    {
        ReportTimeliness.OnTime => "badge badge-ok",
        ReportTimeliness.Late => "badge badge-warn",
        ReportTimeliness.Missing => "badge badge-off",
        _ => "badge badge-overdue",
    };

    public static string Kind(ReportPeriodKind kind) => kind == ReportPeriodKind.SixMonths ? "6 tháng đầu năm" : "Năm";

    /// <summary>"Báo cáo 6 tháng đầu năm 2021".</summary>
    public static string PeriodName(ReportPeriod p) => "Báo cáo " + p.Title;

    /// <summary>1234.5 → "1.234,5"; null → "".</summary>
    public static string Number(decimal? v) => v?.ToString("#,##0.##", Vietnamese) ?? "";

    /// <summary>A figure with its unit of measure's sign for percents ("97,2 %").</summary>
    public static string Figure(string code, decimal? v)
    {
        if (v is null) return "";
        return IndicatorCatalogue.Find(code)?.Measure == Domain.Indicators.IndicatorMeasure.Percent ? Number(v) + " %" : Number(v);
    }

    public static string IndicatorName(string code) => IndicatorCatalogue.Find(code)?.NameVi ?? code;

    /// <summary>"Còn 3 ngày", "Hạn cuối là hôm nay", "Quá hạn 2 ngày" for a deadline (end of that day, Vietnam time).</summary>
    public static string TimeLeft(Microsoft.Extensions.Localization.IStringLocalizer l, DateOnly deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(l);
        var days = deadline.DayNumber - today.DayNumber;
        return days switch
        {
            > 0 => l["Còn {0} ngày", days].Value,
            0 => l["Hạn cuối là hôm nay"].Value,
            _ => l["Quá hạn {0} ngày", -days].Value,
        };
    }

    /// <summary>"10:42" in Vietnam time.</summary>
    public static string Clock(DateTime utc) => Display.ToVietnamTime(utc).ToString("HH:mm", CultureInfo.InvariantCulture);
}
