using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Security;

namespace TreEm.Web.Pages.Support;

/// <summary>
/// Support paid by the child-protection fund: the fund's disbursement is written in the same SaveChanges as the
/// support, so the ledger and the children's support always tell the same story.
/// </summary>
public static class FundDraw
{
    /// <summary>Funds the user may draw on: visible to them, where they may write the ledger, and still active.</summary>
    public static IQueryable<ChildFund> DrawableBy(this IQueryable<ChildFund> funds, UserScope scope) =>
        funds.AsNoTracking().VisibleTo(scope).VisibleTo(scope.For(Capabilities.FundWrite)).Where(f => f.IsActive);

    /// <summary>
    /// Adds (unsaved) a disbursement of the chosen fund, after claiming the fund so that a concurrent entry makes the
    /// save fail (<see cref="FundWrites.ClaimAsync"/>). Returns the entry, whose key stays temporary until the save,
    /// or the Vietnamese reason it is refused (then nothing is tracked any more).
    /// </summary>
    public static async Task<(FundEntry? Entry, string? Refusal)> AddDisbursementAsync(TreEmDbContext db, UserScope scope,
        int? fundId, DateOnly date, decimal amount, string description, DateTime now, string? userId, CancellationToken ct)
    {
        var fund = fundId is null ? null : await db.ChildFunds.DrawableBy(scope).FirstOrDefaultAsync(f => f.Id == fundId, ct);
        if (fund is null) return (null, "Vui lòng chọn quỹ chi trả mà bạn được quyền ghi sổ.");
        await FundWrites.ClaimAsync(db, fund.Id, now, ct);
        var ledger = await db.FundEntries.AsNoTracking().Where(e => e.FundId == fund.Id).ToListAsync(ct);
        var entry = new FundEntry
        {
            Id = -1, FundId = fund.Id, UnitId = fund.UnitId, Kind = FundEntryKind.Disbursement, Date = date,
            AmountVnd = amount, Description = description, CreatedAt = now, CreatedByUserId = userId,
        };
        if (FundLedger.Refusal(entry, ledger) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return (null, refusal);
        }
        db.FundEntries.Add(entry);
        // A temporary key: whatever points to the entry is fixed up by EF when it is saved.
        db.Entry(entry).Property(e => e.Id).IsTemporary = true;
        return (entry, null);
    }
}
