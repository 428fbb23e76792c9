using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>
/// The committee a page works on: visible to the user (404 otherwise) and, for a page that changes it, in their
/// people-write scope (403 otherwise).
/// </summary>
public abstract class CommitteePage(TreEmDbContext db, CurrentUser me) : PageModel
{
    public Committee Committee { get; private set; } = null!;

    protected TreEmDbContext Db => db;

    /// <summary>The user's scope, set by <see cref="LoadAsync"/>.</summary>
    protected TreEm.Security.UserScope Scope { get; private set; } = TreEm.Security.UserScope.Nobody;

    protected async Task<IActionResult?> LoadAsync(int id, bool write, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        Scope = scope;
        var committee = await db.Committees.AsNoTracking().VisibleTo(scope).Include(c => c.Unit)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (committee is null) return NotFound();
        if (write && !PeopleAccess.CanWrite(scope, committee.Unit!.Path)) return Forbid();
        Committee = committee;
        return null;
    }
}
