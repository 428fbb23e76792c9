using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>Every participant of the sessions of a year (courses in scope, under a unit when given) as .xlsx, audited as an export.</summary>
public class PeopleExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<TrainingResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? year, string? unit, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var y = CoverageQuery.Year(year, time);
        var query = db.TrainingParticipants.AsNoTracking().VisibleTo(scope);
        string? label = null;
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var found = await CoverageQuery.UnitAsync(db, scope, unit, ct);
            if (found is null) return NotFound();
            label = $"{found.Name} ({found.Code})";
            query = query.Where(p => p.Session!.Course!.Unit!.Path.StartsWith(found.Path));
        }
        var first = TrainingFigures.YearStart(y);
        var last = TrainingFigures.YearEnd(y);
        var list = await query.Where(p => p.Session!.Date >= first && p.Session.Date <= last)
            .OrderBy(p => p.Session!.Date).ThenBy(p => p.SessionId).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Session!.Date, Course = p.Session.Course!.Title, p.Session.Hours,
                Name = p.Person != null ? p.Person.FullName : p.FullName,
                Org = p.Person != null ? p.Person.Unit!.Name : p.Organisation,
                Kind = p.Person != null ? p.Person.Kind : p.Kind,
                Sex = p.Person != null ? p.Person.Sex : p.Sex,
                Network = p.PersonId != null,
            }).ToListAsync(ct);
        var n = 0;
        var rows = list.Select(x => new object?[]
        {
            ++n, Display.Date(x.Date), x.Course, x.Name, x.Org, l[TrainingText.Kind(x.Kind)].Value, l[TrainingText.SexText(x.Sex)].Value,
            x.Hours, x.Network ? l["Có"].Value : l["Không"].Value,
        }).ToList();
        var filter = $"year={y}" + (label is null ? "" : "&unit=" + unit!.Trim());
        return await new TrainingExport(db, me, actor, time, l).FileAsync(User, l["DANH SÁCH NGƯỜI THAM GIA TẬP HUẤN NĂM {0}", y], l["Người tham gia"],
            label ?? l["Phạm vi của người xuất"], filter, l["{0} lượt người tham gia.", list.Count],
            [l["STT"], l["Ngày"], l["Tên lớp"], l["Họ và tên"], l["Đơn vị, cơ quan"], l["Đối tượng"], l["Giới tính"], l["Số giờ"], l["Trong mạng lưới"]],
            rows, "TrainingParticipant", "nguoi-tap-huan", ct);
    }
}
