using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Domain.Support;
using TreEm.Security;

namespace TreEm.Web.Pages.Support;

/// <summary>Saves one support for one child, for the page and the API alike.</summary>
public static class SupportCommand
{
    /// <summary>
    /// One SaveChanges: the record and, when the fund pays, its disbursement. Returns the saved record, or the
    /// Vietnamese reason it was refused (the fund's balance, a fund the user may not use, a concurrent entry).
    /// </summary>
    public static async Task<(SupportRecord? Record, string? Refusal)> SaveAsync(TreEmDbContext db, UserScope scope,
        SupportDraft draft, Child child, DateTime now, string? userId, CancellationToken ct)
    {
        var record = draft.ToRecord(child.Id, child.UnitId, now, userId);
        if (record.Source == FundingSource.QuyBaoTro)
        {
            var (entry, refusal) = await FundDraw.AddDisbursementAsync(db, scope, draft.FundId, record.Date, record.ValueVnd,
                $"Chi trợ giúp trẻ em: {child.FullName} (mã {child.Id})", now, userId, ct);
            if (entry is null) return (null, refusal);
            record.FundEntryId = entry.Id;
        }
        db.SupportRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException) when (record.Source == FundingSource.QuyBaoTro)
        {
            db.ChangeTracker.Clear();
            return (null, FundWrites.ConcurrentEntryMessage);
        }
        return (record, null);
    }
}
