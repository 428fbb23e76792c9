using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Activities;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Pages.Communication;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>Injuries (tai nạn, thương tích) over REST, read-only: the same scope as the pages; no child names.</summary>
public static class InjuryEndpoints
{
    public const int PageSize = 50;

    public sealed record InjuryItem(int Id, string UnitCode, string UnitName, DateOnly Date, InjuryKind Kind, InjuryOutcome Outcome,
        bool InRegister, Sex? Sex, int? Age, string? EthnicityCode, string? Place);

    public sealed record InjuryPage(IReadOnlyList<InjuryItem> Items, int Page, int PageSize, int Total, int Injured, int Died);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/injuries", ListAsync)
            .WithName("ListInjuries")
            .WithSummary("Injuries of children in the user's scope, newest first, 50 a page")
            .WithDescription("Filters: unit (official code of a unit in scope: its whole subtree, where it happened), year, kind (DuoiNuoc, " +
                "GiaoThong, Bong, NgaTeNga, DienGiat, NgoDoc, VatNuoiCan, Khac), outcome (BiThuong, TuVong). Returns the page, the total " +
                "count and the numbers injured and died.")
            .Produces<InjuryPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ListAsync(string? unit, int? year, InjuryKind? kind, InjuryOutcome? outcome, int? page, CurrentUser me,
        TreEmDbContext db, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var pageNo = page ?? 1;
        var errors = ApiServices.ListFilterErrors(pageNo, year);
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var query = db.InjuryRecords.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var found = await ActivityKit.FindReadableAsync(db, scope, unit, ct);
            if (found is null) return ApiServices.NotFound();
            query = query.Where(r => r.Unit!.Path.StartsWith(found.Path));
        }
        if (year is { } y)
        {
            var (first, last) = ActivityKit.YearRange(y);
            query = query.Where(r => r.Date >= first && r.Date <= last);
        }
        if (kind is { } k) query = query.Where(r => r.Kind == k);
        if (outcome is { } o) query = query.Where(r => r.Outcome == o);
        var outcomes = await query.Select(r => r.Outcome).ToListAsync(ct);
        var items = await query.OrderByDescending(r => r.Date).ThenByDescending(r => r.Id).Skip((pageNo - 1) * PageSize).Take(PageSize)
            .Select(r => new InjuryItem(r.Id, r.Unit!.Code, r.Unit.Name, r.Date, r.Kind, r.Outcome, r.ChildId != null, r.Sex, r.Age,
                r.EthnicityCode, r.Place))
            .ToListAsync(ct);
        return Results.Ok(new InjuryPage(items, pageNo, PageSize, outcomes.Count, outcomes.Count(x => x == InjuryOutcome.BiThuong),
            outcomes.Count(x => x == InjuryOutcome.TuVong)));
    }
}
