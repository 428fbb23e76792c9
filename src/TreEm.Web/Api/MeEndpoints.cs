using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

public static class MeEndpoints
{
    public sealed record MeRole(string Role, string? UnitCode, string? UnitName);
    public sealed record MeDto(string Id, string UserName, string FullName, IReadOnlyList<MeRole> Roles);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/me", async (CurrentUser me, TreEmDbContext db, CancellationToken ct) =>
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == me.Id, ct);
            if (user is null) return Results.Unauthorized();
            var roles = await db.RoleAssignments.AsNoTracking().Where(r => r.UserId == user.Id)
                .OrderBy(r => r.Role)
                .Select(r => new MeRole(r.Role.ToString(), r.Unit == null ? null : r.Unit.Code, r.Unit == null ? null : r.Unit.Name))
                .ToListAsync(ct);
            return Results.Ok(new MeDto(user.Id, user.UserName ?? "", user.FullName, roles));
        })
        .WithName("GetMe").WithSummary("The signed-in user and the roles they hold at units")
        .Produces<MeDto>().ProducesProblem(StatusCodes.Status401Unauthorized);
}
