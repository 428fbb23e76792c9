using TreEm.Domain.Indicators;

namespace TreEm.Domain.Reports;

public enum ReportPeriodKind
{
    /// <summary>Báo cáo 6 tháng đầu năm.</summary>
    SixMonths,
    /// <summary>Báo cáo năm.</summary>
    Annual,
}

/// <summary>
/// A report period the province sets for a year (issue 6 item 3): what the figures cover and when the reports are
/// due. The six-month figures run from 1 January to the cut-off the province chooses (in 2021 the report was due
/// 25/5, so the figures stop before 30/6); the annual figures likewise.
/// </summary>
public class ReportPeriod : IVersioned
{
    public int Id { get; set; }
    public int Year { get; set; }
    public ReportPeriodKind Kind { get; set; }
    /// <summary>First day the figures cover.</summary>
    public DateOnly From { get; set; }
    /// <summary>Last day the figures cover (the cut-off), included.</summary>
    public DateOnly CutOff { get; set; }
    /// <summary>The day a district's report is due at the province (end of that day, Vietnam time).</summary>
    public DateOnly Deadline { get; set; }
    /// <summary>The day a commune's report is due at its district; null: the same as <see cref="Deadline"/>.</summary>
    public DateOnly? CommuneDeadline { get; set; }
    /// <summary>How many days before the deadline the reminder goes out.</summary>
    public int ReminderDays { get; set; } = 5;
    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The span the figures cover.</summary>
    public FigurePeriod Figures => new(From, CutOff);

    /// <summary>The DHIS2 period name: "2021S1" for the six months, "2021" for the year.</summary>
    public string Dhis2Name => Kind == ReportPeriodKind.SixMonths ? $"{Year}S1" : $"{Year}";

    /// <summary>"6 tháng đầu năm 2021" / "năm 2021".</summary>
    public string Title => Kind == ReportPeriodKind.SixMonths ? $"6 tháng đầu năm {Year}" : $"năm {Year}";

    /// <summary>The deadline for a report of a unit of this type.</summary>
    public DateOnly DeadlineFor(UnitTier tier) =>
        tier == UnitTier.Commune && CommuneDeadline is { } d ? d : Deadline;
}
