using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.People;

/// <summary>The coverage view as .xlsx: shares per district, then the lists of gaps; audited as an export.</summary>
public class CoverageExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<PeopleResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? unit, string? date, CancellationToken ct)
    {
        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        date = string.IsNullOrWhiteSpace(date) ? null : date.Trim();
        var result = await PeopleCoverage.RunAsync(db, await me.ScopeAsync(ct), unit, Display.ParseDate(date) ?? Display.Today(time), ct);
        if (result is null) return NotFound();
        var now = time.GetUtcNow().UtcDateTime;
        var filter = CoverageQuery.QueryString(unit, date).TrimStart('?');
        var rows = Rows(result, filter, now).ToList();
        var bytes = Spreadsheet.Save(rows, l["Độ bao phủ"]);
        Spreadsheet.Audit(db, actor, now, "PeopleCoverage", filter, result.CommunesWithoutWorker.Count + result.VillagesWithoutCollaborator.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("bao-phu-mang-luoi", now));
    }

    private IEnumerable<Dictionary<string, object?>> Rows(PeopleCoverage.Result r, string filter, DateTime now)
    {
        foreach (var row in PeopleXlsx.Header(l, l["ĐỘ BAO PHỦ MẠNG LƯỚI BẢO VỆ TRẺ EM"], r.UnitLabel, filter, now, User, me.UserName))
            yield return row;
        yield return PeopleXlsx.Cells(l["Ngày {0}: {1} xã, phường, thị trấn và {2} thôn, làng.", Display.Date(r.Day), r.Communes, r.Villages]);
        yield return PeopleXlsx.Cells();
        yield return PeopleXlsx.Cells(l["Mã huyện"], l["Huyện"], l["Số xã"], l["Xã có người làm công tác BVTE"], l["Số thôn"], l["Thôn có cộng tác viên"]);
        foreach (var d in r.Districts)
            yield return PeopleXlsx.Cells(d.Code, d.Name, d.Communes, d.CommunesCovered, d.Villages, d.VillagesCovered);
        foreach (var (title, places) in new[]
        {
            (l["Xã chưa có người làm công tác bảo vệ trẻ em"], r.CommunesWithoutWorker),
            (l["Thôn, làng chưa có cộng tác viên"], r.VillagesWithoutCollaborator),
            (l["Xã chưa có nhóm thường trực bảo vệ trẻ em"], r.CommunesWithoutStandingGroup),
        })
        {
            yield return PeopleXlsx.Cells();
            yield return PeopleXlsx.Cells(title);
            yield return PeopleXlsx.Cells(l["Mã đơn vị"], l["Tên đơn vị"], l["Huyện"]);
            foreach (var p in places) yield return PeopleXlsx.Cells(p.Code, p.Name, p.DistrictName);
        }
    }
}
