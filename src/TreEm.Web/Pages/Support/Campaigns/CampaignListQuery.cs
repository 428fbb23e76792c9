using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Security;

namespace TreEm.Web.Pages.Support.Campaigns;

/// <summary>The campaigns of the units the user can see, newest first: one page for the list, every row for the export.</summary>
public static class CampaignListQuery
{
    public sealed record Row(int Id, string Name, DateOnly Date, string Form, string Unit, int ChildCount, decimal ValuePerChild, decimal Total,
        FundingSource Source, string? Donor, string? FundEntry);

    public sealed record Result(int Total, List<Row> Rows);

    /// <summary>The page <paramref name="page"/> of <paramref name="pageSize"/> rows, or every row when <paramref name="page"/> is null.</summary>
    public static async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, int? page, int pageSize, CancellationToken ct)
    {
        var query = db.SupportCampaigns.AsNoTracking().VisibleTo(scope);
        var total = await query.CountAsync(ct);
        var ordered = query.OrderByDescending(c => c.Date).ThenByDescending(c => c.Id);
        var paged = page is { } p ? ordered.Skip((p - 1) * pageSize).Take(pageSize) : ordered;
        var rows = await paged
            .Select(c => new
            {
                c.Id, c.Name, c.Date, Form = db.SupportForms.Where(f => f.Code == c.FormCode).Select(f => f.Name).FirstOrDefault(),
                Unit = c.Unit!.Name, c.ChildCount, c.ValuePerChildVnd, c.Source, c.DonorName,
                FundEntry = db.FundEntries.Where(e => e.Id == c.FundEntryId).Select(e => e.Description).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new Result(total, rows.Select(r => new Row(r.Id, r.Name, r.Date, r.Form ?? "", r.Unit, r.ChildCount, r.ValuePerChildVnd,
            r.ValuePerChildVnd * r.ChildCount, r.Source, r.DonorName, r.FundEntry)).ToList());
    }
}
