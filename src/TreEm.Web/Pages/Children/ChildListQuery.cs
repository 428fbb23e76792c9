using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// The children register list: the children the user may read (<c>VisibleTo</c>), through the shared
/// <see cref="ChildFilter"/>, sorted, one page at a time for the list or all rows for the export. Rows are projected
/// (no entity is loaded); the current classifications and the unit names of the rows come in one query each.
/// </summary>
public sealed class ChildListQuery
{
    public const int PageSize = 25;

    public required ChildFilter Filter { get; init; }
    public string Sort { get; init; } = ChildListRequest.DefaultSort;
    public int Page { get; init; } = 1;

    public sealed record Row(int Id, string FullName, Sex Sex, DateOnly? DateOfBirth, int BirthYear, bool IsBirthYearEstimated,
        string EthnicityName, string? IdentityNumber, int UnitId, string UnitPath, string? Address, PovertyStatus Poverty,
        ChildStatus Status, DateTime CreatedAt);

    /// <summary>A classification current today: a group letter or an at-risk situation.</summary>
    public sealed record Current(int ChildId, ClassificationKind Kind, string Code, string Name, string? NameEn, int SortOrder);

    /// <summary>Where a child lives, in words: the village (if any), the commune and the district (if any).</summary>
    public sealed record Place(string? Village, string? Commune, string? District)
    {
        /// <summary>"Thôn 1, Xã Ia Tiêm", or the commune alone.</summary>
        public string Label => string.Join(", ", new[] { Village, Commune }.Where(s => !string.IsNullOrEmpty(s)));
    }

    public sealed record Result(List<Row> Rows, ILookup<int, Current> Classifications, IReadOnlyDictionary<int, Place> Places,
        int Total, int Page, int Pages)
    {
        public static Result Empty { get; } = new([], Array.Empty<Current>().ToLookup(c => c.ChildId), new Dictionary<int, Place>(), 0, 1, 1);

        public IEnumerable<Current> GroupsOf(int childId) =>
            Classifications[childId].Where(c => c.Kind == ClassificationKind.SpecialCircumstance).OrderBy(c => c.SortOrder);

        public IEnumerable<Current> AtRiskOf(int childId) =>
            Classifications[childId].Where(c => c.Kind == ClassificationKind.AtRisk).OrderBy(c => c.SortOrder);

        public Place PlaceOf(int unitId) => Places.TryGetValue(unitId, out var p) ? p : new Place(null, null, null);
    }

    /// <summary>True when the user's roles open the register at all (a partner agency's do not).</summary>
    public static bool CanRead(UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        return s.All || s.Paths.Count > 0;
    }

