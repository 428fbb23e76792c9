using Microsoft.AspNetCore.Authorization;
using TreEm.Security;

namespace TreEm.Web.Security;

/// <summary>Named authorization policies. Pages and endpoints name one; scope is checked by the queries.</summary>
public static class Policies
{
    public const string Administrator = nameof(Administrator);
    public const string AuditRead = nameof(AuditRead);

    public const string RoleClaim = "treem:role";
    public const string MustChangePasswordClaim = "treem:must-change-password";

    public static void Add(AuthorizationOptions options)
    {
        // Deny by default: every page and endpoint needs a signed-in user unless it says otherwise.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Administrator, p => p.RequireClaim(RoleClaim, nameof(Role.Administrator)));
        options.AddPolicy(AuditRead, p => p.RequireClaim(RoleClaim, nameof(Role.Administrator), nameof(Role.Inspector)));
    }
}
