using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Reports;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Reports;

/// <summary>Builders for report tests: periods of their own year (tests of a class share a database), reports
/// written straight into the database, and the HTTP steps of the workflow.</summary>
public static class ReportTestData
{
    /// <summary>A period of <paramref name="year"/>: six months by default, due 25/5 (communes 20/5).</summary>
    public static Task<ReportPeriod> CreatePeriodAsync(this TreEmApp app, int year, ReportPeriodKind kind = ReportPeriodKind.SixMonths,
        DateOnly? deadline = null, DateOnly? communeDeadline = null, int reminderDays = 5) =>
        app.WithDbAsync(async db =>
        {
            var due = deadline ?? new DateOnly(year, kind == ReportPeriodKind.SixMonths ? 5 : 11, kind == ReportPeriodKind.SixMonths ? 25 : 20);
            var period = new ReportPeriod
            {
                Year = year,
                Kind = kind,
                From = new DateOnly(year, 1, 1),
                CutOff = kind == ReportPeriodKind.SixMonths ? new DateOnly(year, 5, 15) : new DateOnly(year, 10, 31),
                Deadline = due,
                CommuneDeadline = communeDeadline ?? due.AddDays(-5),
                ReminderDays = reminderDays,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.ReportPeriods.Add(period);
            await db.SaveChangesAsync();
            return period;
        });

    /// <summary>A report written straight into the database (no workflow), with the given frozen figures.</summary>
    public static Task<Report> CreateReportAsync(this TreEmApp app, int periodId, string unitCode, ReportStatus status = ReportStatus.Draft,
        DateTime? firstSubmittedAt = null, params ReportFigure[] figures) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var report = new Report
            {
                UnitId = unit.Id,
                PeriodId = periodId,
                Status = status,
                CreatedAt = now,
                CreatedBy = "test",
                UpdatedAt = now,
                FirstSubmittedAt = firstSubmittedAt ?? (status == ReportStatus.Draft ? null : now),
                SubmittedAt = firstSubmittedAt ?? (status == ReportStatus.Draft ? null : now),
                AcceptedAt = status == ReportStatus.Accepted ? now : null,
                SnapshotAt = status == ReportStatus.Draft ? null : now,
            };
            report.Figures.AddRange(figures);
            db.Reports.Add(report);
            await db.SaveChangesAsync();
            return report;
        });

    public static ReportFigure Count(string code, decimal value, string key = "") => new() { Code = code, Key = key, Value = value };

    public static ReportFigure Percent(string code, decimal numerator, decimal denominator) =>
        new() { Code = code, Key = "", Numerator = numerator, Denominator = denominator, Value = Math.Round(numerator * 100 / denominator, 2) };

    public static Task<Report> LoadReportAsync(this TreEmApp app, int id) =>
        app.WithDbAsync(db => db.Reports.AsNoTracking()
            .Include(r => r.Sections).Include(r => r.Figures).Include(r => r.Transitions)
            .AsSplitQuery().SingleAsync(r => r.Id == id));

    public static Task<int> UnitIdAsync(this TreEmApp app, string code) =>
        app.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>Creates the draft of the unit through the page, as its officer; returns the report's id.</summary>
    public static async Task<int> CreateDraftAsync(this HttpClient client, TreEmApp app, int periodId, string unitCode)
    {
        var response = await client.PostCreateAsync(app, periodId, unitCode);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return ReportId(response);
    }

    public static async Task<HttpResponseMessage> PostCreateAsync(this HttpClient client, TreEmApp app, int periodId, string unitCode)
    {
        var unitId = await app.UnitIdAsync(unitCode);
        return await client.PostFormAsync("/reports/new", new() { ["period"] = $"{periodId}", ["unit"] = $"{unitId}" }, "/reports");
    }

    public static int ReportId(HttpResponseMessage response)
    {
        var path = response.Headers.Location!.OriginalString;
        return int.Parse(path.Split('/', StringSplitOptions.RemoveEmptyEntries)[1].Split('?')[0], CultureInfo.InvariantCulture);
    }

    /// <summary>POSTs a confirmation page of the workflow (submit, return, accept).</summary>
    public static Task<HttpResponseMessage> MoveAsync(this HttpClient client, int reportId, string action, string? comments = null) =>
        client.PostFormAsync($"/reports/{reportId}/{action}", new() { ["Comments"] = comments ?? "" }, "/reports");

    public static void AssertRedirectTo(HttpResponseMessage response, string path)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(path, response.Headers.Location!.OriginalString);
    }

    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }
}
