using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>Cancels a receipt or disbursement by a reversing entry of the same amount, with a reason and a confirmation.</summary>
public class ReverseModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IAuditActor actor, IStringLocalizer<FundResource> l)
    : FundEntryPage(db, me, time, l)
{
    public sealed class ReverseInput
    {
        public string? Date { get; set; }
        public string? Reason { get; set; }
        public bool Confirm { get; set; }
    }

    [BindProperty]
    public ReverseInput Input { get; set; } = new();

    public FundEntry Entry { get; private set; } = null!;
    public bool AlreadyReversed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int entryId, CancellationToken ct)
    {
        if (!await LoadEntryAsync(id, entryId, ct)) return NotFound();
        Input.Date = Display.Date(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int entryId, CancellationToken ct)
    {
        if (!await LoadEntryAsync(id, entryId, ct)) return NotFound();
        var date = ParseDate(Input.Date, "Input.Date");
        if (!Input.Confirm) ModelState.AddModelError("Input.Confirm", L["Đánh dấu ô xác nhận để đảo bút toán."]);
        if (!ModelState.IsValid) return Page();
        var reversal = new FundEntry
        {
            Kind = FundEntryKind.Reversal, Date = date, AmountVnd = Entry.AmountVnd, ReversesEntryId = Entry.Id,
            Reason = Input.Reason, DocumentNumber = Entry.DocumentNumber,
            Description = $"Đảo bút toán {FundText.Kind(Entry.Kind).ToLowerInvariant()} ngày {Display.Date(Entry.Date)}: {Entry.Description}",
        };
        if (reversal.Description.Length > 500) reversal.Description = reversal.Description[..499] + "…";
        actor.Reason = Input.Reason?.Trim();
        if (!await RecordAsync(reversal, ct)) return Page();
        TempData["Flash"] = L["Đã đảo bút toán {0}.", FundText.Money(Entry.AmountVnd)].Value;
        return Redirect(FundText.Url(id) + "?year=" + reversal.Date.Year);
    }

    private async Task<bool> LoadEntryAsync(int id, int entryId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return false;
        var entry = await Db.FundEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.FundId == id, ct);
        if (entry is null || entry.Kind == FundEntryKind.Reversal) return false;
        Entry = entry;
        AlreadyReversed = await Db.FundEntries.AnyAsync(e => e.ReversesEntryId == entryId, ct);
        return true;
    }
}
