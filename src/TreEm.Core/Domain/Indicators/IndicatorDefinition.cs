namespace TreEm.Domain.Indicators;

/// <summary>What a value of an indicator counts, which decides how it is summed and shown.</summary>
public enum IndicatorMeasure
{
    /// <summary>A number of children, cases, units or people: sums across units.</summary>
    Count,
    /// <summary>A share in percent, with its numerator and denominator (those sum; the share is recomputed).</summary>
    Percent,
    /// <summary>An amount of money in VND: sums across units.</summary>
    Amount,
}

/// <summary>The period an indicator is meant for (modelled on Circular 13/2021's "kỳ công bố").</summary>
public enum IndicatorPeriodType
{
    /// <summary>Six months or a year: the report periods.</summary>
    SixMonthsOrYear,
    /// <summary>Only meaningful for a whole year (training of officers, the fund target).</summary>
    Year,
}

/// <summary>
/// One indicator definition (issue 6 item 1, SPEC §3.7). The formula lives in code
/// (<c>TreEm.Data.Indicators.IndicatorEngine</c>); <see cref="Formula"/> describes it for people.
/// </summary>
/// <param name="Code">Stable code used by plans, appendix layouts, snapshots, the API and DHIS2 (e.g. "HCDB_TRO_GIUP_PT").</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Measure">Count, percent or amount.</param>
/// <param name="UnitOfMeasure">Vietnamese unit of measure ("trẻ em", "%", "đồng", "huyện"...).</param>
/// <param name="Breakdowns">The breakdown dimensions a value may carry besides its total (keys of <see cref="IndicatorValue.Key"/>).</param>
/// <param name="PeriodType">The periods it is meant for.</param>
/// <param name="Formula">Numerator and denominator in plain words.</param>
/// <param name="Appendix">The appendix (1–4) it belongs to, or 0 for a plan target only.</param>
public sealed record IndicatorDefinition(
    string Code,
    string NameVi,
    string NameEn,
    IndicatorMeasure Measure,
    string UnitOfMeasure,
    IReadOnlyList<string> Breakdowns,
    IndicatorPeriodType PeriodType,
    string Formula,
    int Appendix);

/// <summary>
/// A value of an indicator for a unit's subtree and a period. <see cref="Key"/> is "" for the total, otherwise
/// "dimension:key" (e.g. "sex:Nu", "form:HocBong", "unit:633").
/// </summary>
public sealed record IndicatorValue(string Code, string Key, decimal? Value, decimal? Numerator = null, decimal? Denominator = null)
{
    public const string Total = "";

    public bool IsTotal => Key.Length == 0;
}

/// <summary>
/// A span of days the figures cover, both ends included (Vietnam dates). DHIS2 names six months "2021S1" and a
/// year "2021"; any other span has no DHIS2 name.
/// </summary>
public sealed record FigurePeriod(DateOnly From, DateOnly To)
{
    public static FigurePeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static FigurePeriod FirstHalf(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));

    /// <summary>The same span one year earlier (for "so với cùng kỳ").</summary>
    public FigurePeriod PreviousYear() => new(From.AddYears(-1), To.AddYears(-1));

    /// <summary>Parses "2021" (the year) or "2021S1" (January–June) and "2021S2" (July–December).</summary>
    public static FigurePeriod? ParseDhis2(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim().ToUpperInvariant();
        if (name.Length == 4 && int.TryParse(name, out var y) && y is >= 2000 and <= 2100) return Year(y);
        if (name.Length == 6 && name[4] == 'S' && int.TryParse(name[..4], out y) && y is >= 2000 and <= 2100)
            return name[5] switch
            {
                '1' => FirstHalf(y),
                '2' => new FigurePeriod(new DateOnly(y, 7, 1), new DateOnly(y, 12, 31)),
                _ => null,
            };
        return null;
    }

    /// <summary>The DHIS2 name when the span is a calendar year or half-year, otherwise null.</summary>
    public string? Dhis2Name =>
        From.Day == 1 && From.Month == 1 && To == new DateOnly(From.Year, 12, 31) ? $"{From.Year}"
        : From.Day == 1 && From.Month == 1 && To == new DateOnly(From.Year, 6, 30) ? $"{From.Year}S1"
        : From.Day == 1 && From.Month == 7 && To == new DateOnly(From.Year, 12, 31) ? $"{From.Year}S2"
        : null;
}
