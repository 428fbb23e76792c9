using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;

namespace TreEm.Web.Pages.Cases;

/// <summary>The referral form: an agency, optionally a task of the current plan, the request and the consent.</summary>
public sealed class ReferInput
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Chọn cơ quan phối hợp.")]
    public int? AgencyId { get; set; }

    public int? PlanTaskId { get; set; }

    [Required(ErrorMessage = "Ghi nội dung đề nghị cơ quan phối hợp thực hiện.")]
    [StringLength(4000, ErrorMessage = "Nội dung đề nghị không quá 4000 ký tự.")]
    public string? Request { get; set; }

    public bool ConsentGiven { get; set; }
    public ConsentGiver? ConsentBy { get; set; }

    [StringLength(1000, ErrorMessage = "Ghi chú về sự đồng ý không quá 1000 ký tự.")]
    public string? ConsentNote { get; set; }

    [StringLength(1900, ErrorMessage = "Lý do không quá 1900 ký tự.")]
    public string? OverrideReason { get; set; }
}

/// <summary>What the referral form offers for one case.</summary>
public static class ReferOptions
{
    public const string ConsentRequired = "Cần có sự đồng ý của trẻ em hoặc cha mẹ, người chăm sóc trước khi chuyển tuyến.";
    public const string ConsentOrOverride = "Cần có sự đồng ý của trẻ em hoặc cha mẹ, người chăm sóc; nếu buộc phải chuyển tuyến khi chưa có sự đồng ý, ghi rõ lý do.";

    /// <summary>The active agencies serving the case's unit: those of the unit itself or of a unit above it.</summary>
    public static Task<List<PartnerAgency>> AgenciesAsync(TreEmDbContext db, string caseUnitPath, CancellationToken ct)
    {
        var ancestors = AncestorPaths(caseUnitPath);
        return db.PartnerAgencies.AsNoTracking().Include(a => a.Unit)
            .Where(a => a.IsActive && ancestors.Contains(a.Unit!.Path))
            .OrderBy(a => a.Name)
            .ToListAsync(ct);
    }

    /// <summary>"/64/633/23944/" → "/64/", "/64/633/", "/64/633/23944/".</summary>
    public static List<string> AncestorPaths(string path)
    {
        var result = new List<string>();
        for (var i = path.IndexOf('/', 1); i > 0; i = path.IndexOf('/', i + 1)) result.Add(path[..(i + 1)]);
        return result;
    }

    /// <summary>The open tasks of the case's current plan: a referral may concern one of them.</summary>
    public static IReadOnlyList<PlanTask> OpenTasks(Case c) =>
        c.CurrentPlan?.Tasks.Where(t => t.DoneAt is null).OrderBy(t => t.DueOn).ToList() ?? [];
}
