using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>Records a disbursement; the ledger refuses one larger than the balance.</summary>
public class DisbursementModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<FundResource> l)
    : FundEntryPage(db, me, time, l)
{
    public sealed class DisbursementInput
    {
        public string? Date { get; set; }
        public string? Amount { get; set; }
        public string? Description { get; set; }
        public string? DocumentNumber { get; set; }
    }

    [BindProperty]
    public DisbursementInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Date = Display.Date(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var date = ParseDate(Input.Date, "Input.Date");
        var amount = FundText.ParseAmount(Input.Amount);
        if (amount is null) ModelState.AddModelError("Input.Amount", L["Nhập số tiền bằng số, ví dụ 1.250.000."]);
        if (!ModelState.IsValid) return Page();
        var entry = new FundEntry
        {
            Kind = FundEntryKind.Disbursement, Date = date, AmountVnd = amount!.Value,
            DocumentNumber = Input.DocumentNumber, Description = Input.Description ?? "",
        };
        if (!await RecordAsync(entry, ct)) return Page();
        TempData["Flash"] = L["Đã ghi khoản chi {0}.", FundText.Money(entry.AmountVnd)].Value;
        return Redirect(FundText.Url(id) + "?year=" + entry.Date.Year);
    }
}
