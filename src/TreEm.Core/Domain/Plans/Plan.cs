namespace TreEm.Domain.Plans;

/// <summary>
/// A unit's yearly plan for child work (Kế hoạch thực hiện công tác trẻ em), e.g. Kế hoạch 18/KH-SLĐTB&amp;XH of Gia
/// Lai for 2021. A district plan may be derived from the province's (<see cref="ParentPlanId"/>), copying its targets.
/// </summary>
public class Plan : Auditing.IHasUnit, IVersioned
{
    int? Auditing.IHasUnit.AuditUnitId => UnitId;
    public int Id { get; set; }
    public int UnitId { get; set; }
    public OrgUnit? Unit { get; set; }
    public int Year { get; set; }
    /// <summary>Number and symbol, e.g. "18/KH-SLĐTB&amp;XH".</summary>
    public string Number { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Legal bases (căn cứ), one per line.</summary>
    public string LegalBases { get; set; } = "";
    /// <summary>Tasks and solutions (nhiệm vụ, giải pháp), one per line.</summary>
    public string Tasks { get; set; } = "";
    public int? ParentPlanId { get; set; }
    public Plan? ParentPlan { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public int Version { get; set; }
    public List<PlanTarget> Targets { get; set; } = [];
}

/// <summary>How a target compares the indicator's value with <see cref="PlanTarget.Value"/>.</summary>
public enum TargetComparator
{
    /// <summary>≥ value (98,5 %, 4 tỷ).</summary>
    AtLeast,
    /// <summary>≤ value.</summary>
    AtMost,
    /// <summary>= value (100 %).</summary>
    Equal,
    /// <summary>Less than the same period of the previous year ("giảm so với năm 2020"); no value.</summary>
    BelowPreviousYear,
}

/// <summary>A target of a plan: an indicator, a comparator and a value.</summary>
public class PlanTarget
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public int Order { get; set; }
    public string IndicatorCode { get; set; } = "";
    public TargetComparator Comparator { get; set; }
    public decimal? Value { get; set; }
    /// <summary>The wording of the plan ("98,5% trẻ em có hoàn cảnh đặc biệt được trợ giúp dưới nhiều hình thức").</summary>
    public string Text { get; set; } = "";
}
