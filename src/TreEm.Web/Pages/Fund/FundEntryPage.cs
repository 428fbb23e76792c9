using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>
/// What the pages that add a ledger entry share: the fund in the user's write scope (404 otherwise), the date as
/// typed, and saving through <see cref="FundWriter"/> — a refusal is shown with the input kept and nothing saved.
/// </summary>
public abstract class FundEntryPage(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<FundResource> l) : PageModel
{
    public ChildFund Fund { get; private set; } = null!;
    public decimal Balance { get; private set; }

    protected TreEmDbContext Db => db;
    protected IStringLocalizer<FundResource> L => l;
    protected DateOnly Today => Display.Today(time);

    protected async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var fund = await FundSummary.FindAsync(db, scope, id, write: true, ct);
        if (fund is null) return false;
        Fund = fund;
        Balance = FundLedger.Compute(await FundSummary.EntriesAsync(db, id, ct)).Balance;
        return true;
    }

    /// <summary>The day typed as dd/mm/yyyy, or a model error.</summary>
    protected DateOnly ParseDate(string? text, string field)
    {
        var d = Display.ParseDate(text);
        if (string.IsNullOrWhiteSpace(text)) ModelState.AddModelError(field, l["Nhập ngày của bút toán."]);
        else if (d is null) ModelState.AddModelError(field, l["Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 30/11/2026."]);
        return d ?? default;
    }

    /// <summary>Saves the entry; on refusal adds the message and returns false (nothing saved).</summary>
    protected async Task<bool> RecordAsync(FundEntry entry, CancellationToken ct)
    {
        var refusal = await FundWriter.RecordAsync(db, Fund, entry, Today, time.GetUtcNow().UtcDateTime, me.Id, ct);
        if (refusal is null) return true;
        // The ledger's reasons are Vietnamese; those with an English resource are translated (the rest stay Vietnamese).
        ModelState.AddModelError("", l[refusal]);
        return false;
    }
}
