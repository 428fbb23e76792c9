using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Support.Campaigns;

/// <summary>The campaigns list as .xlsx (every row, no paging), with a header block; audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<SupportResource> l) : PageModel
{
    private const int Width = 11;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var result = await CampaignListQuery.RunAsync(db, scope, page: null, IndexModel.PageSize, ct);
        var now = time.GetUtcNow().UtcDateTime;
        const string filter = "";
        var bytes = Spreadsheet.Save(Rows(result, filter, Display.DateTime(now), Spreadsheet.By(User, me.UserName)), l["Chiến dịch trợ giúp"]);
        Spreadsheet.Audit(db, actor, now, "SupportCampaign", filter, result.Rows.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("chien-dich-tro-giup", now));
    }

    private IEnumerable<IDictionary<string, object?>> Rows(CampaignListQuery.Result r, string filter, string at, string by)
    {
        yield return Spreadsheet.Cells(Width, l["DANH SÁCH CHIẾN DỊCH TRỢ GIÚP"]);
        yield return Spreadsheet.Cells(Width, l["Đơn vị: {0}", l["Phạm vi của người xuất"]]);
        yield return Spreadsheet.Cells(Width, l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
        yield return Spreadsheet.Cells(Width, l["Ngày xuất: {0}", at]);
        yield return Spreadsheet.Cells(Width, l["Người xuất: {0}", by]);
        yield return Spreadsheet.Cells(Width, l["{0} chiến dịch, {1} lượt trẻ, tổng kinh phí {2}.", r.Rows.Count, r.Rows.Sum(x => x.ChildCount),
            SupportText.Money(r.Rows.Sum(x => x.Total))]);
        yield return Spreadsheet.Cells(Width);
        yield return Spreadsheet.Cells(Width, l["STT"], l["Tên chiến dịch"], l["Đơn vị"], l["Ngày"], l["Hình thức"], l["Số trẻ"],
            l["Giá trị mỗi trẻ (đồng)"], l["Tổng kinh phí (đồng)"], l["Nguồn kinh phí"], l["Nhà tài trợ"], l["Bút toán chi quỹ"]);
        var n = 0;
        foreach (var x in r.Rows)
            yield return Spreadsheet.Cells(Width, ++n, x.Name, x.Unit, Display.Date(x.Date), x.Form, x.ChildCount, x.ValuePerChild, x.Total,
                l[SupportText.Source(x.Source)], x.Donor, x.FundEntry);
    }
}
