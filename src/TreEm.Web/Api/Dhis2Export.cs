using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TreEm.Data;
using TreEm.Data.Indicators;
using TreEm.Domain;
using TreEm.Domain.Indicators;
using TreEm.Domain.Reports;
using TreEm.Web.Hosting;
using TreEm.Web.Security;

namespace TreEm.Web.Api;

/// <summary>
/// A unit's figures for a period as a DHIS2 data value set (issue 6 item 8), ready for
/// <c>POST /api/dataValueSets?dataElementIdScheme=CODE&amp;orgUnitIdScheme=CODE&amp;categoryOptionComboIdScheme=CODE</c>
/// on a DHIS2 server whose data elements carry TreEm's indicator codes. Each value is one indicator value: the data
/// element is the indicator code, the category option combo its breakdown key ("sex:Nu", "form:HocBong"; omitted for
/// the total), the value a string as DHIS2 wants it. When the unit has a submitted or accepted report for the period,
/// the values are its snapshot, otherwise the live figures; the top-level <c>comment</c> says which (DHIS2 ignores
/// fields it does not know) and so does the <c>X-TreEm-Figures</c> header (<c>snapshot</c> or <c>live</c>).
/// </summary>
public static class Dhis2Export
{
    public const string FiguresHeader = "X-TreEm-Figures";

    public sealed record DataValue(
        string DataElement,
        string Period,
        string OrgUnit,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CategoryOptionCombo,
        string Value);

    public sealed record DataValueSet(
        string Period,
        string OrgUnit,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CompleteDate,
        string Comment,
        IReadOnlyList<DataValue> DataValues);

    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/dhis2/dataValueSets", ExportAsync)
            .WithName("ExportDhis2DataValueSet")
            .WithSummary("A unit's figures for a period as a DHIS2 dataValueSets JSON document")
            .WithDescription("unit: official code of a unit in the caller's report scope (default: the caller's unit); period: " +
                "2021S1 or 2021 exactly. dataElement is the indicator code, orgUnit the unit code, categoryOptionCombo the " +
                "breakdown key (absent for totals), value a string; import into DHIS2 with dataElementIdScheme=CODE, " +
                "orgUnitIdScheme=CODE and categoryOptionComboIdScheme=CODE. The figures are the snapshot of the unit's " +
                "submitted or accepted report for the period when there is one (completeDate: the day it was submitted), " +
                "otherwise the live figures; the top-level comment and the X-TreEm-Figures header (snapshot or live) say " +
                "which. JSON only: any Accept that excludes application/json answers 406.")
            .Produces<DataValueSet>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable);

    private static async Task<IResult> ExportAsync(string? unit, string? period, HttpContext http, CurrentUser me, TreEmDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        if (!AcceptsJson(http.Request))
            return Results.Problem(statusCode: StatusCodes.Status406NotAcceptable, title: "Không hỗ trợ định dạng này / Not acceptable",
                detail: "Chỉ xuất được dạng JSON (Accept: application/json).");
        var name = IndicatorEndpoints.ParsePeriod(period);
        if (name is null) return IndicatorEndpoints.PeriodInvalid();
        var scope = await me.ScopeAsync(ct);
        var found = await IndicatorEndpoints.FindUnitAsync(db, scope, unit, ct);
        if (found.Error is not null) return found.Error;
        var orgUnit = found.Unit!;
        var now = time.GetUtcNow().UtcDateTime;

        var report = await db.Reports.AsNoTracking().VisibleTo(scope)
            .Where(r => r.UnitId == orgUnit.Id && r.Period!.Year == name.Year && r.Period.Kind == name.Kind
                && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted))
            .Select(r => new { r.Id, r.Status, r.SubmittedAt })
            .FirstOrDefaultAsync(ct);
        DataValueSet set;
        if (report is not null)
        {
            var figures = await db.ReportFigures.AsNoTracking().Where(f => f.ReportId == report.Id)
                .Select(f => new IndicatorValue(f.Code, f.Key, f.Value, f.Numerator, f.Denominator)).ToListAsync(ct);
            var submitted = report.SubmittedAt is { } at ? Display.ToVietnamTime(at) : (DateTime?)null;
            var status = report.Status == ReportStatus.Accepted ? "đã được tiếp nhận" : "đã gửi, chờ tiếp nhận";
            set = Build(name.Name, orgUnit.Code, figures,
                submitted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                $"Số liệu chốt của báo cáo {report.Id} ({status}), gửi ngày {Display.Date(report.SubmittedAt)}.");
            http.Response.Headers[FiguresHeader] = "snapshot";
        }
        else
        {
            var span = await IndicatorEndpoints.SpanAsync(db, name, ct);
            var values = await IndicatorEngine.ComputeAsync(db, scope, orgUnit, span, null, now, ct);
            set = Build(name.Name, orgUnit.Code, values, null,
                $"Số liệu tính trực tiếp từ hồ sơ lúc {Display.DateTime(now)} (từ {Display.Date(span.From)} đến {Display.Date(span.To)}): " +
                "đơn vị chưa có báo cáo đã gửi cho kỳ này.");
            http.Response.Headers[FiguresHeader] = "live";
        }
        return Results.Ok(set);
    }

    /// <summary>The data value set of the given indicator values: values without a number are left out.</summary>
    public static DataValueSet Build(string period, string orgUnit, IEnumerable<IndicatorValue> values, string? completeDate, string comment)
    {
        var rows = values.Where(v => v.Value is not null)
            .OrderBy(v => v.Code, StringComparer.Ordinal).ThenBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => new DataValue(v.Code, period, orgUnit, v.Key.Length == 0 ? null : v.Key, Format(v.Value!.Value)))
            .ToList();
        return new DataValueSet(period, orgUnit, completeDate, comment, rows);
    }

    /// <summary>A number as DHIS2 reads it: invariant culture, no trailing zeros ("12", "97.2").</summary>
    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>True without an Accept header, or when one of its types admits application/json.</summary>
    private static bool AcceptsJson(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0) return true;
        var json = new MediaTypeHeaderValue("application/json");
        return accept.Any(a => a.Quality is not 0 && json.IsSubsetOf(a));
    }
}
