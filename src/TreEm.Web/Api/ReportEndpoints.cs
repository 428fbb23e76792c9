using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Reports;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>
/// The 6-month and annual reports over REST, read-only (issue 6 item 8): the reports of the units in the caller's
/// report scope (<see cref="Scoping"/>), and one report with its frozen figures and its history. A report outside
/// the scope answers 404 and is absent from the list.
/// </summary>
public static class ReportEndpoints
{
    public const int PageSize = 50;

    public sealed record ReportItem(int Id, string UnitCode, string UnitName, string Period, ReportPeriodKind Kind, ReportStatus Status,
        DateTime? SubmittedAt, DateTime? AcceptedAt, bool? OnTime);

    public sealed record ReportPage(IReadOnlyList<ReportItem> Items, int Page, int PageSize, int Total);

    public sealed record SnapshotRow(string Code, string Key, decimal? Value, decimal? Numerator, decimal? Denominator, decimal? PreviousValue);

    public sealed record TransitionDto(ReportStatus From, ReportStatus To, string? Reason, string UserName, DateTime At);

    public sealed record SectionDto(string Key, string Text);

    public sealed record ReportDto(int Id, string UnitCode, string UnitName, string Period, string PeriodTitle, DateOnly From,
        DateOnly CutOff, DateOnly Deadline, ReportStatus Status, string? Number, DateTime? SubmittedAt, DateTime? FirstSubmittedAt,
        DateTime? AcceptedAt, DateTime? SnapshotAt, bool? OnTime, IReadOnlyList<SnapshotRow>? Snapshot,
        IReadOnlyList<SectionDto> Sections, IReadOnlyList<TransitionDto> Transitions);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/reports", ListAsync)
            .WithName("ListReports")
            .WithSummary("Reports of the units in the user's scope, newest period first, 50 a page")
            .WithDescription("Filters: period (DHIS2 name: 2021S1 for the six-month report, 2021 for the annual one), unit " +
                "(official code of a unit in scope: its whole subtree). onTime is true when the first submission came by the " +
                "end of the deadline day (Vietnam time), false when it came later or is still missing after it, null while " +
                "the report is not submitted and still has time. Times are UTC.")
            .Produces<ReportPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/reports/{id:int}", GetAsync)
            .WithName("GetReport")
            .WithSummary("One report with its snapshot (the figures frozen at submission), its text sections and its transitions")
            .WithDescription("snapshot is null while the report has never been submitted (a draft shows live figures on its " +
                "page only); otherwise its rows are the indicator values frozen at the last submission, with the same period of " +
                "the previous year (previousValue). A report out of scope answers 404.")
            .Produces<ReportDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(string? period, string? unit, int? page, CurrentUser me, TreEmDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        var pageNo = page ?? 1;
        var errors = ApiServices.ListFilterErrors(pageNo, null);
        IndicatorEndpoints.PeriodName? name = null;
        if (period is not null && (name = IndicatorEndpoints.ParsePeriod(period)) is null) errors["period"] = [IndicatorEndpoints.PeriodMessage];
        if (errors.Count > 0) return ApiServices.Invalid(errors);

        var scope = await me.ScopeAsync(ct);
        var query = db.Reports.AsNoTracking().VisibleTo(scope);
        if (!string.IsNullOrWhiteSpace(unit))
        {
            var found = await IndicatorEndpoints.FindUnitAsync(db, scope, unit, ct);
            if (found.Error is not null) return found.Error;
            var path = found.Unit!.Path;
            query = query.Where(r => r.Unit!.Path.StartsWith(path));
        }
        if (name is not null) query = query.Where(r => r.Period!.Year == name.Year && r.Period.Kind == name.Kind);

        var total = await query.CountAsync(ct);
        // Kind is stored as its name: "Annual" sorts before "SixMonths", the later report of a year first.
        var rows = await query.OrderByDescending(r => r.Period!.Year).ThenBy(r => r.Period!.Kind)
            .ThenBy(r => r.Unit!.Path).ThenBy(r => r.Id)
            .Skip((pageNo - 1) * PageSize).Take(PageSize)
            .Select(r => new
            {
                r.Id, r.Unit!.Code, r.Unit.Name, r.Unit.Type!.Tier, r.Period!.Year, r.Period.Kind, r.Period.Deadline, r.Period.CommuneDeadline,
                r.Status, r.SubmittedAt, r.FirstSubmittedAt, r.AcceptedAt,
            })
            .ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        var items = rows.Select(r => new ReportItem(r.Id, r.Code, r.Name, Dhis2Name(r.Year, r.Kind), r.Kind, r.Status, r.SubmittedAt,
            r.AcceptedAt, IndicatorEndpoints.OnTime(r.FirstSubmittedAt, Deadline(r.Tier, r.Deadline, r.CommuneDeadline), now))).ToList();
        return Results.Ok(new ReportPage(items, pageNo, PageSize, total));
    }

    private static async Task<IResult> GetAsync(int id, CurrentUser me, TreEmDbContext db, TimeProvider time, CancellationToken ct)
    {
        var scope = await me.ScopeAsync(ct);
        var report = await db.Reports.AsNoTracking().VisibleTo(scope).Where(r => r.Id == id)
            .Include(r => r.Unit!).ThenInclude(u => u.Type)
            .Include(r => r.Period)
            .Include(r => r.Figures)
            .Include(r => r.Sections)
            .Include(r => r.Transitions)
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (report is null) return ApiServices.NotFound();
        var p = report.Period!;
        var deadline = Deadline(report.Unit!.Type!.Tier, p.Deadline, p.CommuneDeadline);
        var snapshot = report.Status == ReportStatus.Draft || report.SnapshotAt is null
            ? null
            : report.Figures.OrderBy(f => f.Code, StringComparer.Ordinal).ThenBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new SnapshotRow(f.Code, f.Key, f.Value, f.Numerator, f.Denominator, f.PreviousValue)).ToList();
        return Results.Ok(new ReportDto(report.Id, report.Unit.Code, report.Unit.Name, p.Dhis2Name, p.Title, p.From, p.CutOff, deadline,
            report.Status, report.Number, report.SubmittedAt, report.FirstSubmittedAt, report.AcceptedAt, report.SnapshotAt,
            IndicatorEndpoints.OnTime(report.FirstSubmittedAt, deadline, time.GetUtcNow().UtcDateTime), snapshot,
            report.Sections.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SectionDto(s.Key, s.Text)).ToList(),
            report.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new TransitionDto(t.From, t.To, t.Reason, t.UserName, t.At)).ToList()));
    }

    private static string Dhis2Name(int year, ReportPeriodKind kind) => kind == ReportPeriodKind.SixMonths ? $"{year}S1" : $"{year}";

    private static DateOnly Deadline(UnitTier tier, DateOnly deadline, DateOnly? communeDeadline) =>
        tier == UnitTier.Commune && communeDeadline is { } d ? d : deadline;
}
