using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

public static class UnitEndpoints
{
    public sealed record UnitDto(string Code, string Name, string Type, string Tier, string? ParentCode, string Path,
        bool IsExtremelyDifficult, bool IsMountainous, bool IsEthnicMinorityArea, DateOnly? ValidFrom, DateOnly? ValidTo, int ChildCount);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/units", async (string? parent, CurrentUser me, TreEmDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var units = db.Units.AsNoTracking().VisibleTo(scope);
            if (!string.IsNullOrEmpty(parent))
            {
                var p = await units.FirstOrDefaultAsync(u => u.Code == parent, ct);
                if (p is null) return ApiServices.NotFound();
                units = units.Where(u => u.ParentId == p.Id);
            }
            else
            {
                // Without a parent: the top of what the user sees (the roots of their scope).
                var visible = await units.Select(u => u.Path).ToListAsync(ct);
                var roots = visible.Where(path => !visible.Any(o => o != path && path.StartsWith(o, StringComparison.Ordinal))).ToHashSet();
                units = units.Where(u => roots.Contains(u.Path));
            }
            return Results.Ok(await Project(units.OrderBy(u => u.Code)).ToListAsync(ct));
        })
        .WithName("ListUnits").WithSummary("Units the user sees: the children of ?parent=CODE, or the top of the user's scope")
        .Produces<List<UnitDto>>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/units/{code}", async (string code, CurrentUser me, TreEmDbContext db, CancellationToken ct) =>
        {
            var scope = await me.ScopeAsync(ct);
            var unit = await Project(db.Units.AsNoTracking().VisibleTo(scope).Where(u => u.Code == code)).FirstOrDefaultAsync(ct);
            return unit is null ? ApiServices.NotFound() : Results.Ok(unit);
        })
        .WithName("GetUnit").WithSummary("One unit by its official code")
        .Produces<UnitDto>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IQueryable<UnitDto> Project(IQueryable<OrgUnit> units) => units.Select(u => new UnitDto(
        u.Code, u.Name, u.TypeCode, u.Type!.Tier.ToString(), u.Parent == null ? null : u.Parent.Code, u.Path,
        u.IsExtremelyDifficult, u.IsMountainous, u.IsEthnicMinorityArea, u.ValidFrom, u.ValidTo, u.Children.Count));
}
