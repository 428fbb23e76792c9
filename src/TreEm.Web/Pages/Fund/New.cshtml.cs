using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>Opens a fund for a unit in scope (administrators and province officers); one fund per unit.</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, IStringLocalizer<FundResource> l) : PageModel
{
    public sealed class NewInput
    {
        [Required(ErrorMessage = "Nhập mã đơn vị.")]
        [StringLength(20, ErrorMessage = "Mã đơn vị dài quá 20 ký tự.")]
        public string? UnitCode { get; set; }

        [Required(ErrorMessage = "Nhập tên quỹ.")]
        [StringLength(200, ErrorMessage = "Tên quỹ dài quá 200 ký tự.")]
        public string? Name { get; set; }
    }

    [BindProperty]
    public NewInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        return FundSummary.CanManage(scope) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        if (!FundSummary.CanManage(scope)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var code = Input.UnitCode!.Trim();
        var unit = await db.Units.AsNoTracking().VisibleTo(FundSummary.ManageScope(scope)).FirstOrDefaultAsync(u => u.Code == code, ct);
        if (unit is null)
        {
            ModelState.AddModelError("Input.UnitCode", l["Không tìm thấy đơn vị có mã {0} trong phạm vi của bạn.", code]);
            return Page();
        }
        if (await db.ChildFunds.AnyAsync(f => f.UnitId == unit.Id, ct))
        {
            ModelState.AddModelError("Input.UnitCode", l["Đơn vị {0} đã có quỹ.", unit.Name]);
            return Page();
        }
        var fund = new ChildFund { UnitId = unit.Id, Name = Input.Name!.Trim() };
        db.ChildFunds.Add(fund);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = l["Đã lập quỹ «{0}».", fund.Name].Value;
        return Redirect(FundText.Url(fund.Id));
    }
}
