using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using TreEm.Data;
using TreEm.Domain.Children;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// The children list's filters, sorting and page as they travel in the address. The list and its export read the
/// same parameters, so "Xuất Excel" exports exactly what the list shows (all pages of it).
/// </summary>
public sealed class ChildListRequest
{
    /// <summary>Value of the group and at-risk filters meaning "any of them".</summary>
    public const string Any = "any";

    /// <summary>Value of the status filter meaning "every status".</summary>
    public const string AllStatuses = "all";

    public const string DefaultSort = "name";

    public static readonly IReadOnlyList<string> Sorts =
        ["name", "-name", "dob", "-dob", "unit", "-unit", "registered", "-registered"];

    private const int MaxTextLength = 100;

    public string? Q { get; init; }
    public string? Unit { get; init; }
    public string? Group { get; init; }
    public string? Risk { get; init; }
    public string? Age { get; init; }
    public string? Sex { get; init; }
    public string? Eth { get; init; }

    /// <summary>A <see cref="ChildStatus"/> name, <see cref="AllStatuses"/>, or null for the default (đang quản lý).</summary>
    public string? Status { get; init; }

    public string Sort { get; init; } = DefaultSort;
    public int Page { get; init; } = 1;

    public static ChildListRequest From(IQueryCollection query)
    {
        string? Text(string key)
        {
            var v = query[key].ToString().Trim();
            return v.Length == 0 ? null : v.Length > MaxTextLength ? v[..MaxTextLength] : v;
        }

        var sort = Text("sort");
        var status = Text("status");
        return new ChildListRequest
        {
            Q = Text("q"),
            Unit = Text("unit"),
            Group = Text("group"),
            Risk = Text("risk"),
            Age = Text("age") is { } age && ChildRules.AgeBands.Any(b => BandValue(b) == age) ? age : null,
            Sex = ParseSex(Text("sex"))?.ToString(),
            Eth = Text("eth"),
            Status = string.Equals(status, AllStatuses, StringComparison.OrdinalIgnoreCase) ? AllStatuses
                : ParseStatus(status) is { } s && s != ChildStatus.DangQuanLy ? s.ToString() : null,
            Sort = sort is not null && Sorts.Contains(sort) ? sort : DefaultSort,
            Page = int.TryParse(Text("p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    public static string BandValue((int From, int To) band) =>
        string.Create(CultureInfo.InvariantCulture, $"{band.From}-{band.To}");

    /// <summary>The status filter: đang quản lý by default, null for every status.</summary>
    public ChildStatus? StatusFilter => Status == AllStatuses ? null : ParseStatus(Status) ?? ChildStatus.DangQuanLy;

    public Sex? SexFilter => ParseSex(Sex);

    public (int From, int To)? AgeBand =>
        Age is null ? null : ChildRules.AgeBands.First(b => BandValue(b) == Age);

    /// <summary>True when anything narrows the list beyond the default.</summary>
    public bool Filtered => Q is not null || Unit is not null || Group is not null || Risk is not null || Age is not null
        || Sex is not null || Eth is not null || Status is not null;

    /// <summary>The shared register filter; <paramref name="unitPath"/> is the unit filter's path, already checked to be in scope.</summary>
    public ChildFilter ToFilter(string? unitPath) => new()
    {
        Query = Q,
        UnitPath = unitPath,
        GroupCode = Group == Any ? "*" : Group,
        AtRiskCode = Risk == Any ? "*" : Risk,
        AgeFrom = AgeBand?.From,
        AgeTo = AgeBand?.To,
        Sex = SexFilter,
        EthnicityCode = Eth,
        Status = StatusFilter,
    };

    /// <summary>The query string of these filters with the sort and page given (defaults left out).</summary>
    public string QueryString(int page = 1, string? sort = null, bool withSort = true)
    {
        var qb = new QueryBuilder();
        foreach (var (key, value) in Parameters()) qb.Add(key, value);
        var s = sort ?? Sort;
        if (withSort && s != DefaultSort) qb.Add("sort", s);
        if (page > 1) qb.Add("p", page.ToString(CultureInfo.InvariantCulture));
        return qb.ToQueryString().Value ?? "";
    }

    /// <summary>The filters that are set, as (name, value) in a fixed order: for links and the audit entry.</summary>
    public IEnumerable<(string Key, string Value)> Parameters()
    {
        if (Q is not null) yield return ("q", Q);
        if (Unit is not null) yield return ("unit", Unit);
        if (Group is not null) yield return ("group", Group);
        if (Risk is not null) yield return ("risk", Risk);
        if (Age is not null) yield return ("age", Age);
        if (Sex is not null) yield return ("sex", Sex);
        if (Eth is not null) yield return ("eth", Eth);
        if (Status is not null) yield return ("status", Status);
    }

    private static Sex? ParseSex(string? text) =>
        Enum.TryParse<Sex>(text, ignoreCase: true, out var s) && Enum.IsDefined(s) && !text!.All(char.IsAsciiDigit) ? s : null;

    private static ChildStatus? ParseStatus(string? text) =>
        Enum.TryParse<ChildStatus>(text, ignoreCase: true, out var s) && Enum.IsDefined(s) && !text!.All(char.IsAsciiDigit) ? s : null;
}
