using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>Sets what a fund aims to raise in a year (administrators and province officers).</summary>
public class TargetsModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<FundResource> l) : PageModel
{
    public sealed class TargetInput
    {
        [Required(ErrorMessage = "Nhập năm.")]
        [Range(2000, 2100, ErrorMessage = "Năm phải từ 2000 đến 2100.")]
        public int? Year { get; set; }

        [Required(ErrorMessage = "Nhập số tiền chỉ tiêu.")]
        public string? Amount { get; set; }
    }

    [BindProperty]
    public TargetInput Input { get; set; } = new();

    public ChildFund Fund { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Input.Year = Display.Today(time).Year;
        if (Fund.Targets.FirstOrDefault(t => t.Year == Input.Year) is { } t) Input.Amount = FundText.Input(t.AmountVnd);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var amount = FundText.ParseAmount(Input.Amount);
        if (!string.IsNullOrWhiteSpace(Input.Amount) && (amount is not > 0 || decimal.Round(amount.Value, 0) != amount))
            ModelState.AddModelError("Input.Amount", l["Số tiền chỉ tiêu phải là số đồng lớn hơn 0, ví dụ 4.000.000.000."]);
        if (!ModelState.IsValid) return Page();

        var target = await db.FundTargets.FirstOrDefaultAsync(t => t.FundId == id && t.Year == Input.Year, ct);
        if (target is null) db.FundTargets.Add(new FundTarget { FundId = id, Year = Input.Year!.Value, AmountVnd = amount!.Value });
        else target.AmountVnd = amount!.Value;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã đặt chỉ tiêu năm {0}: {1}.", Input.Year!.Value, FundText.Money(amount.Value)].Value;
        return Redirect(FundText.Url(id) + "?year=" + Input.Year.Value);
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!FundSummary.CanManage(scope)) return false;
        var fund = await db.ChildFunds.AsNoTracking().VisibleTo(FundSummary.ManageScope(scope))
            .Include(f => f.Unit).Include(f => f.Targets).FirstOrDefaultAsync(f => f.Id == id, ct);
        if (fund is null) return false;
        Fund = fund;
        return true;
    }
}
