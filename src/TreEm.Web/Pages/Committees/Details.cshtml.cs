using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>A committee with its members (current first) and its meetings (latest first).</summary>
public class DetailsModel(TreEmDbContext db, CurrentUser me, TimeProvider time) : CommitteePage(db, me)
{
    public List<CommitteeMember> Members { get; private set; } = [];
    public List<CommitteeMeeting> Meetings { get; private set; } = [];
    public bool CanWrite { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, write: false, ct) is { } refusal) return refusal;
        Today = Display.Today(time);
        Members = (await Db.CommitteeMembers.AsNoTracking().Where(m => m.CommitteeId == id).ToListAsync(ct))
            .OrderBy(m => m.ActiveOn(Today) ? 0 : 1).ThenBy(m => m.Role).ThenBy(m => m.From).ThenBy(m => m.Id).ToList();
        Meetings = await Db.CommitteeMeetings.AsNoTracking().Where(m => m.CommitteeId == id)
            .OrderByDescending(m => m.Date).ThenByDescending(m => m.Id).ToListAsync(ct);
        CanWrite = PeopleAccess.CanWrite(Scope, Committee.Unit!.Path);
        return Page();
    }
}
