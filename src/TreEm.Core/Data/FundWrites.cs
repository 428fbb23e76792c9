using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Support;

namespace TreEm.Data;

/// <summary>Serialises the writers of one fund's ledger (see <see cref="ChildFund.LastEntryAt"/>).</summary>
public static class FundWrites
{
    /// <summary>
    /// Loads the fund for a new entry, tracked and touched, BEFORE the ledger is read for the balance check: the save
    /// then succeeds only if nobody wrote to the fund in between (DbUpdateConcurrencyException otherwise, nothing saved).
    /// </summary>
    public static async Task<ChildFund> ClaimAsync(TreEmDbContext db, int fundId, DateTime now, CancellationToken ct = default)
    {
        var fund = await db.ChildFunds.FirstAsync(f => f.Id == fundId, ct);
        fund.LastEntryAt = now;
        return fund;
    }

    /// <summary>What the user is told when another entry was written at the same moment.</summary>
    public const string ConcurrentEntryMessage =
        "Sổ quỹ vừa có bút toán khác được ghi cùng lúc nên số dư đã thay đổi; chưa có gì được lưu. Vui lòng kiểm tra lại và ghi lại.";
}
