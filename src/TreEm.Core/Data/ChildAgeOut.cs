using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Children;

namespace TreEm.Data;

/// <summary>
/// Marks "đủ 16 tuổi" the children under management whose 16th birthday has come (<see cref="ChildRules.AgeOut"/>).
/// Their records stay, with a history row; run daily by the age-out job. Works in batches, each saved (and
/// audited) on its own.
/// </summary>
public static class ChildAgeOut
{
    public const string Reason = "Đủ 16 tuổi (tự động)";
    public const int BatchSize = 500;

    /// <summary>Marks every child due on <paramref name="today"/>; returns how many were marked.</summary>
    /// <param name="actor">The audit actor of <paramref name="db"/>, to record the reason on the audit rows.</param>
    public static async Task<int> RunAsync(TreEmDbContext db, DateOnly today, DateTime now, IAuditActor? actor = null, CancellationToken ct = default)
    {
        // Born on or before this day (or, for an estimated year, in or before this year): 16 by today.
        var latestBirth = today.AddYears(-Child.AdultAge);
        var latestYear = today.Year - Child.AdultAge;
        var marked = 0;
        var lastId = 0;
        while (true)
        {
            var batch = await db.Children
                .Where(c => c.Id > lastId && c.Status == ChildStatus.DangQuanLy && c.MergedIntoId == null
                    && ((c.DateOfBirth != null && c.DateOfBirth <= latestBirth) || (c.DateOfBirth == null && c.BirthYear <= latestYear)))
                .OrderBy(c => c.Id)
                .Take(BatchSize)
                .ToListAsync(ct);
            if (batch.Count == 0) break;
            lastId = batch[^1].Id;
            var changed = 0;
            foreach (var child in batch)
                if (ChildRules.AgeOut(child, today, now)) changed++;
            if (changed > 0)
            {
                if (actor is not null) actor.Reason = Reason;
                await db.SaveChangesAsync(ct);
                marked += changed;
            }
            db.ChangeTracker.Clear();
        }
        return marked;
    }
}
