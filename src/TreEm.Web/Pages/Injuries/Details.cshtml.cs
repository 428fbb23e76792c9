using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Security;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Injuries;

/// <summary>One injury record; the linked child's name only when the user may read the child's register record.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public InjuryRecord Record { get; private set; } = null!;
    public string? ChildName { get; private set; }
    public string? EthnicityName { get; private set; }
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var r = await db.InjuryRecords.AsNoTracking().VisibleTo(scope).Include(x => x.Unit).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return NotFound();
        Record = r;
        if (r.ChildId is { } childId)
            ChildName = await db.Children.AsNoTracking().VisibleTo(scope).Where(c => c.Id == childId).Select(c => c.FullName).FirstOrDefaultAsync(ct);
        if (r.EthnicityCode is { } code)
            EthnicityName = await db.Ethnicities.AsNoTracking().Where(e => e.Code == code).Select(e => e.Name).FirstOrDefaultAsync(ct);
        CanWrite = ActivityKit.CanWrite(scope, Capabilities.ActivityWrite, r.Unit!.Path);
        return Page();
    }
}
