using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>Records a receipt: money, goods at their valuation, or a sponsored programme.</summary>
public class ReceiptModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<FundResource> l)
    : FundEntryPage(db, me, time, l)
{
    public sealed class ReceiptInput
    {
        public string? Date { get; set; }
        public ReceiptType? Type { get; set; }
        public string? Donor { get; set; }
        public string? Earmark { get; set; }
        public string? DocumentNumber { get; set; }
        public string? Amount { get; set; }
        public string? Description { get; set; }
    }

    [BindProperty]
    public ReceiptInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Date = Display.Date(Today);
        Input.Type = ReceiptType.TienMat;
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
            Kind = FundEntryKind.Receipt, Date = date, AmountVnd = amount!.Value, ReceiptType = Input.Type,
            Donor = Input.Donor, Earmark = Input.Earmark, DocumentNumber = Input.DocumentNumber, Description = Input.Description ?? "",
        };
        if (!await RecordAsync(entry, ct)) return Page();
        TempData["Flash"] = L["Đã ghi khoản thu {0} từ {1}.", FundText.Money(entry.AmountVnd), entry.Donor ?? ""].Value;
        return Redirect(FundText.Url(id) + "?year=" + entry.Date.Year);
    }
}
