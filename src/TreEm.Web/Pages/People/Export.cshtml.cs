using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>The people list as .xlsx (every row of the filters, no paging), audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<PeopleResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = PeopleListQuery.Parse(Request.Query);
        var result = await filters.RunAsync(db, scope, Display.Today(time), all: true, ct);
        if (result is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var query = filters.QueryString().TrimStart('?');
        var bytes = Spreadsheet.Save(Rows(result, query, now), l["Cán bộ và cộng tác viên"]);
        Spreadsheet.Audit(db, actor, now, "Person", query, result.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("can-bo", now));
    }

    private IEnumerable<Dictionary<string, object?>> Rows(PeopleListQuery.Result r, string filter, DateTime now)
    {
        foreach (var row in PeopleXlsx.Header(l, l["DANH SÁCH CÁN BỘ, CỘNG TÁC VIÊN BẢO VỆ TRẺ EM"], r.UnitLabel, filter, now, User, me.UserName))
            yield return row;
        yield return PeopleXlsx.Cells(l["{0} người, ngày {1}.", r.Count, Display.Date(r.Day)]);
        yield return PeopleXlsx.Cells();
        yield return PeopleXlsx.Cells(l["STT"], l["Họ và tên"], l["Loại"], l["Chức vụ"], l["Chuyên trách"], l["Đơn vị"], l["Mã đơn vị"],
            l["Điện thoại"], l["Ngày bắt đầu"], l["Ngày kết thúc"]);
        var n = 0;
        foreach (var x in r.Rows)
            yield return PeopleXlsx.Cells(++n, x.FullName, l[PeopleText.Kind(x.Kind)], x.Position, x.FullTime ? l["Có"] : l["Không"], x.UnitName,
                x.UnitCode, x.Phone, Display.Date(x.StartDate), Display.Date(x.EndDate));
    }
}
