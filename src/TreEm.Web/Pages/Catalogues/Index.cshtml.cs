using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Catalogues;

/// <summary>The catalogues the register uses, for everyone to read: the 14 groups with their sub-groups, the
/// at-risk situations in use and the 54 ethnic groups.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public List<SpecialCircumstanceGroup> Groups { get; private set; } = [];
    public List<AtRiskSituation> AtRisk { get; private set; } = [];
    public List<Ethnicity> Ethnicities { get; private set; } = [];
    public bool IsAdministrator => me.IsAdministrator;
    public static bool English => AtRiskCatalogue.English;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Groups = await db.SpecialCircumstanceGroups.AsNoTracking().Include(g => g.Subgroups).OrderBy(g => g.SortOrder).ToListAsync(ct);
        foreach (var g in Groups) g.Subgroups = g.Subgroups.OrderBy(s => s.SortOrder).ToList();
        AtRisk = await db.AtRiskSituations.AsNoTracking().Where(a => a.IsActive).OrderBy(a => a.SortOrder).ThenBy(a => a.Code).ToListAsync(ct);
        Ethnicities = await db.Ethnicities.AsNoTracking().OrderBy(e => e.SortOrder).ToListAsync(ct);
    }

    public static string GroupName(SpecialCircumstanceGroup g) => English && !string.IsNullOrWhiteSpace(g.NameEn) ? g.NameEn : g.Name;
}
