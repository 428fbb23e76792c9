using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>
/// One child's record: every field, caregivers, current and past classifications and the status history.
/// Opening it is recorded in the audit log.
/// </summary>
[ReadOnlyPage]
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public ChildDetailsQuery.Result Details { get; private set; } = null!;

    /// <summary>Duplicates merged into this record (and not undone), for the "hồ sơ đã gộp" list.</summary>
    public List<MergedRecord> Merged { get; private set; } = [];
    public bool CanMerge { get; private set; }
    public bool IsAdministrator { get; private set; }

    /// <summary>The child's cases the user can find (none for those who cannot see them).</summary>
    public List<ChildCasesQuery.Row> Cases { get; private set; } = [];

    /// <summary>The child's support (trợ giúp) the user can see, and whether they may add one.</summary>
    public TreEm.Web.Pages.Support.ChildSupportQuery.Result Support { get; private set; } = null!;

    public sealed record MergedRecord(int MergeId, int ChildId, string FullName, DateTime At, string UserName, string Reason);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var details = await ChildDetailsQuery.LoadAsync(db, scope, id, Display.Today(time), ct);
        if (details is null) return NotFound();
        Details = details;
        CanMerge = details.CanWrite && ChildMergeCommand.CanMerge(scope) && details.Child.MergedIntoId is null;
        IsAdministrator = me.IsAdministrator;
        Merged = await db.ChildMerges.AsNoTracking()
            .Where(m => m.SurvivorId == id && m.UndoneAt == null)
            .Join(db.Children, m => m.MergedId, c => c.Id, (m, c) => new MergedRecord(m.Id, c.Id, c.FullName, m.At, m.UserName, m.Reason))
            .ToListAsync(ct);
        Cases = await ChildCasesQuery.LoadAsync(db, scope, id, ct);
        Support = await TreEm.Web.Pages.Support.ChildSupportQuery.LoadAsync(db, scope, id, ct);
        db.AuditRead("Child", id.ToString(System.Globalization.CultureInfo.InvariantCulture), details.Child.UnitId);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
