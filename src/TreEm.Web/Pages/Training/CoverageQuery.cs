using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Training;

/// <summary>The unit and year of a coverage view (query string unit=, year=): by default the user's own top unit and this year.</summary>
public static class CoverageQuery
{
    public static int? ParseYear(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : null;

    /// <summary>The unit named by <paramref name="code"/> (or the user's top unit), null when outside the scope.</summary>
    public static async Task<OrgUnit?> UnitAsync(TreEmDbContext db, UserScope scope, string? code, CancellationToken ct)
    {
        var read = scope.For(Capabilities.ActivityRead);
        var units = db.Units.AsNoTracking().VisibleTo(read);
        if (!string.IsNullOrWhiteSpace(code))
        {
            var c = code.Trim();
            return await units.FirstOrDefaultAsync(u => u.Code == c, ct);
        }
        return await units.OrderBy(u => u.Path.Length).ThenBy(u => u.Path).FirstOrDefaultAsync(ct);
    }

    public static int Year(string? text, TimeProvider time) => ParseYear(text) ?? Display.Today(time).Year;
}
