using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.People;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Committees;

/// <summary>The committees of the filters as .xlsx, each with its members; audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<PeopleResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? unit, string? kind, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        unit = string.IsNullOrWhiteSpace(unit) ? null : unit.Trim();
        var k = Enum.TryParse<CommitteeKind>(kind, out var parsed) && Enum.IsDefined(parsed) ? parsed : (CommitteeKind?)null;
        var query = db.Committees.AsNoTracking().VisibleTo(scope);
        string? unitLabel = null;
        if (unit is not null)
        {
            var root = await db.Units.AsNoTracking().VisibleTo(scope.For(Capabilities.ActivityRead))
                .Where(u => u.Code == unit).Select(u => new { u.Path, u.Name, u.Code }).FirstOrDefaultAsync(ct);
            if (root is null) return NotFound();
            unitLabel = $"{root.Name} ({root.Code})";
            query = query.Where(c => c.Unit!.Path.StartsWith(root.Path));
        }
        if (k is { } kk) query = query.Where(c => c.Kind == kk);
        var committees = await query.Include(c => c.Unit).Include(c => c.Members).Include(c => c.Meetings)
            .OrderBy(c => c.Unit!.Path).ThenBy(c => c.Id).AsSplitQuery().ToListAsync(ct);

        var now = time.GetUtcNow().UtcDateTime;
        var filter = string.Join("&", new[] { unit is null ? null : "unit=" + unit, k is null ? null : "kind=" + k }.OfType<string>());
        var bytes = Spreadsheet.Save(Rows(committees, unitLabel, filter, now), l["Ban chỉ đạo, nhóm thường trực"]);
        Spreadsheet.Audit(db, actor, now, "Committee", filter, committees.Count);
        await db.SaveChangesAsync(ct);
        return File(bytes, Children.ExportModel.ContentType, Spreadsheet.FileName("ban-chi-dao", now));
    }

    private IEnumerable<Dictionary<string, object?>> Rows(List<Committee> committees, string? unitLabel, string filter, DateTime now)
    {
        foreach (var row in PeopleXlsx.Header(l, l["DANH SÁCH BAN CHỈ ĐẠO, NHÓM THƯỜNG TRỰC BẢO VỆ TRẺ EM"], unitLabel, filter, now, User, me.UserName))
            yield return row;
        yield return PeopleXlsx.Cells(l["{0} ban, nhóm.", committees.Count]);
        yield return PeopleXlsx.Cells();
        yield return PeopleXlsx.Cells(l["STT"], l["Tên"], l["Loại"], l["Đơn vị"], l["Ngày thành lập"], l["Số quyết định"], l["Thành viên"],
            l["Vai trò"], l["Từ ngày"], l["Đến ngày"]);
        var n = 0;
        foreach (var c in committees)
        {
            yield return PeopleXlsx.Cells(++n, c.Name, l[CommitteeText.Kind(c.Kind)], c.Unit!.Name, Display.Date(c.EstablishedOn), c.DecisionNumber,
                l["{0} cuộc họp", c.Meetings.Count]);
            foreach (var m in c.Members.OrderBy(m => m.Role).ThenBy(m => m.From))
                yield return PeopleXlsx.Cells(null, null, null, null, null, null, m.FullName + (m.Position.Length > 0 ? ", " + m.Position : ""),
                    l[CommitteeText.Role(m.Role)], Display.Date(m.From), Display.Date(m.To));
        }
    }
}
