using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>The programmes list as .xlsx (every row of the filters, no paging, counts in the user's scope), with a header block; audited as an export.</summary>
public class ListExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    private const int Width = 10;

    public async Task<IActionResult> OnGetAsync(int? year, string? kind, string? sort, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = ProgrammeListQuery.Parse(year, kind, sort);
        var result = await filters.RunAsync(db, scope, page: null, IndexModel.PageSize, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var filter = filters.QueryString().TrimStart('?');
        var bytes = Spreadsheet.Save(Rows(result, filter, Display.DateTime(now), Spreadsheet.By(User, me.UserName)), l["Chương trình"]);
        Spreadsheet.Audit(db, actor, now, "ScreeningProgramme", filter, result.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("chuong-trinh", now));
    }

    private IEnumerable<IDictionary<string, object?>> Rows(ProgrammeListQuery.Result r, string filter, string at, string by)
    {
        yield return Spreadsheet.Cells(Width, l["DANH SÁCH CHƯƠNG TRÌNH KHÁM SÀNG LỌC, PHẪU THUẬT"]);
        yield return Spreadsheet.Cells(Width, l["Đơn vị: {0}", l["Phạm vi của người xuất"]]);
        yield return Spreadsheet.Cells(Width, l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
        yield return Spreadsheet.Cells(Width, l["Ngày xuất: {0}", at]);
        yield return Spreadsheet.Cells(Width, l["Người xuất: {0}", by]);
        yield return Spreadsheet.Cells(Width, l["{0} chương trình; {1} trẻ, {2} đã khám, {3} cần phẫu thuật, {4} đã phẫu thuật.", r.Rows.Count,
            r.Rows.Sum(x => x.Children), r.Rows.Sum(x => x.Screened), r.Rows.Sum(x => x.NeedSurgery), r.Rows.Sum(x => x.Operated)]);
        yield return Spreadsheet.Cells(Width);
        yield return Spreadsheet.Cells(Width, l["STT"], l["Tên chương trình"], l["Loại chương trình"], l["Năm"], l["Đơn vị tổ chức"], l["Đối tác, bệnh viện"],
            l["Số trẻ"], l["Đã khám"], l["Cần phẫu thuật"], l["Đã phẫu thuật"]);
        var n = 0;
        foreach (var x in r.Rows)
            yield return Spreadsheet.Cells(Width, ++n, x.Name, l[CareText.Kind(x.Kind)], x.Year, x.UnitName, x.Partner, x.Children, x.Screened,
                x.NeedSurgery, x.Operated);
    }
}
