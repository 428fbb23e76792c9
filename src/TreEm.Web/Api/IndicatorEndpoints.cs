using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Data.Indicators;
using TreEm.Domain;
using TreEm.Domain.Indicators;
using TreEm.Domain.Reports;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>
/// The indicator catalogue and the values of an indicator for a unit and a period (issue 6 item 8). Periods are named
/// as DHIS2 names them: "2021S1" for the first six months, "2021" for the year. A unit outside the caller's report
/// scope answers 404, as any out-of-scope record does.
/// </summary>
public static partial class IndicatorEndpoints
{
    public sealed record IndicatorDto(string Code, string NameVi, string NameEn, IndicatorMeasure Measure, string UnitOfMeasure,
        IReadOnlyList<string> Breakdowns, IndicatorPeriodType PeriodType, string Formula, int Appendix);

    public sealed record ValueDto(string Key, decimal? Value, decimal? Numerator, decimal? Denominator);

    public sealed record IndicatorValuesDto(string Code, string NameVi, string UnitOfMeasure, string UnitCode, string UnitName,
        string Period, DateOnly From, DateOnly To, IReadOnlyList<ValueDto> Values);

    /// <summary>The message of a period that is not "2021S1" or "2021".</summary>
    public const string PeriodMessage = "Kỳ phải ghi theo tên kỳ của DHIS2: \"2021S1\" (6 tháng đầu năm) hoặc \"2021\" (cả năm), năm từ 2000 đến 2100.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/indicators", () => Results.Ok(IndicatorCatalogue.All.Select(Dto).ToList()))
            .WithName("ListIndicators")
            .WithSummary("The indicator catalogue: every plan target and appendix figure TreEm computes")
            .WithDescription("Each indicator has a stable code (used by plans, appendix layouts, report snapshots and the DHIS2 " +
                "export), Vietnamese and English names, its measure (Count, Percent, Amount), unit of measure, the breakdown " +
                "dimensions its values may carry (a value's key is \"\" for the total, otherwise \"dimension:key\"), the periods " +
                "it is meant for, its formula in words and its appendix (1–4, or 0 for a plan target only).")
            .Produces<List<IndicatorDto>>();

        api.MapGet("/indicators/{code}/values", ValuesAsync)
            .WithName("GetIndicatorValues")
            .WithSummary("Values of an indicator for a unit's subtree and a period, computed live from the records")
            .WithDescription("period is required, named as DHIS2 does: 2021S1 (first six months) or 2021 (the year). When the " +
                "province has set a report period for that year, its figures run from its first day to its cut-off (from/to " +
                "in the answer); otherwise the calendar half-year or year. unit is the official code of a unit in the caller's " +
                "report scope (default: the caller's unit). An unknown code or a unit out of scope answers 404, a bad period 400.")
            .Produces<IndicatorValuesDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IndicatorDto Dto(IndicatorDefinition d) => new(d.Code, d.NameVi, d.NameEn, d.Measure, d.UnitOfMeasure,
        d.Breakdowns, d.PeriodType, d.Formula, d.Appendix);

    private static async Task<IResult> ValuesAsync(string code, string? unit, string? period, CurrentUser me, TreEmDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        var definition = IndicatorCatalogue.Find(code);
        if (definition is null) return ApiServices.NotFound();
        var name = ParsePeriod(period);
        if (name is null) return PeriodInvalid();
        if (definition.PeriodType == IndicatorPeriodType.Year && name.Kind != ReportPeriodKind.Annual)
            return ApiServices.Invalid(new(StringComparer.Ordinal)
            {
                ["period"] = [$"Chỉ tiêu {definition.Code} chỉ tính cho cả năm: dùng kỳ \"{name.Year}\"."],
            });

        var scope = await me.ScopeAsync(ct);
        var found = await FindUnitAsync(db, scope, unit, ct);
        if (found.Error is not null) return found.Error;
        var span = await SpanAsync(db, name, ct);
        var values = await IndicatorEngine.ComputeAsync(db, scope, found.Unit!, span, [definition.Code], time.GetUtcNow().UtcDateTime, ct);
        var rows = values.Where(v => string.Equals(v.Code, definition.Code, StringComparison.Ordinal))
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => new ValueDto(v.Key, v.Value, v.Numerator, v.Denominator)).ToList();
        return Results.Ok(new IndicatorValuesDto(definition.Code, definition.NameVi, definition.UnitOfMeasure, found.Unit!.Code,
            found.Unit.Name, name.Name, span.From, span.To, rows));
    }

    /// <summary>A period named as DHIS2 names it, with the report period kind it matches.</summary>
    public sealed record PeriodName(string Name, int Year, ReportPeriodKind Kind);

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{4}(S1)?$")]
    private static partial System.Text.RegularExpressions.Regex PeriodPattern();

    /// <summary>"2021S1" or "2021" exactly (years 2000–2100); null for anything else, "2021S2" included: reports
    /// are six-monthly (January to the cut-off) and annual.</summary>
    public static PeriodName? ParsePeriod(string? name)
    {
        if (name is null || !PeriodPattern().IsMatch(name) || FigurePeriod.ParseDhis2(name) is null) return null;
        var year = int.Parse(name.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        return new PeriodName(name, year, name.Length == 4 ? ReportPeriodKind.Annual : ReportPeriodKind.SixMonths);
    }

    /// <summary>400 naming the accepted forms of a period.</summary>
    public static IResult PeriodInvalid() => ApiServices.Invalid(new(StringComparer.Ordinal) { ["period"] = [PeriodMessage] });

    /// <summary>The days a period's figures cover: the report period's (first day to cut-off) when the province has set
    /// one for that year and kind, otherwise the calendar half-year or year.</summary>
    public static async Task<FigurePeriod> SpanAsync(TreEmDbContext db, PeriodName name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(name);
        var set = await db.ReportPeriods.AsNoTracking().Where(p => p.Year == name.Year && p.Kind == name.Kind)
            .Select(p => new { p.From, p.CutOff }).FirstOrDefaultAsync(ct);
        if (set is not null) return new FigurePeriod(set.From, set.CutOff);
        return name.Kind == ReportPeriodKind.Annual ? FigurePeriod.Year(name.Year) : FigurePeriod.FirstHalf(name.Year);
    }

    /// <summary>The unit of a request, or the answer when there is none.</summary>
    public sealed record UnitLookup(OrgUnit? Unit, IResult? Error);

    /// <summary>
    /// The unit named by its official code when it is in the caller's report scope (404 otherwise), or, without a
    /// code, the caller's own unit: the top of their report scope (400 when they hold roles at several units).
    /// </summary>
    public static async Task<UnitLookup> FindUnitAsync(TreEmDbContext db, UserScope scope, string? code, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var reportScope = scope.For(Capabilities.ReportRead);
        var units = db.Units.AsNoTracking().Include(u => u.Type).VisibleTo(reportScope);
        if (!string.IsNullOrWhiteSpace(code))
        {
            var c = code.Trim();
            var unit = await units.FirstOrDefaultAsync(u => u.Code == c, ct);
            return unit is null ? new(null, ApiServices.NotFound()) : new(unit, null);
        }
        var roots = reportScope.All
            ? await units.Where(u => u.ParentId == null).ToListAsync(ct)
            : await units.Where(u => reportScope.Paths.Contains(u.Path)).ToListAsync(ct);
        return roots.Count switch
        {
            1 => new(roots[0], null),
            0 => new(null, ApiServices.NotFound()),
            _ => new(null, ApiServices.Invalid(new(StringComparer.Ordinal)
            {
                ["unit"] = ["Người dùng có vai trò ở nhiều đơn vị: hãy ghi mã đơn vị (unit)."],
            })),
        };
    }

    /// <summary>
    /// Whether a report came on time: its first submission before the end of its deadline (Vietnam time); false when it
    /// is still missing after the deadline; null when it is not yet submitted and still has time.
    /// </summary>
    public static bool? OnTime(DateTime? firstSubmittedAt, DateOnly deadline, DateTime now)
    {
        var due = Display.StartOfDayUtc(deadline.AddDays(1));
        return firstSubmittedAt is { } at ? at < due : now >= due ? false : null;
    }
}
