using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Pages;

/// <summary>What the list pages' filters share: the unit filter (a subtree in scope) and the query string of a page.</summary>
public static class ListFilters
{
    /// <summary>A unit chosen as a filter: its subtree's path and its label "Name (code)" for headers.</summary>
    public sealed record UnitFilter(string Path, string Label);

    /// <summary>The unit with this official code inside the scope, or null (the list answers 404).</summary>
    public static Task<UnitFilter?> UnitAsync(TreEmDbContext db, UserScope scope, string code, CancellationToken ct) =>
        db.Units.AsNoTracking().VisibleTo(scope).Where(u => u.Code == code)
            .Select(u => new UnitFilter(u.Path, u.Name + " (" + u.Code + ")")).FirstOrDefaultAsync(ct);

    /// <summary>"?a=1&amp;b=x" from the parts that have a value (empty ones are left out), or "" when none has.</summary>
    public static string QueryString(params (string Key, string? Value)[] parts)
    {
        var given = parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!)).ToList();
        return given.Count == 0 ? "" : "?" + string.Join("&", given);
    }
}
