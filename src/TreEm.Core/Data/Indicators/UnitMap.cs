using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Security;

namespace TreEm.Data.Indicators;

/// <summary>
/// The units of a unit's subtree, loaded once per computation, to map the unit of a record to the direct child unit
/// it belongs to ("unit:CODE" breakdown rows) and to find the district-tier units.
/// </summary>
internal sealed class UnitMap
{
    public sealed record Unit(int Id, string Code, string Path, UnitTier? Tier);

    private readonly Dictionary<int, Unit> _byId;
    private readonly Dictionary<int, string?> _directChildCode = [];

    private UnitMap(OrgUnit root, List<Unit> units)
    {
        Root = root;
        _byId = units.ToDictionary(u => u.Id);
        DirectChildren = units
            .Where(u => u.Path.Length > root.Path.Length && u.Path.StartsWith(root.Path, StringComparison.Ordinal)
                && u.Path.IndexOf('/', root.Path.Length) == u.Path.Length - 1)
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToList();
    }

    public OrgUnit Root { get; }

    /// <summary>The units directly below the root, by code.</summary>
    public IReadOnlyList<Unit> DirectChildren { get; }

    public IEnumerable<Unit> All => _byId.Values;

    public static async Task<UnitMap> LoadAsync(TreEmDbContext db, UserScope scope, OrgUnit root, CancellationToken ct)
    {
        var path = root.Path;
        var units = await db.Units.AsNoTracking().VisibleTo(scope)
            .Where(u => u.Path.StartsWith(path))
            .Select(u => new Unit(u.Id, u.Code, u.Path, u.Type != null ? u.Type.Tier : null))
            .ToListAsync(ct);
        return new UnitMap(root, units);
    }

    /// <summary>The "unit:CODE" key of the direct child unit holding <paramref name="unitId"/>, or null for the root
    /// itself and units outside the subtree.</summary>
    public string? UnitKey(int unitId)
    {
        if (_directChildCode.TryGetValue(unitId, out var cached)) return cached;
        string? key = null;
        if (_byId.TryGetValue(unitId, out var u) && u.Path.Length > Root.Path.Length)
        {
            var end = u.Path.IndexOf('/', Root.Path.Length);
            if (end > Root.Path.Length) key = IndicatorCatalogue.ByUnit + ":" + u.Path[Root.Path.Length..end];
        }
        _directChildCode[unitId] = key;
        return key;
    }

    public Unit? Find(int unitId) => _byId.GetValueOrDefault(unitId);
}
