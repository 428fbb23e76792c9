using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Security;

namespace TreEm.Web.Pages.Users;

/// <summary>The rules for giving a role at a unit, shared by the create-user and roles pages.</summary>
public static class RoleRules
{
    public sealed record Resolved(int? UnitId, string? Error);

    /// <summary>
    /// Finds the unit a role is to be held at. An administrator holds the role for the whole installation
    /// (no unit); every other role needs an existing, still valid unit, given by its official code.
    /// </summary>
    public static async Task<Resolved> ResolveUnitAsync(
        TreEmDbContext db, UserScope scope, Role role, string? unitCode, DateOnly today, IStringLocalizer l, CancellationToken ct)
    {
        var code = unitCode?.Trim();
        if (role == Role.Administrator)
        {
            return string.IsNullOrEmpty(code)
                ? new Resolved(null, null)
                : new Resolved(null, l["Vai trò Quản trị hệ thống áp dụng cho toàn hệ thống: hãy để trống mã đơn vị."]);
        }
        if (string.IsNullOrEmpty(code))
            return new Resolved(null, l["Vai trò này phải gắn với một đơn vị: hãy nhập mã đơn vị."]);
        var unit = await db.Units.AsNoTracking().FindVisibleAsync(scope, code, ct);
        if (unit is null)
            return new Resolved(null, l["Không tìm thấy đơn vị có mã {0}.", code]);
        if (!unit.IsActiveOn(today))
            return new Resolved(null, l["Đơn vị {0} ({1}) không còn hiệu lực.", unit.Name, code]);
        return new Resolved(unit.Id, null);
    }

    /// <summary>True when another enabled user (or another assignment) still holds the Administrator role.</summary>
    public static Task<bool> AnotherAdministratorExistsAsync(TreEmDbContext db, int exceptAssignmentId, CancellationToken ct) =>
        db.RoleAssignments.AnyAsync(r => r.Role == Role.Administrator && r.Id != exceptAssignmentId && !r.User!.IsDisabled, ct);

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(Hosting.Display.ToVietnamTime(time.GetUtcNow().UtcDateTime));
}
