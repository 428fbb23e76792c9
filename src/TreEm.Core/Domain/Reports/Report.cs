namespace TreEm.Domain.Reports;

public enum ReportStatus
{
    /// <summary>Dự thảo: the unit is writing it; figures are live.</summary>
    Draft,
    /// <summary>Đã gửi: the figures are frozen in <see cref="Report.Figures"/>.</summary>
    Submitted,
    /// <summary>Trả lại: the receiving unit sent it back with comments; editable again.</summary>
    Returned,
    /// <summary>Đã tiếp nhận: final.</summary>
    Accepted,
}

/// <summary>
/// A unit's report for a period (issue 6 items 4–5): the text sections its officer writes, the snapshot of figures
/// frozen at submission, and the history of its transitions. Commune reports go to the district, district reports to
/// the province; a province report consolidates the accepted district reports.
/// </summary>
public class Report : Auditing.IHasUnit, IVersioned
{
    int? Auditing.IHasUnit.AuditUnitId => UnitId;
    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public int PeriodId { get; set; }
    public ReportPeriod? Period { get; set; }
    public ReportStatus Status { get; set; }
    /// <summary>Official number ("15/BC-LĐTBXH"), written by the officer before printing.</summary>
    public string? Number { get; set; }
    /// <summary>The officer who signs (name), and their title ("KT. TRƯỞNG PHÒNG...").</summary>
    public string? SignerName { get; set; }
    public string? SignerTitle { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    /// <summary>The last submission: timeliness is judged on the first one (<see cref="FirstSubmittedAt"/>).</summary>
    public DateTime? SubmittedAt { get; set; }
    public DateTime? FirstSubmittedAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    /// <summary>When figures were frozen; null while there is no snapshot.</summary>
    public DateTime? SnapshotAt { get; set; }
    public int Version { get; set; }
    /// <summary>True when <see cref="Figures"/> hold the sums of the accepted reports of the units below (the
    /// consolidation of a province or district report) rather than the unit's own live figures: submission then
    /// freezes the consolidated sums.</summary>
    public bool IsConsolidated { get; set; }
    public List<ReportSection> Sections { get; set; } = [];
    public List<ReportFigure> Figures { get; set; } = [];
    public List<ReportTransition> Transitions { get; set; } = [];
}

/// <summary>A text section of the outline ("I.1", "II.2", "III.1", "IV.3"...), written by the officer.</summary>
public class ReportSection
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>
/// One frozen figure of a submitted report: an indicator value for the report's unit and period, and the same
/// period of the previous year. Written once at submission and never changed (the DbContext refuses).
/// </summary>
public class ReportFigure
{
    public long Id { get; set; }
    public int ReportId { get; set; }
    public string Code { get; set; } = "";
    /// <summary>"" for the total, otherwise "dimension:key".</summary>
    public string Key { get; set; } = "";
    public decimal? Value { get; set; }
    public decimal? Numerator { get; set; }
    public decimal? Denominator { get; set; }
    public decimal? PreviousValue { get; set; }
}

/// <summary>One move of the workflow, with who, when and why (a return needs comments).</summary>
public class ReportTransition
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public ReportStatus From { get; set; }
    public ReportStatus To { get; set; }
    public string? Reason { get; set; }
    public string UserName { get; set; } = "";
    public int? UserUnitId { get; set; }
    public DateTime At { get; set; }
}

/// <summary>
/// The layout of a numeric appendix (1–4), kept as data so that a province can change rows without a release
/// (issue 6 item 4). <see cref="RowsJson"/> is a JSON array of rows:
/// <c>{"label": "...", "code": "INDICATOR", "key": "", "level": 0}</c>; a row without code is a heading.
/// </summary>
public class AppendixLayout : IVersioned
{
    public int Id { get; set; }
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string RowsJson { get; set; } = "[]";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
    public int Version { get; set; }
}
