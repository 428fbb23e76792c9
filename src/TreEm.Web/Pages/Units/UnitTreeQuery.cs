using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Security;

namespace TreEm.Web.Pages.Units;

/// <summary>One unit of the tree, with its children in code order.</summary>
public sealed class UnitNode(string code, string name, string typeName, UnitTier tier, bool active)
{
    public string Code { get; } = code;
    public string Name { get; } = name;
    public string TypeName { get; } = typeName;
    public UnitTier Tier { get; } = tier;
    public bool Active { get; } = active;
    public List<UnitNode> Children { get; } = [];
}

/// <summary>
/// The units a user sees, as a tree: one query for the whole scope, then the tree is built in memory from the
/// materialised paths. The roots are the units whose parent the user does not see.
/// </summary>
public static class UnitTreeQuery
{
    public static async Task<List<UnitNode>> LoadAsync(TreEmDbContext db, UserScope scope, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Units.AsNoTracking().VisibleTo(scope)
            .OrderBy(u => u.Code)
            .Select(u => new
            {
                u.Code,
                u.Name,
                u.Path,
                u.ValidFrom,
                u.ValidTo,
                Tier = u.Type!.Tier,
                TypeName = u.Type.Name,
                TypeNameEn = u.Type.NameEn,
            })
            .ToListAsync(ct);

        var nodes = new Dictionary<string, UnitNode>(rows.Count, StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var active = (r.ValidFrom is null || r.ValidFrom <= today) && (r.ValidTo is null || today < r.ValidTo);
            nodes[r.Code] = new UnitNode(r.Code, r.Name, UnitText.TypeName(r.TypeName, r.TypeNameEn), r.Tier, active);
        }

        var roots = new List<UnitNode>();
        foreach (var r in rows)
        {
            var codes = UnitText.Codes(r.Path);
            var parentCode = codes.Length >= 2 ? codes[^2] : null;
            if (parentCode is not null && nodes.TryGetValue(parentCode, out var parent))
                parent.Children.Add(nodes[r.Code]);
            else
                roots.Add(nodes[r.Code]);
        }
        // The database's collation may differ between providers: settle the order here.
        Sort(roots);
        return roots;
    }

    private static void Sort(List<UnitNode> list)
    {
        list.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        foreach (var n in list) Sort(n.Children);
    }
}
