using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;

namespace TreEm.Web.Pages.Support;

/// <summary>The forms of support offered in forms (active ones) and named in lists (all).</summary>
public static class SupportForms
{
    public static Task<List<SupportForm>> ActiveAsync(TreEmDbContext db, CancellationToken ct) =>
        db.SupportForms.AsNoTracking().Where(f => f.IsActive).OrderBy(f => f.SortOrder).ThenBy(f => f.Code).ToListAsync(ct);

    public static Task<List<SupportForm>> AllAsync(TreEmDbContext db, CancellationToken ct) =>
        db.SupportForms.AsNoTracking().OrderBy(f => f.SortOrder).ThenBy(f => f.Code).ToListAsync(ct);
}
