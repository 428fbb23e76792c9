using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
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
        var fullName = User.FindFirstValue(ClaimTypes.GivenName);
        var by = string.IsNullOrEmpty(fullName) || fullName == me.UserName ? me.UserName : $"{fullName} ({me.UserName})";
        var query = filters.QueryString().TrimStart('?');

        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(Rows(result, query, Display.DateTime(now), by), printHeader: false, sheetName: l["Sự kiện"], excelType: ExcelType.XLSX, configuration: config);

        db.AuditEntries.Add(new AuditEntry
        {
            At = now, UserId = actor.UserId, UserName = actor.UserName, Entity = "ChildEvent",
            Key = query.Length == 0 ? "*" : query.Length <= 200 ? query : query[..199] + "…",
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new { filter = query, rows = result.Rows.Count }),
        });
        await db.SaveChangesAsync(ct);
        var file = "su-kien-" + Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture) + ".xlsx";
        return File(stream.ToArray(), Children.ExportModel.ContentType, file);
    }

    private IEnumerable<IDictionary<string, object?>> Rows(EventListQuery.Result r, string filter, string at, string by)
    {
        yield return Cells(l["DANH SÁCH SỰ KIỆN VÌ TRẺ EM"]);
        yield return Cells(l["Đơn vị: {0}", r.UnitLabel ?? l["Phạm vi của người xuất"]]);
        yield return Cells(l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
        yield return Cells(l["Ngày xuất: {0}", at]);
        yield return Cells(l["Người xuất: {0}", by]);
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
    private static Dictionary<string, object?> Cells(params object?[] values)
    {
        var row = new Dictionary<string, object?>(Columns.Length, StringComparer.Ordinal);
        for (var i = 0; i < Columns.Length; i++)
        {
            var v = i < values.Length ? values[i] : null;
            row[Columns[i]] = v switch
            {
                LocalizedString s => ChildExportWriter.Neutralise(s.Value),
                string s => ChildExportWriter.Neutralise(s),
                _ => v,
            };
        }
        return row;
    }
}
