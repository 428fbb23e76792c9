using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using TreEm.Security;

namespace TreEm.Web.Pages.Users;

public enum UserStatus
{
    Active = 1,
    Disabled = 2,
    LockedOut = 3,
}

/// <summary>A role a user holds, with the unit where it is held (no unit: the whole installation).</summary>
public sealed record RoleAt(int Id, Role Role, string? UnitCode, string? UnitName, string? UnitPath);

/// <summary>How users, their status and their roles are shown on the pages.</summary>
public static class UserDisplay
{
    private static bool English => CultureInfo.CurrentUICulture.Name == "en-US";

    /// <summary>Disabled wins over a temporary lock-out, which wins over active.</summary>
    public static UserStatus Status(bool isDisabled, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        isDisabled ? UserStatus.Disabled
        : lockoutEnd is { } end && end > now ? UserStatus.LockedOut
        : UserStatus.Active;

    /// <summary>The Vietnamese text (the resource key) of a status.</summary>
    public static string StatusText(UserStatus status) => status switch
    {
        UserStatus.Disabled => "Đã vô hiệu hóa",
        UserStatus.LockedOut => "Bị khóa tạm thời",
        _ => "Hoạt động",
    };

    public static string StatusCss(UserStatus status) => status switch
    {
        UserStatus.Disabled => "badge badge-off",
        UserStatus.LockedOut => "badge badge-warn",
        _ => "badge",
    };

    public static string RoleName(Role role) => English ? RoleNames.English(role) : RoleNames.Vietnamese(role);

    /// <summary>All roles for a select, in the order of the specification.</summary>
    public static List<SelectListItem> RoleOptions() =>
        Enum.GetValues<Role>().Select(r => new SelectListItem(RoleName(r), r.ToString())).ToList();

    /// <summary>
    /// The roles a viewer may see: those held at a unit inside the viewer's scope, and whole-installation roles.
    /// A role at a unit outside the scope does not exist for the viewer.
    /// </summary>
    public static List<RoleAt> VisibleRoles(IEnumerable<RoleAt> roles, UserScope scope) =>
        roles.Where(r => r.UnitPath is null || scope.Covers(r.UnitPath))
            .OrderBy(r => r.Role).ThenBy(r => r.UnitCode, StringComparer.Ordinal)
            .ToList();
}
