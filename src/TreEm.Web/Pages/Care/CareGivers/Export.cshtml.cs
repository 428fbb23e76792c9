using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care.CareGivers;

/// <summary>The caregivers list as .xlsx (every row of the filters, no paging), with a header block; audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    private const int Width = 8;

    public async Task<IActionResult> OnGetAsync(string? q, string? kinship, string? sort, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = CareGiverListQuery.Parse(q, kinship, sort);
        var result = await filters.RunAsync(db, scope, page: null, IndexModel.PageSize, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var filter = filters.QueryString().TrimStart('?');
        var bytes = Spreadsheet.Save(Rows(result, filter, Display.DateTime(now), Spreadsheet.By(User, me.UserName)), l["Người nhận chăm sóc thay thế"]);
        Spreadsheet.Audit(db, actor, now, "CareGiver", filter, result.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("nguoi-nhan-cham-soc", now));
    }

    private IEnumerable<IDictionary<string, object?>> Rows(CareGiverListQuery.Result r, string filter, string at, string by)
    {
        yield return Spreadsheet.Cells(Width, l["DANH SÁCH NGƯỜI NHẬN CHĂM SÓC THAY THẾ"]);
        yield return Spreadsheet.Cells(Width, l["Đơn vị: {0}", l["Phạm vi của người xuất"]]);
        yield return Spreadsheet.Cells(Width, l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
        yield return Spreadsheet.Cells(Width, l["Ngày xuất: {0}", at]);
        yield return Spreadsheet.Cells(Width, l["Người xuất: {0}", by]);
        yield return Spreadsheet.Cells(Width, l["{0} người nhận chăm sóc thay thế, {1} người đủ điều kiện.", r.Rows.Count, r.Rows.Count(x => x.Eligible)]);
        yield return Spreadsheet.Cells(Width);
        yield return Spreadsheet.Cells(Width, l["STT"], l["Họ và tên"], l["Quan hệ với trẻ"], l["Quan hệ cụ thể"], l["Đơn vị"], l["Ngày đăng ký"],
            l["Điều kiện"], l["Điều kiện còn thiếu"]);
        var n = 0;
        foreach (var x in r.Rows)
            yield return Spreadsheet.Cells(Width, ++n, x.FullName, l[CareText.Kinship(x.Kinship)], x.Relation, x.UnitName, Display.Date(x.RegisteredOn),
                x.Eligible ? l["Đủ điều kiện"] : l["Chưa đủ điều kiện"], string.Join("; ", x.MissingChecks.Select(Check)));
    }

    /// <summary>A missing check in the user's language; some have their English only under the capitalised key of the details page.</summary>
    private string Check(string check)
    {
        var s = l[check];
        if (!s.ResourceNotFound) return s.Value;
        var capitalised = l[char.ToUpperInvariant(check[0]) + check[1..]];
        return capitalised.ResourceNotFound ? check : capitalised.Value;
    }
}
