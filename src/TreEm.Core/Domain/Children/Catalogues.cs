namespace TreEm.Domain.Children;

/// <summary>One of the 54 ethnic groups of Vietnam, with the statistics office's code (01 Kinh … 54 Rơ Măm).</summary>
public class Ethnicity
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameSearch { get; set; } = "";
    public int SortOrder { get; set; }

    /// <summary>Kinh is the majority; the other 53 count as ethnic minorities (dân tộc thiểu số) in reports.</summary>
    public bool IsMinority => Code != "01";
}

/// <summary>
/// One of the 14 groups of children in special circumstances (Law on Children 2016, Art. 10(1), letters a–o in the
/// Vietnamese alphabet, so "đ" follows "d" and there is no f or j). Versioned by validity dates.
/// </summary>
public class SpecialCircumstanceGroup
{
    /// <summary>The letter as printed in the law: a, b, c, d, đ, e, g, h, i, k, l, m, n, o.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public int SortOrder { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public List<SpecialCircumstanceSubgroup> Subgroups { get; set; } = [];
}

/// <summary>A sub-group of Decree 56/2017 Chapter II (e.g. an orphan living with relatives).</summary>
public class SpecialCircumstanceSubgroup
{
    /// <summary>Group letter and number, "a.3".</summary>
    public string Code { get; set; } = "";
    public string GroupCode { get; set; } = "";
    public SpecialCircumstanceGroup? Group { get; set; }
    public string Name { get; set; } = "";
    public string LegalBasis { get; set; } = "";
    public int SortOrder { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
}

/// <summary>A situation that puts a child at risk of falling into special circumstances. Configurable catalogue:
/// the law gives no list, provinces keep their own.</summary>
public class AtRiskSituation
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
}
