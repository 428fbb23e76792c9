using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;
using TreEm.Security;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>A case as one user may see it, with what they may do on it.</summary>
public sealed record OpenCase(Case Case, CaseView View, bool CanWork, bool IsChairman, CaseActor Actor)
{
    public bool SeesNarrative => View == CaseView.Full;
}

/// <summary>
/// Loads a case for the signed-in user through the one scoping function (null = 404) and works out what they may
/// see and do (<see cref="CaseAccess"/>). Every page and endpoint of a case starts here.
/// </summary>
public sealed class CaseAccessor(TreEmDbContext db, CurrentUser me, TimeProvider time)
{
    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public Task<WorkingCalendar> CalendarAsync(CancellationToken ct) => db.WorkingCalendarAsync(ct);

    /// <summary>The case with all its parts, tracked for changes; null when the user cannot find it.</summary>
    public async Task<OpenCase?> FindAsync(int id, CancellationToken ct, bool tracked = true)
    {
        var scope = await me.ScopeAsync(ct);
        var query = db.Cases.VisibleTo(scope).WithEverything();
        if (!tracked) query = query.AsNoTracking();
        var c = await query.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var view = CaseAccess.ViewOf(scope, c.Unit!.Path, c.CreatedByUserId, c.Referrals.Select(r => r.AgencyId));
        if (view == CaseView.None) return null;
        var name = await db.Users.Where(u => u.Id == me.Id).Select(u => u.FullName).FirstOrDefaultAsync(ct);
        var isChairman = CaseAccess.IsChairman(scope, c.Unit.Path);
        var actor = new CaseActor(me.Id, string.IsNullOrWhiteSpace(name) ? me.UserName : name, isChairman);
        return new OpenCase(c, view, CaseAccess.CanWork(scope, c.Unit.Path), isChairman, actor);
    }

    /// <summary>
    /// Saves a change made from a form the user loaded at <paramref name="expectedVersion"/>. Returns null on
    /// success, or what others changed since then (the user's change is not saved and nothing is lost: the form
    /// shows both).
    /// </summary>
    public async Task<IReadOnlyList<CaseChange>?> SaveAsync(Case c, int expectedVersion, CancellationToken ct)
    {
        db.Entry(c).Property(x => x.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ChangesSinceAsync(c.Id, expectedVersion, ct);
        }
    }

    /// <summary>The saved changes of the case record after a version, from the audit log, in words.</summary>
    public async Task<IReadOnlyList<CaseChange>> ChangesSinceAsync(int caseId, int version, CancellationToken ct)
    {
        var key = caseId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Case) && a.Key == key && a.Action == AuditAction.Update)
            .OrderBy(a => a.Id)
            .Select(a => new { a.At, a.UserName, a.OldValues, a.NewValues })
            .ToListAsync(ct);
        var result = new List<CaseChange>();
        foreach (var e in entries)
        {
            var changes = CaseChange.Parse(e.At, e.UserName, e.OldValues, e.NewValues);
            if (changes.Version > version) result.AddRange(changes.Fields);
        }
        return result;
    }
}

/// <summary>One field of the case someone else changed: shown after a conflicting save.</summary>
public sealed record CaseChange(DateTime At, string UserName, string Field, string? Before, string? After)
{
    internal static (int Version, List<CaseChange> Fields) Parse(DateTime at, string user, string? oldJson, string? newJson)
    {
        var before = Read(oldJson);
        var after = Read(newJson);
        var version = after.TryGetValue(nameof(Case.Version), out var v) && int.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        var fields = after.Keys
            .Where(k => k is not nameof(Case.Version) and not nameof(Case.UpdatedAt))
            .Select(k => new CaseChange(at, user, k, before.GetValueOrDefault(k), after[k]))
            .ToList();
        return (version, fields);
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json)) return result;
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        foreach (var p in doc.RootElement.EnumerateObject())
            result[p.Name] = p.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null
                : p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
        return result;
    }
}
