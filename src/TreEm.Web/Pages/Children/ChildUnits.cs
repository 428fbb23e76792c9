using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;

namespace TreEm.Web.Pages.Children;

/// <summary>Units as the child pages need them: where a child lives, in words, and the residence selects.</summary>
public static class ChildUnits
{
    /// <summary>A unit with its place in words ("Thôn Plei Ring, Xã Ia Tiêm, Huyện Chư Sê") and its commune.</summary>
    public sealed record Place(int Id, string Code, string Name, string Path, string Text, string? CommuneName, string? CommunePath);

    public static string[] Codes(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Places of the given units, with the names of their ancestors below the province.</summary>
    public static async Task<Dictionary<int, Place>> PlacesAsync(TreEmDbContext db, IEnumerable<int> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.Path }).ToListAsync(ct);
        var codes = units.SelectMany(u => Codes(u.Path)).Distinct().ToList();
        var chain = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code))
            .Select(u => new { u.Code, u.Name, u.Path, u.Type!.Tier }).ToListAsync(ct);
        var byCode = chain.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var result = new Dictionary<int, Place>();
        foreach (var u in units)
        {
            var links = Codes(u.Path).Where(byCode.ContainsKey).Select(c => byCode[c]).ToList();
            var text = string.Join(", ", links.Where(l => l.Tier != UnitTier.Province).Reverse().Select(l => l.Name));
            var commune = links.LastOrDefault(l => l.Tier == UnitTier.Commune);
            result[u.Id] = new Place(u.Id, u.Code, u.Name, u.Path, text.Length == 0 ? u.Name : text, commune?.Name, commune?.Path);
        }
        return result;
    }

    /// <summary>
    /// A select of communes and villages (villages indented under their commune), grouped by district, from the
    /// given units; only units in force today, plus <paramref name="keep"/> (the current residence) in any case.
    /// </summary>
    public static async Task<List<SelectListItem>> OptionsAsync(IQueryable<OrgUnit> units, TreEmDbContext db, DateOnly today,
        string? keep, CancellationToken ct)
    {
        var rows = await units.AsNoTracking()
            .Where(u => u.Type!.Tier == UnitTier.Commune || u.Type.Tier == UnitTier.Village)
            .Where(u => ((u.ValidFrom == null || u.ValidFrom <= today) && (u.ValidTo == null || today < u.ValidTo)) || u.Code == keep)
            .Select(u => new { u.Code, u.Name, u.Path, u.Type!.Tier })
            .ToListAsync(ct);
        var groupCodes = rows.Select(r => GroupCode(r.Path, r.Tier)).OfType<string>().Distinct().ToList();
        var groupNames = await db.Units.AsNoTracking().Where(u => groupCodes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        var options = new List<SelectListItem>();
        foreach (var r in rows.OrderBy(r => r.Path, StringComparer.Ordinal))
        {
            var code = GroupCode(r.Path, r.Tier);
            SelectListGroup? group = null;
            if (code is not null && !groups.TryGetValue(code, out group))
                groups[code] = group = new SelectListGroup { Name = groupNames.GetValueOrDefault(code, code) };
            // Non-breaking spaces indent a village under its commune (a select keeps no other markup).
            var text = r.Tier == UnitTier.Village ? "\u00A0\u00A0\u00A0\u00A0" + r.Name : r.Name;
            options.Add(new SelectListItem(text, r.Code) { Group = group });
        }
        return options;
    }

    /// <summary>The options group of a unit: the unit above its commune (a district, or the province in a two-tier tree).</summary>
    private static string? GroupCode(string path, UnitTier tier)
    {
        var codes = Codes(path);
        var above = tier == UnitTier.Village ? 3 : 2;
        return codes.Length >= above ? codes[^above] : null;
    }
}
