using TreEm.Domain;
using TreEm.Domain.Children;

namespace TreEm.Data;

/// <summary>
/// The register's filters, shared by the list page, its export and the API, so that the three always agree.
/// Apply it to a query that is already scoped (<c>db.Children.VisibleTo(scope)</c>).
/// </summary>
public sealed record ChildFilter
{
    /// <summary>Name (ignoring case and diacritics, any part of it) or an exact identity number.</summary>
    public string? Query { get; init; }

    /// <summary>Official code of a unit: the children registered in its subtree.</summary>
    public string? UnitPath { get; init; }

    /// <summary>A special-circumstance group letter (a…o) current today; "*" for any group.</summary>
    public string? GroupCode { get; init; }

    /// <summary>An at-risk situation code current today; "*" for any.</summary>
    public string? AtRiskCode { get; init; }

    /// <summary>Lower bound of an age band (0, 6, 11): the band is [from, to].</summary>
    public int? AgeFrom { get; init; }
    public int? AgeTo { get; init; }
    public Sex? Sex { get; init; }
    public string? EthnicityCode { get; init; }

    /// <summary>Null: every status. The list's default is <see cref="ChildStatus.DangQuanLy"/>.</summary>
    public ChildStatus? Status { get; init; }

    public IQueryable<Child> Apply(IQueryable<Child> children, DateOnly today)
    {
        var q = children.Where(c => c.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim();
            var normalised = VietnameseText.Normalize(text);
            q = text.All(char.IsAsciiDigit) && text.Length >= 9
                ? q.Where(c => c.IdentityNumber == text)
                : q.Where(c => c.NameSearch.Contains(normalised));
        }
        if (!string.IsNullOrEmpty(UnitPath)) q = q.Where(c => c.Unit!.Path.StartsWith(UnitPath));
        if (Status is { } status) q = q.Where(c => c.Status == status);
        if (Sex is { } sex) q = q.Where(c => c.Sex == sex);
        if (!string.IsNullOrEmpty(EthnicityCode)) q = q.Where(c => c.EthnicityCode == EthnicityCode);
        if (!string.IsNullOrEmpty(GroupCode))
        {
            var any = GroupCode == "*";
            q = q.Where(c => c.Classifications.Any(x => x.Kind == ClassificationKind.SpecialCircumstance
                && (any || x.GroupCode == GroupCode) && x.StartDate <= today && (x.EndDate == null || x.EndDate > today)));
        }
        if (!string.IsNullOrEmpty(AtRiskCode))
        {
            var any = AtRiskCode == "*";
            q = q.Where(c => c.Classifications.Any(x => x.Kind == ClassificationKind.AtRisk
                && (any || x.AtRiskCode == AtRiskCode) && x.StartDate <= today && (x.EndDate == null || x.EndDate > today)));
        }
        if (AgeFrom is not null || AgeTo is not null)
        {
            var from = AgeFrom ?? 0;
            var to = AgeTo ?? Child.AdultAge - 1;
            var (earliest, latest) = ChildRules.BirthRangeForAges(from, to, today);
            int minYear = today.Year - to, maxYear = today.Year - from;
            q = q.Where(c => (c.DateOfBirth != null && c.DateOfBirth >= earliest && c.DateOfBirth <= latest)
                || (c.DateOfBirth == null && c.BirthYear >= minYear && c.BirthYear <= maxYear));
        }
        return q;
    }
}
