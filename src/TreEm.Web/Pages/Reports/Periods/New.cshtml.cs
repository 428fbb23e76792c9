using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Reports.Periods;

/// <summary>Creates a report period (province officers and administrators).</summary>
public class NewModel(TreEmDbContext db, CurrentUser me, TimeProvider time, IStringLocalizer<ReportsResource> l)
    : PeriodFormPage(db, me, time, l)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await AllowedAsync(ct)) return Forbid();
        Input = new PeriodInput { Year = Today.Year, Kind = ReportPeriodKind.SixMonths, ReminderDays = 5 };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await AllowedAsync(ct)) return Forbid();
        var period = new ReportPeriod { CreatedAt = Now };
        if (!await ApplyAsync(period, ct)) return Page();
        Db.ReportPeriods.Add(period);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = L["Đã tạo kỳ {0}.", L[ReportText.PeriodName(period)]].Value;
        return Redirect("/reports/periods?year=" + period.Year);
    }
}
