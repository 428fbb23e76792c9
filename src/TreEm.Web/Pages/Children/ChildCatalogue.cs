using Microsoft.EntityFrameworkCore;
using TreEm.Data;

namespace TreEm.Web.Pages.Children;

/// <summary>The catalogue entries that may be given to a child today (the catalogues are versioned).</summary>
public static class ChildCatalogue
{
    public sealed record Entry(string Code, string Name, string? GroupCode = null);

    public static async Task<List<Entry>> GroupsAsync(TreEmDbContext db, DateOnly today, CancellationToken ct) =>
        (await db.SpecialCircumstanceGroups.AsNoTracking()
            .Where(g => g.ValidFrom <= today && (g.ValidTo == null || today < g.ValidTo))
            .OrderBy(g => g.SortOrder)
            .Select(g => new { g.Code, g.Name, g.NameEn })
            .ToListAsync(ct))
        .Select(g => new Entry(g.Code, ChildText.Name(g.Name, g.NameEn)))
        .ToList();

    public static Task<List<Entry>> SubgroupsAsync(TreEmDbContext db, DateOnly today, CancellationToken ct) =>
        db.SpecialCircumstanceSubgroups.AsNoTracking()
            .Where(s => s.ValidFrom <= today && (s.ValidTo == null || today < s.ValidTo))
            .OrderBy(s => s.SortOrder)
            .Select(s => new Entry(s.Code, s.Name, s.GroupCode))
            .ToListAsync(ct);

    public static async Task<List<Entry>> AtRiskAsync(TreEmDbContext db, CancellationToken ct) =>
        (await db.AtRiskSituations.AsNoTracking()
            .Where(a => a.IsActive)
            .OrderBy(a => a.SortOrder)
            .Select(a => new { a.Code, a.Name, a.NameEn })
            .ToListAsync(ct))
        .Select(a => new Entry(a.Code, ChildText.Name(a.Name, a.NameEn)))
        .ToList();
}
