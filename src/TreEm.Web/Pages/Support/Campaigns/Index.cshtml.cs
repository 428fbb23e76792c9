using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support.Campaigns;

/// <summary>The campaigns (bulk entries) of the units the user can see, newest first.</summary>
public class IndexModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, DateOnly Date, string Form, string Unit, int ChildCount, decimal Total, FundingSource Source, string? Donor);

    public List<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageNo { get; private set; } = 1;
    public bool CanCreate { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var write = scope.For(Capabilities.SupportWrite);
        CanCreate = write.All || write.Paths.Count > 0;
        PageNo = Math.Max(1, p ?? 1);
        var query = db.SupportCampaigns.AsNoTracking().VisibleTo(scope);
        Total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id)
            .Skip((PageNo - 1) * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Name, c.Date, Form = db.SupportForms.Where(f => f.Code == c.FormCode).Select(f => f.Name).FirstOrDefault(),
                Unit = c.Unit!.Name, c.ChildCount, c.ValuePerChildVnd, c.Source, c.DonorName })
            .ToListAsync(ct);
        Rows = rows.Select(r => new Row(r.Id, r.Name, r.Date, r.Form ?? "", r.Unit, r.ChildCount, r.ValuePerChildVnd * r.ChildCount, r.Source, r.DonorName)).ToList();
    }
}
