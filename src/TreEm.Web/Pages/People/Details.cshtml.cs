using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>One person's record, with the committees they sit on.</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : PageModel
{
    public Person Person { get; private set; } = null!;
    public bool CanWrite { get; private set; }
    public bool Active { get; private set; }
    public sealed record Membership(int CommitteeId, string Committee, CommitteeRole Role, DateOnly From, DateOnly? To);
    public List<Membership> Committees { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var person = await PeopleAccess.FindAsync(db, scope, id, tracked: false, ct);
        if (person is null) return NotFound();
        Person = person;
        CanWrite = PeopleAccess.CanWrite(scope, person.Unit!.Path);
        Active = person.ActiveOn(Display.Today(time));
        Committees = await db.CommitteeMembers.AsNoTracking().Where(m => m.PersonId == id)
            .OrderBy(m => m.From)
            .Select(m => new Membership(m.CommitteeId, m.Committee!.Name, m.Role, m.From, m.To)).ToListAsync(ct);
        return Page();
    }
}
