using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Children;

namespace TreEm.Data;

/// <summary>
/// Finds likely duplicates of a draft in the whole installation (a child registered in two communes is the case that
/// matters). The caller shows only what the user may see, and says "a record exists elsewhere" for the rest.
/// </summary>
public static class DuplicateFinder
{
    public sealed record Candidate(int ChildId, DuplicateReason Reason);

    public static async Task<List<Candidate>> FindAsync(TreEmDbContext db, ChildDraft draft, int? excludeId = null, CancellationToken ct = default)
    {
        var name = TreEm.Domain.VietnameseText.Normalize(draft.FullName);
        var id = string.IsNullOrWhiteSpace(draft.IdentityNumber) ? null : draft.IdentityNumber.Trim();
        var year = draft.DateOfBirth?.Year ?? draft.EstimatedBirthYear;
        if (id is null && (name.Length == 0 || year is null)) return [];
        // Indexed narrowing in the database (identity number, or name + birth year), exact rules in memory.
        var candidates = await db.Children.AsNoTracking()
            .Where(c => c.MergedIntoId == null && c.Id != (excludeId ?? 0))
            .Where(c => (id != null && c.IdentityNumber == id) || (c.NameSearch == name && c.BirthYear == year))
            .Include(c => c.Caregivers)
            .Take(50)
            .ToListAsync(ct);
        return candidates
            .Select(c => (c, reason: DuplicateRules.Match(draft, c)))
            .Where(x => x.reason is not null)
            .Select(x => new Candidate(x.c.Id, x.reason!.Value))
            .ToList();
    }
}
