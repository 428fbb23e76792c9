namespace TreEm.Domain;

/// <summary>
/// An administrative unit (đơn vị hành chính): province, district, commune, village... The tree's levels are data:
/// a unit's tier comes from its <see cref="UnitType"/>, and any unit may be the parent of any lower one, so the
/// 2021 tree (tỉnh → huyện → xã → thôn) and the 2025 tree (tỉnh → xã → thôn) both fit.
/// </summary>
public class OrgUnit : Auditing.IHasUnit
{
    int? Auditing.IHasUnit.AuditUnitId => Id;

    public int Id { get; set; }

    /// <summary>Official code of the statistics office (mã đơn vị hành chính); villages use a local code.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Lower case, no diacritics, đ → d: what searches compare against.</summary>
    public string NameSearch { get; set; } = "";

    public string TypeCode { get; set; } = "";
    public UnitType? Type { get; set; }

    public int? ParentId { get; set; }
    public OrgUnit? Parent { get; set; }
    public List<OrgUnit> Children { get; set; } = [];

    /// <summary>Materialised path of codes, "/64/633/23944/": scope checks are prefix comparisons.</summary>
    public string Path { get; set; } = "/";

    /// <summary>Xã/huyện đặc biệt khó khăn.</summary>
    public bool IsExtremelyDifficult { get; set; }

    /// <summary>Miền núi.</summary>
    public bool IsMountainous { get; set; }

    /// <summary>Vùng đồng bào dân tộc thiểu số.</summary>
    public bool IsEthnicMinorityArea { get; set; }

    public DateOnly? ValidFrom { get; set; }

    /// <summary>Set when the unit is merged or dissolved; historical records keep pointing at it.</summary>
    public DateOnly? ValidTo { get; set; }

    public bool IsActiveOn(DateOnly day) =>
        (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day < ValidTo);

    public static string PathFor(OrgUnit? parent, string code) =>
        (parent?.Path ?? "/") + code + "/";

    /// <summary>Number of ancestors: 0 for a root.</summary>
    public int Depth => Path.Count(c => c == '/') - 2;
}

/// <summary>How a unit changed into another: the 2025 reform merges communes and removes districts.</summary>
public enum UnitSuccessionKind
{
    Merge = 1,
    Split = 2,
    Rename = 3,
    Reparent = 4,
}

/// <summary>Predecessor → successor link, so records made in a former unit can be mapped to today's units.</summary>
public class UnitSuccession
{
    public int Id { get; set; }
    public int PredecessorId { get; set; }
    public OrgUnit? Predecessor { get; set; }
    public int SuccessorId { get; set; }
    public OrgUnit? Successor { get; set; }
    public UnitSuccessionKind Kind { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public string? LegalBasis { get; set; }
}
