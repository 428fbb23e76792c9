using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Security;

namespace TreEm.Web.Pages.Cases;

/// <summary>
/// "Quá hạn": every overdue open step of the cases in a supervisor's (or inspector's) scope, with the unit it was
/// escalated to. No narrative is read.
/// </summary>
public sealed class OverdueQuery
{
    public const int PageSize = 50;

    /// <summary>Supervisors and inspectors; administrators see everything.</summary>
    public static readonly IReadOnlySet<Role> Roles = new HashSet<Role>(Capabilities.CaseSupervision) { Role.Inspector };

    public sealed record Row(int CaseId, string CommuneName, string CommunePath, CaseStepKind Kind, DateTime DueAt, DateTime? EscalatedAt, string? EscalatedTo)
    {
        public string CaseCode => Case.CodeOf(CaseId);
    }

    public sealed record Result(IReadOnlyList<Row> Rows, int Total, int Page, int Pages);

    /// <summary>Only the units under this path (a district or a commune the user chose); null for the whole scope.</summary>
    public string? UnderPath { get; init; }

    /// <summary>"due" (oldest first, the default), "-due" or "commune".</summary>
    public string Sort { get; init; } = "due";
    public int Page { get; init; } = 1;

    public static UserScope ScopeOf(UserScope scope) => scope.For(Roles);

    public static bool IsFor(UserScope scope) => scope.All || ScopeOf(scope).Paths.Count > 0;

    public async Task<Result> RunAsync(TreEmDbContext db, UserScope scope, DateTime now, CancellationToken ct)
    {
        var cases = db.Cases.VisibleTo(ScopeOf(scope)).Where(c => c.Status != CaseStatus.DaDong);
        if (UnderPath is { } under) cases = cases.Where(c => c.Unit!.Path.StartsWith(under));
        var steps =
            from s in db.CaseSteps
            join c in cases on s.CaseId equals c.Id
            where s.CompletedAt == null && s.DueAt != null && s.DueAt < now
            select new
            {
                CaseId = c.Id, CommuneName = c.Unit!.Name, CommunePath = c.Unit.Path, s.Kind, DueAt = s.DueAt!.Value,
                s.EscalatedAt, EscalatedTo = s.EscalatedToUnit == null ? null : s.EscalatedToUnit.Name,
            };
        var total = await steps.CountAsync(ct);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(Page, 1, pages);
        var sorted = Sort switch
        {
            "-due" => steps.OrderByDescending(s => s.DueAt).ThenBy(s => s.CaseId),
            "commune" => steps.OrderBy(s => s.CommunePath).ThenBy(s => s.DueAt),
            _ => steps.OrderBy(s => s.DueAt).ThenBy(s => s.CaseId),
        };
        var rows = await sorted.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new Result(
            rows.Select(r => new Row(r.CaseId, r.CommuneName, r.CommunePath, r.Kind, r.DueAt, r.EscalatedAt, r.EscalatedTo)).ToList(),
            total, page, pages);
    }

    /// <summary>The districts (or, in a tree without districts, nothing) and communes the filters offer.</summary>
    public static async Task<(List<OrgUnit> Districts, List<OrgUnit> Communes)> FilterUnitsAsync(TreEmDbContext db, UserScope scope, string? districtPath, CancellationToken ct)
    {
        var visible = db.Units.VisibleTo(ScopeOf(scope)).AsNoTracking();
        var districts = await visible.Where(u => u.Type!.Tier == UnitTier.District).OrderBy(u => u.Path).ToListAsync(ct);
        var communes = visible.Where(u => u.Type!.Tier == UnitTier.Commune);
        if (districtPath is not null) communes = communes.Where(u => u.Path.StartsWith(districtPath));
        return (districts, await communes.OrderBy(u => u.Name).ToListAsync(ct));
    }
}
