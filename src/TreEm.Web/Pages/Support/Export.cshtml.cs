using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support;

/// <summary>The support list as .xlsx (every row of the filters, no paging), with a header block; audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<SupportResource> l) : PageModel
{
    private static readonly string[] Columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = SupportListQuery.Parse(Request.Query);
        var result = await filters.RunAsync(db, scope, all: true, ct);
        if (result is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var query = filters.QueryString().TrimStart('?');
        var bytes = Spreadsheet.Save(Rows(result, query, now, Spreadsheet.By(User, me.UserName)), l["Trợ giúp trẻ em"]);
        Spreadsheet.Audit(db, actor, now, "SupportRecord", query, result.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("tro-giup", now));
    }

    private IEnumerable<IDictionary<string, object?>> Rows(SupportListQuery.Result r, string filter, DateTime now, string by)
    {
        foreach (var line in Spreadsheet.Header(l, Columns.Length, l["DANH SÁCH TRỢ GIÚP TRẺ EM"], r.UnitLabel, filter, now, by)) yield return line;
        yield return Cells(l["{0} lượt trợ giúp cho {1} trẻ, tổng giá trị {2}.", r.Count, r.Children, SupportText.Money(r.TotalVnd)]);
        yield return Cells();
        yield return Cells(l["STT"], l["Ngày"], l["Họ và tên"], l["Đơn vị"], l["Hình thức"], l["Giá trị (đồng)"], l["Nguồn kinh phí"],
            l["Nhà tài trợ"], l["Đơn vị, người trao"], l["Cấp độ bảo vệ"]);
        var n = 0;
        foreach (var x in r.Rows)
            yield return Cells(++n, Display.Date(x.Date), x.ChildName, x.UnitName, x.Form, x.ValueVnd, l[SupportText.Source(x.Source)],
                x.DonorName, x.Provider, l[SupportText.Level(x.Level)]);
    }

    /// <summary>One sheet row; every text is neutralised against formula injection.</summary>
    private static Dictionary<string, object?> Cells(params object?[] values) => Spreadsheet.Cells(Columns.Length, values);
}
