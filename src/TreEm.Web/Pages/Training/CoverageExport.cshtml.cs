using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Pages.Training;

/// <summary>The coverage table and the untrained officers as .xlsx, audited as an export.</summary>
public class CoverageExportModel(TreEmDbContext db, CurrentUser me, IAuditActor actor, TimeProvider time, IStringLocalizer<TrainingResource> l) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? unit, string? year, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var found = await CoverageQuery.UnitAsync(db, scope, unit, ct);
        if (found is null) return NotFound();
        var c = await TrainingFigures.CoverageAsync(db, scope, found, CoverageQuery.Year(year, time), ct);
        var rows = new List<object?[]>();
        var n = 0;
        foreach (var r in c.Rows.Append(c.Total))
            rows.Add([r == c.Total ? l["Tổng cộng"].Value : ++n, r.Own ? l["{0} (tại đơn vị)", r.UnitName].Value : r.UnitName,
                r.OfficersTrained, r.Officers, r.OfficerPercent, r.CollaboratorsTrained, r.Collaborators, r.CollaboratorPercent, r.TotalPercent]);
        rows.Add([]);
        rows.Add([l["Cán bộ chưa được tập huấn trong năm ({0})", c.UntrainedOfficers.Count].Value]);
        n = 0;
        foreach (var p in c.UntrainedOfficers)
            rows.Add([++n, p.FullName, p.Position, p.UnitName, l[TrainingText.Kind(p.Kind)].Value]);
        return await new TrainingExport(db, me, actor, time, l).FileAsync(User, l["Độ bao phủ tập huấn"].Value.ToUpper(System.Globalization.CultureInfo.CurrentCulture), l["Độ bao phủ"],
            $"{c.UnitName} ({c.UnitCode})", $"unit={c.UnitCode}&year={c.Year}",
            l["{0}, năm {1}: {2}/{3} cán bộ và {4}/{5} cộng tác viên đã được tập huấn ({6}).", c.UnitName, c.Year,
                c.Total.OfficersTrained, c.Total.Officers, c.Total.CollaboratorsTrained, c.Total.Collaborators, TrainingText.Percent(c.Total.TotalPercent)],
            [l["STT"], l["Đơn vị"], l["Cán bộ đã tập huấn"], l["Tổng số cán bộ"], l["Tỷ lệ cán bộ (%)"], l["Cộng tác viên đã tập huấn"],
                l["Tổng số cộng tác viên"], l["Tỷ lệ cộng tác viên (%)"], l["Tỷ lệ chung (%)"]],
            rows, "TrainingCoverage", "bao-phu-tap-huan", ct);
    }
}
