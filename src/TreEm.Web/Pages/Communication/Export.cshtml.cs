using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Communication;

/// <summary>The communication list as .xlsx (every row of the filters), audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = CommunicationListQuery.Parse(Request.Query);
        var r = await filters.RunAsync(db, scope, all: true, ct);
        if (r is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var filter = filters.QueryString().TrimStart('?');
        var n = 0;
        var bytes = ActivityExcel.Build(l, l["Truyền thông"], l["DANH SÁCH HOẠT ĐỘNG TRUYỀN THÔNG"], r.UnitLabel, filter, now,
            Spreadsheet.By(User, me.UserName),
            l["{0} hoạt động, {1} lượt người được truyền thông, trong đó {2} trẻ em.", r.Count, ActivityKit.Count(r.Reach), ActivityKit.Count(r.ChildrenReached)],
            [l["STT"], l["Ngày"], l["Đơn vị"], l["Tên hoạt động"], l["Kênh truyền thông"], l["Chủ đề"], l["Lượt người"], l["Trẻ em"],
                l["Số bản in"], l["Vùng sâu, vùng xa"], l["Vùng DTTS"]],
            r.Rows.Select(x => new object?[]
            {
                ++n, Display.Date(x.Date), x.UnitName, x.Title, l[ActivityText.Channel(x.Channel)], l[ActivityText.Topic(x.Topic)],
                x.Reach, x.ChildrenReached, x.Copies, x.RemoteArea ? "x" : "", x.EthnicMinorityArea ? "x" : "",
            }).ToList());
        Spreadsheet.Audit(db, actor, now, "CommunicationActivity", filter, r.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("truyen-thong", now));
    }
}