    public static bool CanWrite(UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterWrite);
        return s.All || s.Paths.Count > 0;
    }

    public IQueryable<Child> Matching(TreEmDbContext db, UserScope scope, DateOnly today) =>
        Filter.Apply(db.Children.AsNoTracking().VisibleTo(scope), today);

    public async Task<int> CountAsync(TreEmDbContext db, UserScope scope, DateOnly today, CancellationToken ct) =>
        await Matching(db, scope, today).CountAsync(ct);

    /// <summary>One page of the list.</summary>
    public async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, DateOnly today, CancellationToken ct)
    {
        var matching = Matching(db, scope, today);
        var total = await matching.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pages);
        var rows = await Order(matching, Sort).Skip((page - 1) * PageSize).Take(PageSize).Select(ToRow).ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var current = await CurrentClassifications(db, today).Where(x => ids.Contains(x.ChildId)).Select(ToCurrent).ToListAsync(ct);
        var places = await PlacesAsync(db, rows.Select(r => r.UnitId), ct);
        return new Result(rows, current.ToLookup(c => c.ChildId), places, total, page, pages);
    }

    /// <summary>Every matching row, for the export (the caller has checked the count against the cap).</summary>
    public async Task<Result> AllAsync(TreEmDbContext db, UserScope scope, DateOnly today, CancellationToken ct)
    {
        var matching = Matching(db, scope, today);
        var rows = await Order(matching, Sort).Select(ToRow).ToListAsync(ct);
        // The classifications of the same children, by a subquery rather than a list of ids.
        var ids = matching.Select(c => c.Id);
        var current = await CurrentClassifications(db, today).Where(x => ids.Contains(x.ChildId)).Select(ToCurrent).ToListAsync(ct);
        var places = await PlacesAsync(db, rows.Select(r => r.UnitId), ct);
        return new Result(rows, current.ToLookup(c => c.ChildId), places, rows.Count, 1, 1);
    }

    private static IQueryable<ChildClassification> CurrentClassifications(TreEmDbContext db, DateOnly today) =>
        db.ChildClassifications.AsNoTracking()
            .Where(x => x.StartDate <= today && (x.EndDate == null || x.EndDate > today))
            .Where(x => (x.Kind == ClassificationKind.SpecialCircumstance && x.GroupCode != null)
                || (x.Kind == ClassificationKind.AtRisk && x.AtRiskCode != null));

    private static readonly Expression<Func<Child, Row>> ToRow = c => new Row(
        c.Id, c.FullName, c.Sex, c.DateOfBirth, c.BirthYear, c.IsBirthYearEstimated,
        c.Ethnicity!.Name, c.IdentityNumber, c.UnitId, c.Unit!.Path, c.Address, c.Poverty, c.Status, c.CreatedAt);

    private static readonly Expression<Func<ChildClassification, Current>> ToCurrent = x => new Current(
        x.ChildId, x.Kind,
        x.Kind == ClassificationKind.SpecialCircumstance ? x.GroupCode! : x.AtRiskCode!,
        x.Kind == ClassificationKind.SpecialCircumstance ? x.Group!.Name : x.AtRisk!.Name,
        x.Kind == ClassificationKind.SpecialCircumstance ? x.Group!.NameEn : x.AtRisk!.NameEn,
        x.Kind == ClassificationKind.SpecialCircumstance ? x.Group!.SortOrder : x.AtRisk!.SortOrder);

    /// <summary>
    /// Sorting: by the normalised name (so "Đặng" sorts with the d's), by birth (year, then date; an estimated year
    /// after the known dates of that year), by unit (in the order of the official codes, so villages stay under
    /// their commune) or by the date of registration. The id breaks ties, so pages never overlap.
    /// </summary>
    public static IQueryable<Child> Order(IQueryable<Child> q, string sort) => sort switch
    {
        "-name" => q.OrderByDescending(c => c.NameSearch).ThenByDescending(c => c.Id),
        "dob" => q.OrderBy(c => c.BirthYear).ThenBy(c => c.DateOfBirth == null).ThenBy(c => c.DateOfBirth).ThenBy(c => c.NameSearch).ThenBy(c => c.Id),
        "-dob" => q.OrderByDescending(c => c.BirthYear).ThenByDescending(c => c.DateOfBirth == null).ThenByDescending(c => c.DateOfBirth).ThenBy(c => c.NameSearch).ThenBy(c => c.Id),
        "unit" => q.OrderBy(c => c.Unit!.Path).ThenBy(c => c.NameSearch).ThenBy(c => c.Id),
        "-unit" => q.OrderByDescending(c => c.Unit!.Path).ThenBy(c => c.NameSearch).ThenBy(c => c.Id),
        "registered" => q.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        "-registered" => q.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id),
        _ => q.OrderBy(c => c.NameSearch).ThenBy(c => c.Id),
    };

    /// <summary>The village, commune and district names of the given units, from their materialised paths.</summary>
    public static async Task<IReadOnlyDictionary<int, Place>> PlacesAsync(TreEmDbContext db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<int, Place>();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Path })
            .ToListAsync(ct);
        var codes = units.SelectMany(u => u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        var named = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code))
            .Select(u => new { u.Code, u.Name, u.Type!.Tier })
            .ToListAsync(ct);
        var byCode = named.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var result = new Dictionary<int, Place>();
        foreach (var u in units)
        {
            string? village = null, commune = null, district = null;
            foreach (var code in u.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byCode.TryGetValue(code, out var n)) continue;
                switch (n.Tier)
                {
                    case UnitTier.Village: village = n.Name; break;
                    case UnitTier.Commune: commune = n.Name; break;
                    case UnitTier.District: district = n.Name; break;
                }
            }
            result[u.Id] = new Place(village, commune, district);
        }
        return result;
    }
}
