using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>The network's gaps on a day (?unit=&amp;date=): see <see cref="PeopleCoverage"/>.</summary>
public class CoverageModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public string? Unit { get; private set; }
    public string? Date { get; private set; }
    public PeopleCoverage.Result Result { get; private set; } = null!;

    public string QueryString => CoverageQuery.QueryString(Unit, Date);

    public async Task<IActionResult> OnGetAsync(string? unit, string? date, CancellationToken ct)
    {
        Unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        Date = string.IsNullOrWhiteSpace(date) ? null : date.Trim();
        var result = await PeopleCoverage.RunAsync(db, await me.ScopeAsync(ct), Unit, Display.ParseDate(Date) ?? Display.Today(time), ct);
        if (result is null) return NotFound();
        Result = result;
        return Page();
    }
}

public static class CoverageQuery
{
    public static string QueryString(string? unit, string? date)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(unit)) parts.Add("unit=" + Uri.EscapeDataString(unit));
        if (!string.IsNullOrEmpty(date)) parts.Add("date=" + Uri.EscapeDataString(date));
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    /// <summary>"3/5 (60 %)", or "—" when there is nothing to cover.</summary>
    public static string Share(int covered, int total) =>
        total == 0 ? "—" : $"{covered}/{total} ({Math.Round(100m * covered / total, MidpointRounding.AwayFromZero):0} %)";
}
