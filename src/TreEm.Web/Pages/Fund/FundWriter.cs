using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Support;

namespace TreEm.Web.Pages.Fund;

/// <summary>
/// Records a new entry in a fund's ledger, for the pages and the API alike: the ledger's rules
/// (<see cref="FundLedger.Refusal"/>) decide, and a refused entry saves nothing. Entries are only ever added.
/// </summary>
public static class FundWriter
{
    /// <summary>Returns the Vietnamese reason the entry is refused, or null once it is saved (with its id set).</summary>
    public static async Task<string?> RecordAsync(TreEmDbContext db, ChildFund fund, FundEntry entry, DateOnly today,
        DateTime now, string? userId, CancellationToken ct)
    {
        if (entry.Date == default) return "Nhập ngày của bút toán.";
        if (entry.Date > today) return "Ngày của bút toán không được ở tương lai.";
        if (entry.Date.Year < 2000) return "Ngày của bút toán không hợp lệ.";
        entry.FundId = fund.Id;
        entry.UnitId = fund.UnitId;
        entry.Description = entry.Description.Trim();
        entry.Donor = Clean(entry.Donor);
        entry.Earmark = Clean(entry.Earmark);
        entry.DocumentNumber = Clean(entry.DocumentNumber);
        entry.Reason = Clean(entry.Reason);
        if (entry.Kind != FundEntryKind.Receipt) entry.ReceiptType = null;
        if (entry.Description.Length > 500 || entry.Donor?.Length > 200 || entry.Earmark?.Length > 200
            || entry.DocumentNumber?.Length > 50 || entry.Reason?.Length > 500)
            return "Nội dung nhập quá dài.";
        await FundWrites.ClaimAsync(db, fund.Id, now, ct);
        var ledger = await FundSummary.EntriesAsync(db, fund.Id, ct);
        if (FundLedger.Refusal(entry, ledger) is { } refusal)
        {
            db.ChangeTracker.Clear();
            return refusal;
        }
        entry.CreatedAt = now;
        entry.CreatedByUserId = userId;
        db.FundEntries.Add(entry);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another entry of this fund was saved meanwhile (the fund's version moved), or the same entry was
            // reversed twice at once (the unique index): nothing of this one was saved.
            db.ChangeTracker.Clear();
            entry.Id = 0;
            return FundWrites.ConcurrentEntryMessage;
        }
        return null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
