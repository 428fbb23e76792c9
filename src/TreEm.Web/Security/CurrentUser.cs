using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Security;

/// <summary>The signed-in user of this request and their scope, loaded once per request.</summary>
public sealed class CurrentUser(IHttpContextAccessor http, TreEmDbContext db)
{
    private UserScope? _scope;

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? new ClaimsPrincipal();
    public string? Id => Principal.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => Principal.Identity?.Name ?? "";
    public bool IsAdministrator => Principal.HasClaim(Policies.RoleClaim, nameof(Role.Administrator));

    public async Task<UserScope> ScopeAsync(CancellationToken ct = default)
    {
        if (_scope is not null) return _scope;
        if (Id is null) return _scope = UserScope.Nobody;
        var roles = await db.RoleAssignments.AsNoTracking()
            .Where(r => r.UserId == Id)
            .Select(r => new { r.Role, Path = r.Unit == null ? null : r.Unit.Path })
            .ToListAsync(ct);
        var held = roles.Select(r => r.Role).Distinct().ToList();
        var agency = held.Contains(Role.Partner)
            ? await db.Users.AsNoTracking().Where(u => u.Id == Id).Select(u => u.PartnerAgencyId).FirstOrDefaultAsync(ct)
            : null;
        _scope = held.Contains(Role.Administrator)
            ? UserScope.Everything(Id, held)
            : new UserScope(Id, roles.Where(r => r.Path is not null).Select(r => (r.Role, r.Path!)).ToList()) { PartnerAgencyId = agency };
        return _scope;
    }
}

/// <summary>The audit actor of a web request: whoever is signed in, or "anonymous".</summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    private ClaimsPrincipal? User => http.HttpContext?.User;
    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);
    public string UserName => User?.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "" : "anonymous";
    public string? Reason { get; set; }
}
