using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>The course list as .xlsx (every row of the filters), audited as an export.</summary>
public class ExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<TrainingResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var filters = CourseListQuery.Parse(Request.Query);
        var r = await filters.RunAsync(db, scope, all: true, ct);
        if (r is null) return NotFound();
        var n = 0;
        var rows = r.Rows.Select(x => new object?[]
        {
            ++n, x.Year, x.Title, x.UnitName, string.Join(", ", TrainingText.Split(x.Topics).Select(t => l[TrainingText.Topic(t)].Value)),
            x.Sessions, x.Hours, x.Participants, x.FundingNote,
        }).ToList();
        return await new TrainingExport(db, me, actor, time, l).FileAsync(User, l["DANH SÁCH LỚP TẬP HUẤN"], l["Tập huấn"],
            r.UnitLabel ?? l["Phạm vi của người xuất"], filters.QueryString().TrimStart('?'),
            l["{0} lớp, {1} buổi, {2} lượt người tham gia.", r.Count, r.Sessions, r.Participants],
            [l["STT"], l["Năm"], l["Tên lớp"], l["Đơn vị tổ chức"], l["Chủ đề"], l["Số buổi"], l["Số giờ"], l["Lượt tham gia"], l["Nguồn kinh phí"]],
            rows, "TrainingCourse", "tap-huan", ct);
    }
}
