using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Inspections;

/// <summary>The inspection list as .xlsx, audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = InspectionListQuery.Parse(Request.Query);
        var r = await filters.RunAsync(db, scope, Display.Today(time), all: true, ct);
        if (r is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var filter = filters.QueryString().TrimStart('?');
        var n = 0;
        var bytes = ActivityExcel.Build(l, l["Kiểm tra, giám sát"], l["DANH SÁCH CUỘC KIỂM TRA, GIÁM SÁT"], r.UnitLabel, filter, now,
            Spreadsheet.By(User, me.UserName), l["{0} cuộc kiểm tra, giám sát; {1} cuộc quá hạn khắc phục.", r.Count, r.OverdueCount],
            [l["STT"], l["Ngày"], l["Đơn vị được kiểm tra"], l["Đơn vị kiểm tra"], l["Nội dung"], l["Hạn khắc phục"], l["Ngày khắc phục"],
                l["Quá hạn khắc phục"]],
            r.Rows.Select(x => new object?[]
            {
                ++n, Display.Date(x.Date), x.UnitName, x.InspectorUnitName, x.Subject, Display.Date(x.FollowUpDue), Display.Date(x.FollowUpDoneOn),
                x.IsOverdue ? "x" : "",
            }).ToList());
        Spreadsheet.Audit(db, actor, now, "InspectionVisit", filter, r.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("kiem-tra", now));
    }
}
