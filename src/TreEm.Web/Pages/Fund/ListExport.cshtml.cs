using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Fund;

/// <summary>The funds list as .xlsx (the funds the user may read, with the figures of the shown year), with a header block; audited as an export.</summary>
public class ListExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<FundResource> l) : PageModel
{
    private const int Width = 8;

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var shownYear = year is >= 2000 and <= 2100 ? year.Value : Display.Today(time).Year;
        var funds = await FundSummary.ListAsync(db, scope, shownYear, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var filter = "year=" + shownYear.ToString(CultureInfo.InvariantCulture);
        var bytes = Spreadsheet.Save(Rows(funds, shownYear, filter, Display.DateTime(now), Spreadsheet.By(User, me.UserName)), l["Quỹ Bảo trợ trẻ em"]);
        Spreadsheet.Audit(db, actor, now, "ChildFund", filter, funds.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("quy-bao-tro-tre-em", now));
    }

    private IEnumerable<IDictionary<string, object?>> Rows(List<FundSummary> funds, int year, string filter, string at, string by)
    {
        yield return Spreadsheet.Cells(Width, l["DANH SÁCH QUỸ BẢO TRỢ TRẺ EM"]);
        yield return Spreadsheet.Cells(Width, l["Đơn vị: {0}", l["Phạm vi của người xuất"]]);
        yield return Spreadsheet.Cells(Width, l["Điều kiện lọc: {0}", filter]);
        yield return Spreadsheet.Cells(Width, l["Ngày xuất: {0}", at]);
        yield return Spreadsheet.Cells(Width, l["Người xuất: {0}", by]);
        yield return Spreadsheet.Cells(Width, l["{0} quỹ; năm {1}: thu {2}, chi {3}.", funds.Count, year,
            FundText.Money(funds.Sum(f => f.ReceivedInYear)), FundText.Money(funds.Sum(f => f.DisbursedInYear))]);
        yield return Spreadsheet.Cells(Width);
        yield return Spreadsheet.Cells(Width, l["STT"], l["Quỹ"], l["Đơn vị"], l["Số dư (đồng)"], l["Thu năm {0} (đồng)", year],
            l["Chi năm {0} (đồng)", year], l["Chỉ tiêu (đồng)"], l["Tiến độ (%)"]);
        var n = 0;
        foreach (var f in funds)
            yield return Spreadsheet.Cells(Width, ++n, f.Name, f.UnitName, f.Balance, f.ReceivedInYear, f.DisbursedInYear, f.Target, f.Percent);
    }
}
