using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Domain.Care;
using TreEm.Domain.Programmes;
using TreEm.Security;
using TreEm.Web.Pages.Children;

namespace TreEm.Web.Pages.Care;

/// <summary>Vietnamese wording of programmes and alternative care, and what their pages share.</summary>
public static class CareText
{
    public static string Kind(ProgrammeKind k) => k switch
    {
        ProgrammeKind.TimBamSinh => "Tim bẩm sinh",
        ProgrammeKind.SutMoiHoHam => "Sứt môi, hở hàm ếch",
        ProgrammeKind.KhuyetTat => "Khuyết tật",
        _ => "Khác",
    };

    public static string Result(ScreeningResult? r) => r switch
    {
        ScreeningResult.BinhThuong => "Bình thường",
        ScreeningResult.CanTheoDoi => "Cần theo dõi",
        ScreeningResult.CanPhauThuat => "Cần phẫu thuật",
        ScreeningResult.Khac => "Khác",
        _ => "Chưa khám",
    };

    public static string Status(CareNeedStatus s) => s switch
    {
        CareNeedStatus.CanChamSoc => "Cần chăm sóc thay thế",
        CareNeedStatus.DaBoTri => "Đã bố trí chăm sóc",
        _ => "Không còn nhu cầu",
    };

    public static string Kinship(Kinship k) => k == Domain.Care.Kinship.NguoiThan ? "Người thân thích" : "Không phải người thân thích";

    public static readonly ProgrammeKind[] Kinds = Enum.GetValues<ProgrammeKind>();
    public static readonly ScreeningResult[] Results = Enum.GetValues<ScreeningResult>();
    public static readonly CareNeedStatus[] Statuses = Enum.GetValues<CareNeedStatus>();
    public static readonly Kinship[] Kinships = Enum.GetValues<Kinship>();

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Trimmed text, or null when blank.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>The path of a unit the user may write programme and care records for (support write), or null.</summary>
    public static async Task<bool> CanWriteAsync(TreEmDbContext db, UserScope scope, int unitId, CancellationToken ct)
    {
        var write = scope.For(Capabilities.SupportWrite);
        if (write.All) return true;
        var path = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is not null && write.Covers(path);
    }

    /// <summary>True when the user may write programme and care records somewhere.</summary>
    public static bool CanWriteSomewhere(UserScope scope)
    {
        var write = scope.For(Capabilities.SupportWrite);
        return write.All || write.Paths.Count > 0;
    }

    /// <summary>One sheet row of <paramref name="columns"/> cells; every text is neutralised against formula injection.</summary>
    public static Dictionary<string, object?> Cells(int columns, params object?[] values) => Spreadsheet.Cells(columns, values);

    /// <summary>The audit entry of an export (saved by the caller's SaveChanges).</summary>
    public static AuditEntry ExportAudit(IAuditActor actor, DateTime now, string entity, string key, object values) => new()
    {
        At = now, UserId = actor.UserId, UserName = actor.UserName, Entity = entity,
        Key = key.Length == 0 ? "*" : key.Length <= 200 ? key : key[..199] + "…",
        Action = AuditAction.Export,
        NewValues = JsonSerializer.Serialize(values),
    };

    /// <summary>"Name (username)" of who exports, for the sheet's header block.</summary>
    public static string ExportedBy(System.Security.Claims.ClaimsPrincipal user, string userName) => Spreadsheet.By(user, userName);

    public static string FileStamp(DateTime now) => Hosting.Display.ToVietnamTime(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
}
