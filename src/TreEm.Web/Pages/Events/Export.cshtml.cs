using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Events;

/// <summary>The events list as .xlsx (every row of the filters, no paging), with a header block; audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<EventsResource> l) : PageModel
{
    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = EventListQuery.Parse(Request.Query);
        var result = await filters.RunAsync(db, scope, all: true, ct);
        if (result is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var query = filters.QueryString().TrimStart('?');
        var bytes = Spreadsheet.Save(Rows(result, query, now, Spreadsheet.By(User, me.UserName)), l["Sự kiện"]);
        Spreadsheet.Audit(db, actor, now, "ChildEvent", query, result.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("su-kien", now));
    }

    private IEnumerable<IDictionary<string, object?>> Rows(EventListQuery.Result r, string filter, DateTime now, string by)
    {
        foreach (var line in Spreadsheet.Header(l, Columns.Length, l["DANH SÁCH SỰ KIỆN VÌ TRẺ EM"], r.UnitLabel, filter, now, by)) yield return line;
        yield return Cells(l["{0} sự kiện, {1} lượt trẻ em tham gia ({2} nam, {3} nữ; {4} trẻ dân tộc thiểu số).", r.Count, r.Male + r.Female, r.Male, r.Female, r.EthnicMinority]);
        yield return Cells();
        yield return Cells(l["STT"], l["Loại"], l["Chủ đề"], l["Đơn vị tổ chức"], l["Từ ngày"], l["Đến ngày"], l["Địa điểm"], l["Trẻ em nam"],
            l["Trẻ em nữ"], l["Trẻ em dân tộc thiểu số"], l["Người phụ trách trẻ em"], l["Tình nguyện viên"], l["Khách mời"], l["Người lớn khác"],
            l["Cảnh báo"], l["Kết quả"]);
        var n = 0;
        foreach (var x in r.Rows)
            yield return Cells(++n, l[EventText.Kind(x.Kind)], x.Theme, x.UnitName, Display.Date(x.StartDate), Display.Date(x.EndDate), x.Venue,
                x.ChildrenMale, x.ChildrenFemale, x.ChildrenEthnicMinority, x.AdultsInCharge, x.Volunteers, x.Guests, x.OtherAdults,
                string.Join(" ", x.Warnings().Select(w => EventText.Warning(l, w))), x.Results);
    }

    /// <summary>One sheet row; every text is neutralised against formula injection.</summary>
    private static Dictionary<string, object?> Cells(params object?[] values) => Spreadsheet.Cells(Columns.Length, values);
}
