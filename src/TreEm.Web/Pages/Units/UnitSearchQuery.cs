using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Security;

namespace TreEm.Web.Pages.Units;

/// <summary>A unit found by the search, with the names of its ancestors that the user sees.</summary>
public sealed record UnitHit(string Code, string Name, string TypeName, UnitTier Tier, IReadOnlyList<(string Code, string Name)> Ancestors);

public sealed record UnitSearchPage(IReadOnlyList<UnitHit> Hits, int Total, int Page, int PageCount);

/// <summary>
/// Searches the units in scope by name, ignoring case and diacritics (against <see cref="OrgUnit.NameSearch"/>),
/// or by the start of the code.
/// </summary>
public static class UnitSearchQuery
{
    public const int PageSize = 50;

    public static async Task<UnitSearchPage> RunAsync(TreEmDbContext db, UserScope scope, string q, string sort, int page, CancellationToken ct)
    {
        var text = VietnameseText.Normalize(q);
        var code = q.Trim();
        var units = db.Units.AsNoTracking().VisibleTo(scope);
        units = text.Length > 0
            ? units.Where(u => u.NameSearch.Contains(text) || u.Code.StartsWith(code))
            : units.Where(u => u.Code.StartsWith(code));

        var total = await units.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var ordered = sort == "name"
            ? units.OrderBy(u => u.NameSearch).ThenBy(u => u.Code)
            : units.OrderBy(u => u.Code);
        var rows = await ordered
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Code, u.Name, u.Path, Tier = u.Type!.Tier, TypeName = u.Type.Name, TypeNameEn = u.Type.NameEn })
            .ToListAsync(ct);

        // Ancestor names, only of the ancestors inside the scope: one more query for the whole page.
        var ancestorCodes = rows.SelectMany(r => UnitText.Codes(r.Path)[..^1]).Distinct(StringComparer.Ordinal).ToList();
        var names = ancestorCodes.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await db.Units.AsNoTracking().VisibleTo(scope)
                .Where(u => ancestorCodes.Contains(u.Code))
                .Select(u => new { u.Code, u.Name })
                .ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, ct);

        var hits = rows.Select(r => new UnitHit(r.Code, r.Name, UnitText.TypeName(r.TypeName, r.TypeNameEn), r.Tier,
                UnitText.Codes(r.Path)[..^1].Where(names.ContainsKey).Select(c => (c, names[c])).ToList()))
            .ToList();
        return new UnitSearchPage(hits, total, page, pageCount);
    }
}
