using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Security;

/// <summary>Adds the roles a user holds (at any unit) and the forced-password-change flag to the sign-in.</summary>
public sealed class TreEmClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, TreEmDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.Role).Distinct().ToListAsync();
        foreach (var role in roles) identity.AddClaim(new Claim(Policies.RoleClaim, role.ToString()));
        if (!string.IsNullOrEmpty(user.FullName)) identity.AddClaim(new Claim(ClaimTypes.GivenName, user.FullName));
        if (user.MustChangePassword) identity.AddClaim(new Claim(Policies.MustChangePasswordClaim, "true"));
        return identity;
    }
}

/// <summary>A disabled account cannot sign in, whatever its password.</summary>
public sealed class TreEmSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => !user.IsDisabled && await base.CanSignInAsync(user);
}
