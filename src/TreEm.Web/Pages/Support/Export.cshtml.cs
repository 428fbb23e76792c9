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
        var fullName = User.FindFirstValue(ClaimTypes.GivenName);
        var by = string.IsNullOrEmpty(fullName) || fullName == me.UserName ? me.UserName : $"{fullName} ({me.UserName})";
        var query = filters.QueryString().TrimStart('?');

        using var stream = new MemoryStream();
        var config = new OpenXmlConfiguration { AutoFilter = false, TableStyles = TableStyles.None };
        stream.SaveAs(Rows(result, query, Display.DateTime(now), by), printHeader: false, sheetName: l["Trợ giúp trẻ em"], excelType: ExcelType.XLSX, configuration: config);

        db.AuditEntries.Add(new AuditEntry
        {
            At = now, UserId = actor.UserId, UserName = actor.UserName, Entity = "SupportRecord",
            Key = query.Length == 0 ? "*" : query.Length <= 200 ? query : query[..199] + "…",
            Action = AuditAction.Export,
            NewValues = JsonSerializer.Serialize(new { filter = query, rows = result.Rows.Count, totalVnd = result.TotalVnd }),
        });
        await db.SaveChangesAsync(ct);
        var file = "tro-giup-" + Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", System.Globalization.CultureInfo.InvariantCulture) + ".xlsx";
        return File(stream.ToArray(), Children.ExportModel.ContentType, file);
    }

    private IEnumerable<IDictionary<string, object?>> Rows(SupportListQuery.Result r, string filter, string at, string by)
    {
        yield return Cells(l["DANH SÁCH TRỢ GIÚP TRẺ EM"]);
        yield return Cells(l["Đơn vị: {0}", r.UnitLabel ?? l["Phạm vi của người xuất"]]);
        yield return Cells(l["Điều kiện lọc: {0}", filter.Length == 0 ? l["Không lọc"] : filter]);
        yield return Cells(l["Ngày xuất: {0}", at]);
        yield return Cells(l["Người xuất: {0}", by]);
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
