using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Security;

namespace TreEm.Web.Pages.Care;

/// <summary>
/// The 6-monthly list of children needing alternative care (Circular 14/2020 Art. 3): children with a need open at
/// some time in the chosen half-year, their status and current caregiver. Filters: year, half, unit, status.
/// </summary>
public sealed class CareListQuery
{
    public const int PageSize = 50;

    public int Year { get; init; }
    public int Half { get; init; }
    public string? Unit { get; init; }
    public CareNeedStatus? Status { get; init; }
    public string Sort { get; init; } = "name";
    public int Page { get; init; } = 1;

    public sealed record Row(int NeedId, int ChildId, string ChildName, int BirthYear, string UnitName, DateOnly IdentifiedOn, string Reason,
        CareNeedStatus Status, DateOnly? ClosedOn, string? ApprovedBy, DateOnly? ApprovedOn, string? CareGiver);

    public sealed record Result(List<Row> Rows, int Count, DateOnly From, DateOnly To, int Page, int Pages, string? UnitLabel);

    public static CareListQuery Parse(IQueryCollection q, DateOnly today)
    {
        static string? S(IQueryCollection q, string key) => string.IsNullOrWhiteSpace(q[key]) ? null : q[key].ToString().Trim();
        var year = int.TryParse(S(q, "year"), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : today.Year;
        var half = S(q, "half") is "1" or "2" ? int.Parse(S(q, "half")!, CultureInfo.InvariantCulture) : (today.Month <= 6 ? 1 : 2);
        return new CareListQuery
        {
            Year = year,
            Half = half,
            Unit = S(q, "unit"),
            Status = Enum.TryParse<CareNeedStatus>(S(q, "status"), out var s) && Enum.IsDefined(s) ? s : null,
            Sort = S(q, "sort") is "identified" or "unit" ? S(q, "sort")! : "name",
            Page = int.TryParse(S(q, "p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1,
        };
    }

    public string QueryString(string? sort = null, int? page = null)
    {
        var parts = new List<string> { "year=" + Year.ToString(CultureInfo.InvariantCulture), "half=" + Half.ToString(CultureInfo.InvariantCulture) };
        if (Unit is not null) parts.Add("unit=" + Uri.EscapeDataString(Unit));
        if (Status is { } s) parts.Add("status=" + s);
        if ((sort ?? Sort) != "name") parts.Add("sort=" + (sort ?? Sort));
        if (page is > 1) parts.Add("p=" + page.Value.ToString(CultureInfo.InvariantCulture));
        return "?" + string.Join("&", parts);
    }

    /// <summary>Null when the unit filter names a unit outside the user's scope.</summary>
    public async Task<Result?> RunAsync(TreEmDbContext db, UserScope scope, bool all, CancellationToken ct)
    {
        var (from, to) = CareRules.HalfYear(Year, Half);
        var query = db.CareNeeds.AsNoTracking().VisibleTo(scope).Where(n => n.IdentifiedOn <= to && (n.ClosedOn == null || n.ClosedOn >= from));
        string? unitLabel = null;
        if (Unit is not null)
        {
            var unit = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ChildRegisterRead)).Where(u => u.Code == Unit)
                .Select(u => new { u.Path, u.Name, u.Code }).FirstOrDefaultAsync(ct);
            if (unit is null) return null;
            unitLabel = $"{unit.Name} ({unit.Code})";
            query = query.Where(n => n.Unit!.Path.StartsWith(unit.Path));
        }
        if (Status is { } status) query = query.Where(n => n.Status == status);
        var count = await query.CountAsync(ct);
        var pages = Math.Max(1, (count + PageSize - 1) / PageSize);
        var page = Math.Min(Page, pages);
        var ordered = Sort switch
        {
            "identified" => query.OrderBy(n => n.IdentifiedOn).ThenBy(n => n.Id),
            "unit" => query.OrderBy(n => n.Unit!.Path).ThenBy(n => n.Child!.NameSearch).ThenBy(n => n.Id),
            _ => query.OrderBy(n => n.Child!.NameSearch).ThenBy(n => n.Id),
        };
        var paged = all ? ordered : ordered.Skip((page - 1) * PageSize).Take(PageSize);
        var rows = await paged.Select(n => new Row(n.Id, n.ChildId, n.Child!.FullName, n.Child.BirthYear, n.Unit!.Name, n.IdentifiedOn, n.Reason, n.Status,
                n.ClosedOn, n.ApprovedBy, n.ApprovedOn,
                db.CarePlacements.Where(p => p.ChildId == n.ChildId && p.EndDate == null).Select(p => p.CareGiver!.FullName).FirstOrDefault()))
            .ToListAsync(ct);
        return new Result(rows, count, from, to, page, pages, unitLabel);
    }
}
