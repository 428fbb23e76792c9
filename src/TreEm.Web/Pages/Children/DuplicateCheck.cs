using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// Likely duplicates of a draft, as the registering user may see them: the details of records in their scope, and
/// for the others only that a record exists and in which commune.
/// </summary>
public static class DuplicateCheck
{
    public sealed record Row(int? ChildId, string? FullName, string? Birth, string? Place, string? Reason, string? Commune)
    {
        public bool Visible => ChildId is not null;
    }

    public sealed record Result(List<Row> Rows, string Token);

    public static async Task<Result> FindAsync(TreEmDbContext db, UserScope scope, ChildDraft draft, CancellationToken ct)
    {
        var found = await DuplicateFinder.FindAsync(db, draft, null, ct);
        if (found.Count == 0) return new([], "");
        var ids = found.Select(f => f.ChildId).ToList();
        var visible = await db.Children.AsNoTracking().VisibleTo(scope)
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.FullName, c.DateOfBirth, c.BirthYear, c.IsBirthYearEstimated, c.UnitId })
            .ToDictionaryAsync(c => c.Id, ct);
        var unitOf = await db.Children.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.UnitId }).ToDictionaryAsync(c => c.Id, c => c.UnitId, ct);
        var places = await ChildUnits.PlacesAsync(db, unitOf.Values, ct);
        var rows = found
            .OrderBy(f => visible.ContainsKey(f.ChildId) ? 0 : 1).ThenBy(f => f.ChildId)
            .Select(f =>
            {
                var place = places.GetValueOrDefault(unitOf[f.ChildId]);
                if (!visible.TryGetValue(f.ChildId, out var c)) return new Row(null, null, null, null, null, place?.CommuneName ?? place?.Name);
                return new Row(c.Id, c.FullName, ChildText.Birth(c.DateOfBirth, c.BirthYear, c.IsBirthYearEstimated), place?.Text,
                    DuplicateRules.Describe(f.Reason), place?.CommuneName);
            })
            .ToList();
        return new(rows, Token(ids));
    }

    /// <summary>
    /// What "Vẫn đăng ký" sends back: a digest of the candidates the user was shown, so that a confirmation covers
    /// those records and no others, without putting the ids of records outside the scope in the page.
    /// </summary>
    private static string Token(IEnumerable<int> ids)
    {
        var text = string.Join(",", ids.Order().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("treem-duplicates:" + text)))[..20];
    }
}
