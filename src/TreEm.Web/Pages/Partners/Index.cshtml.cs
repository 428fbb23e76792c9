using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Partners;

/// <summary>The partner agencies of the manager's units: search, sort, pages.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    [FromQuery(Name = "q")] public string? Q { get; set; }
    [FromQuery(Name = "sort")] public string? Sort { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public sealed record Row(int Id, string Name, PartnerKind Kind, string UnitName, string? Phone, bool IsActive, int Users);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages { get; private set; } = 1;
    public int CurrentPage { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!PartnerScope.IsFor(scope)) return NotFound();
        // A manager's agencies are a short list: searched by normalised name (no diacritics, any case) in memory.
        var all = await PartnerScope.Agencies(db, scope).AsNoTracking()
            .Select(a => new { Row = new Row(a.Id, a.Name, a.Kind, a.Unit!.Name, a.Phone, a.IsActive, db.Users.Count(u => u.PartnerAgencyId == a.Id)), a.Unit.Code, a.Unit.Path })
            .ToListAsync(ct);
        var q = VietnameseText.Normalize(Q ?? "");
        var found = all.Where(a => q.Length == 0 || VietnameseText.Normalize(a.Row.Name).Contains(q, StringComparison.Ordinal) || a.Code == Q?.Trim());
        found = Sort switch
        {
            "unit" => found.OrderBy(a => a.Path, StringComparer.Ordinal).ThenBy(a => VietnameseText.Normalize(a.Row.Name), StringComparer.Ordinal),
            "-name" => found.OrderByDescending(a => VietnameseText.Normalize(a.Row.Name), StringComparer.Ordinal),
            _ => found.OrderBy(a => VietnameseText.Normalize(a.Row.Name), StringComparer.Ordinal),
        };
        var list = found.Select(a => a.Row).ToList();
        Total = list.Count;
        Pages = Math.Max(1, (Total + PartnerScope.PageSize - 1) / PartnerScope.PageSize);
        CurrentPage = Math.Clamp(PageNumber, 1, Pages);
        Rows = list.Skip((CurrentPage - 1) * PartnerScope.PageSize).Take(PartnerScope.PageSize).ToList();
        return Page();
    }

    public string Link(int page, string? sort = null)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(Q)) parts.Add("q=" + Uri.EscapeDataString(Q));
        var s = sort ?? Sort;
        if (!string.IsNullOrEmpty(s)) parts.Add("sort=" + Uri.EscapeDataString(s));
        if (page > 1) parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return "/partners" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    public string NameSortLink => Link(1, Sort is null or "name" ? "-name" : "name");
}
