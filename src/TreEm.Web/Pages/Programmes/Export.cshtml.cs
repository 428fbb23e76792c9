using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Care;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Programmes;

/// <summary>A programme's children (every row of the filters) as .xlsx with a header block; audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<CareResource> l) : PageModel
{
    private const int Columns = 12;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var programme = await db.ScreeningProgrammes.AsNoTracking().VisibleTo(scope).Include(p => p.Unit).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (programme is null) return NotFound();
        var filters = ProgrammeChildrenQuery.Parse(Request.Query);
        var result = await filters.RunAsync(db, scope, id, all: true, ct);
        if (result is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var query = filters.QueryString().TrimStart('?');

        IEnumerable<IDictionary<string, object?>> Rows()
        {
            yield return CareText.Cells(Columns, l["DANH SÁCH TRẺ EM THAM GIA CHƯƠNG TRÌNH"]);
            yield return CareText.Cells(Columns, programme.Name);
            yield return CareText.Cells(Columns, l["Đơn vị tổ chức: {0}", programme.Unit!.Name]);
            yield return CareText.Cells(Columns, l["Điều kiện lọc: {0}", query.Length == 0 ? l["Không lọc"] : query]);
            yield return CareText.Cells(Columns, l["Ngày xuất: {0}", Display.DateTime(now)]);
            yield return CareText.Cells(Columns, l["Người xuất: {0}", CareText.ExportedBy(User, me.UserName)]);
            yield return CareText.Cells(Columns, l["{0} trẻ, {1} đã khám, {2} cần phẫu thuật, {3} đã phẫu thuật.", result.Count, result.Screened, result.NeedSurgery, result.Operated]);
            yield return CareText.Cells(Columns);
            yield return CareText.Cells(Columns, l["STT"], l["Mã trẻ"], l["Họ và tên"], l["Năm sinh"], l["Đơn vị"], l["Ngày khám"], l["Kết quả khám"],
                l["Kết quả chi tiết"], l["Chuyển đến"], l["Ngày phẫu thuật"], l["Bệnh viện phẫu thuật"], l["Ghi chú"]);
            var n = 0;
            foreach (var x in result.Rows)
                yield return CareText.Cells(Columns, ++n, x.ChildId, x.ChildName, x.BirthYear, x.UnitName, Display.Date(x.ScreenedOn), l[CareText.Result(x.Result)],
                    x.ResultText, x.ReferredTo, x.SurgeryDone ? Display.Date(x.SurgeryDate) : null, x.SurgeryDone ? x.Hospital : null, x.Note);
        }

        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(Rows(), printHeader: false, sheetName: l["Chương trình"], excelType: ExcelType.XLSX, configuration: config);
        db.AuditEntries.Add(CareText.ExportAudit(actor, now, "ProgrammeChild", "programme=" + CareText.Id(id) + (query.Length == 0 ? "" : "&" + query),
            new { programme = id, filter = query, rows = result.Rows.Count }));
        await db.SaveChangesAsync(ct);
        return File(stream.ToArray(), Children.ExportModel.ContentType, "chuong-trinh-" + CareText.Id(id) + "-" + CareText.FileStamp(now) + ".xlsx");
    }
}
