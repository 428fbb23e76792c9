using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports.Appendices;

/// <summary>The layouts of the numeric appendices 1–4 of the reports, which an administrator edits without a release.</summary>
[Authorize(Policy = Policies.Administrator)]
public class IndexModel(TreEmDbContext db) : PageModel
{
    public sealed record Row(int Number, string Title, int Lines, int Version, DateTime UpdatedAt, string UpdatedBy);

    public IReadOnlyList<Row> Layouts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var layouts = await db.AppendixLayouts.AsNoTracking().OrderBy(a => a.Number).ToListAsync(ct);
        Layouts = layouts.Select(a => new Row(a.Number, a.Title, AppendixRows.Parse(a.RowsJson).Count, a.Version, a.UpdatedAt, a.UpdatedBy)).ToList();
    }
}
