using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>A session's participants; with write rights, a search of the network (name without diacritics) to add people, and a free-person form.</summary>
public class SessionModel(TreEmDbContext db, CurrentUser me) : PageModel
{
    public const int SearchLimit = 20;

    public sealed record ParticipantRow(int Id, int? PersonId, string FullName, string Organisation, PersonKind? Kind, Sex? Sex);

    public sealed record Candidate(int Id, string FullName, string UnitName, PersonKind Kind, string Position);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public TrainingSession Session { get; private set; } = null!;
    public List<ParticipantRow> Participants { get; private set; } = [];
    public List<Candidate> Candidates { get; private set; } = [];
    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int sid, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var session = await TrainingText.FindSessionAsync(db, scope, sid, ct);
        if (session is null) return NotFound();
        Session = session;
        CanWrite = TrainingText.CanWrite(scope, session.Course!.Unit!.Path);
        Participants = await ListAsync(db, sid, ct);
        if (CanWrite && !string.IsNullOrWhiteSpace(Q))
        {
            var needle = VietnameseText.Normalize(Q);
            var taken = Participants.Where(p => p.PersonId != null).Select(p => p.PersonId!.Value).ToList();
            Candidates = await db.People.AsNoTracking().VisibleTo(scope)
                .Where(p => p.NameSearch.Contains(needle) && !taken.Contains(p.Id))
                .OrderBy(p => p.NameSearch).ThenBy(p => p.Id).Take(SearchLimit)
                .Select(p => new Candidate(p.Id, p.FullName, p.Unit!.Name, p.Kind, p.Position)).ToListAsync(ct);
        }
        return Page();
    }

    public static async Task<List<ParticipantRow>> ListAsync(TreEmDbContext db, int sid, CancellationToken ct)
    {
        var rows = await db.TrainingParticipants.AsNoTracking().Where(p => p.SessionId == sid)
            .Select(p => new
            {
                p.Id, p.PersonId, Name = p.Person != null ? p.Person.FullName : p.FullName ?? "",
                Search = p.Person != null ? p.Person.NameSearch : "",
                Org = p.Person != null ? p.Person.Unit!.Name : p.Organisation ?? "",
                Kind = p.Person != null ? p.Person.Kind : p.Kind,
                Sex = p.Person != null ? p.Person.Sex : p.Sex,
            }).ToListAsync(ct);
        return rows.OrderBy(r => r.PersonId is null).ThenBy(r => r.Search.Length == 0 ? VietnameseText.Normalize(r.Name) : r.Search, StringComparer.Ordinal)
            .Select(r => new ParticipantRow(r.Id, r.PersonId, r.Name, r.Org, r.Kind, r.Sex)).ToList();
    }
}
