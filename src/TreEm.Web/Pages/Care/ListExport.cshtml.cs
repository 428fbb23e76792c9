using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Care;

/// <summary>The 6-monthly list as .xlsx with a header block; audited as an export.</summary>
public class ListExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    private const int Columns = 11;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = CareListQuery.Parse(Request.Query, Display.Today(time));
        var result = await filters.RunAsync(db, scope, all: true, ct);
        if (result is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var query = filters.QueryString().TrimStart('?');

        IEnumerable<IDictionary<string, object?>> Rows()
        {
            yield return CareText.Cells(Columns, l["Danh sách trẻ em cần chăm sóc thay thế"].Value.ToUpper(System.Globalization.CultureInfo.CurrentCulture));
            yield return CareText.Cells(Columns, l["Kỳ: 6 tháng {0} năm {1} (từ {2} đến {3})", filters.Half == 1 ? l["đầu"] : l["cuối"], filters.Year,
                Display.Date(result.From), Display.Date(result.To)]);
            yield return CareText.Cells(Columns, l["Đơn vị: {0}", result.UnitLabel ?? l["Phạm vi của người xuất"]]);
            yield return CareText.Cells(Columns, l["Ngày xuất: {0}", Display.DateTime(now)]);
            yield return CareText.Cells(Columns, l["Người xuất: {0}", CareText.ExportedBy(User, me.UserName)]);
            yield return CareText.Cells(Columns, l["{0} trẻ.", result.Count]);
            yield return CareText.Cells(Columns);
            yield return CareText.Cells(Columns, l["STT"], l["Mã trẻ"], l["Họ và tên"], l["Năm sinh"], l["Đơn vị"], l["Ngày xác định"], l["Lý do"],
                l["Tình trạng"], l["Người nhận chăm sóc"], l["Người phê duyệt"], l["Ngày phê duyệt"]);
            var n = 0;
            foreach (var x in result.Rows)
                yield return CareText.Cells(Columns, ++n, x.ChildId, x.ChildName, x.BirthYear, x.UnitName, Display.Date(x.IdentifiedOn), x.Reason,
                    l[CareText.Status(x.Status)], x.CareGiver, x.ApprovedBy, Display.Date(x.ApprovedOn));
        }

        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(Rows(), printHeader: false, sheetName: l["Chăm sóc thay thế"], excelType: ExcelType.XLSX, configuration: config);
        db.AuditEntries.Add(CareText.ExportAudit(actor, now, "CareNeed", query, new { filter = query, rows = result.Rows.Count }));
        await db.SaveChangesAsync(ct);
        return File(stream.ToArray(), Children.ExportModel.ContentType, $"cham-soc-thay-the-{filters.Year}-{filters.Half}-{CareText.FileStamp(now)}.xlsx");
    }
}
