using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Injuries;

/// <summary>The injury list as .xlsx (no names: sex, age and place only), audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<ActivitiesResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = InjuryListQuery.Parse(Request.Query);
        var r = await filters.RunAsync(db, scope, all: true, ct);
        if (r is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var filter = filters.QueryString().TrimStart('?');
        var n = 0;
        var bytes = ActivityExcel.Build(l, l["Tai nạn, thương tích"], l["DANH SÁCH TRẺ EM BỊ TAI NẠN, THƯƠNG TÍCH"], r.UnitLabel, filter, now,
            Spreadsheet.By(User, me.UserName), l["{0} trẻ bị tai nạn, thương tích: {1} bị thương, {2} tử vong.", r.Count, r.Injured, r.Died],
            [l["STT"], l["Ngày"], l["Đơn vị"], l["Loại tai nạn, thương tích"], l["Hậu quả"], l["Giới tính"], l["Tuổi"], l["Nơi xảy ra"],
                l["Có trong sổ theo dõi"]],
            r.Rows.Select(x => new object?[]
            {
                ++n, Display.Date(x.Date), x.UnitName, l[ActivityText.Kind(x.Kind)], l[ActivityText.Outcome(x.Outcome)],
                x.Sex is null ? "" : l[ActivityText.Sex(x.Sex)], x.Age, x.Place, x.ChildId is null ? "" : "x",
            }).ToList());
        Spreadsheet.Audit(db, actor, now, "InjuryRecord", filter, r.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("tai-nan-thuong-tich", now));
    }
}
