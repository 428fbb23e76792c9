using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports.Periods;

/// <summary>Changes a report period (province officers and administrators); a stale edit is refused with the input kept.</summary>
public class EditModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ReportsResource> l)
    : PeriodFormPage(db, me, time, l)
{
    public ReportPeriod Period { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await AllowedAsync(ct)) return Forbid();
        var period = await Db.ReportPeriods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (period is null) return NotFound();
        Period = period;
        Input = PeriodInput.Of(period);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await AllowedAsync(ct)) return Forbid();
        var period = await Db.ReportPeriods.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (period is null) return NotFound();
        Period = period;
        if (period.Version != Input.Version)
        {
            ModelState.AddModelError("", L["Kỳ báo cáo vừa được người khác sửa. Nội dung bạn nhập vẫn còn dưới đây: xem lại rồi lưu lần nữa."]);
            ModelState.Remove("Input.Version");
            Input.Version = period.Version;
            return Page();
        }
        if (!await ApplyAsync(period, ct)) return Page();
        Db.Entry(period).Property(p => p.Version).OriginalValue = Input.Version;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", L["Kỳ báo cáo vừa được người khác sửa. Nội dung bạn nhập vẫn còn dưới đây: xem lại rồi lưu lần nữa."]);
            return Page();
        }
        TempData["Flash"] = L["Đã lưu kỳ {0}.", L[ReportText.PeriodName(period)]].Value;
        return Redirect("/reports/periods?year=" + period.Year);
    }
}
