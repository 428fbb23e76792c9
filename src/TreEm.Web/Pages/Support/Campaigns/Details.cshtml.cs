using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support.Campaigns;

/// <summary>One campaign with its children (those whose records the user can see).</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public sealed record ChildRow(int ChildId, string FullName, string Unit, decimal ValueVnd);

    public SupportCampaign Campaign { get; private set; } = null!;
    public string UnitName { get; private set; } = "";
    public string FormName { get; private set; } = "";
    public FundEntry? FundEntry { get; private set; }
    public List<ChildRow> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var campaign = await db.SupportCampaigns.AsNoTracking().VisibleTo(scope).Include(c => c.Unit).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null) return NotFound();
        Campaign = campaign;
        UnitName = campaign.Unit!.Name;
        FormName = await db.SupportForms.Where(f => f.Code == campaign.FormCode).Select(f => f.Name).FirstOrDefaultAsync(ct) ?? campaign.FormCode;
        if (campaign.FundEntryId is { } entryId)
            FundEntry = await db.FundEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId, ct);
        Children = await db.SupportRecords.AsNoTracking().VisibleTo(scope).Where(r => r.CampaignId == id)
            .OrderBy(r => r.Unit!.Path).ThenBy(r => r.Child!.FullName)
            .Select(r => new ChildRow(r.ChildId, r.Child!.FullName, r.Unit!.Name, r.ValueVnd))
            .ToListAsync(ct);
        return Page();
    }
}
