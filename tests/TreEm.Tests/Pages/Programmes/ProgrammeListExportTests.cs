using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Programmes;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Programmes;

public class ProgrammeListExportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task<ScreeningProgramme> ProgrammeAsync(string unitCode, string name, string partner, int year) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var p = new ScreeningProgramme { UnitId = unit.Id, Name = name, Kind = ProgrammeKind.TimBamSinh, Year = year, Partner = partner, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.ScreeningProgrammes.Add(p);
            await db.SaveChangesAsync();
            return p;
        });

    private Task EnrolAsync(int programmeId, int childId, int unitId, bool screened, bool operated) =>
        app.WithDbAsync(async db =>
        {
            db.ProgrammeChildren.Add(new ProgrammeChild
            {
                ProgrammeId = programmeId, ChildId = childId, UnitId = unitId, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                ScreenedOn = screened ? new DateOnly(2025, 5, 10) : null, Result = screened ? ScreeningResult.CanPhauThuat : null, SurgeryDone = operated,
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Export_HasTheProgrammesWithTheCountsOfTheScopeNeutralisedAndAudited()
    {
        var tiem = await ProgrammeAsync("23944", "Khám tim Ia Tiêm 2025", "=HYPERLINK(\"x\") Bệnh viện", 2025);
        var ko = await ProgrammeAsync("23977", "Khám tim Ia Ko 2025", "Bệnh viện Nhi", 2025);
        var a = await app.CreateChildAsync("23944", "Rơ Châm Khám Một");
        var b = await app.CreateChildAsync("23944", "Rơ Châm Khám Hai");
        await EnrolAsync(tiem.Id, a.Id, a.UnitId, screened: true, operated: true);
        await EnrolAsync(tiem.Id, b.Id, b.UnitId, screened: false, operated: false);
        var client = await app.As("xa.iatiem");

        var list = await client.GetStringAsync("/programmes?year=2025");
        var response = await client.GetAsync("/programmes/export?year=2025");

        Assert.Contains("href=\"/programmes/export?year=2025\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH CHƯƠNG TRÌNH KHÁM SÀNG LỌC, PHẪU THUẬT", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["B"], "Khám tim Ia Tiêm 2025"));
        Assert.Equal("'=HYPERLINK(\"x\") Bệnh viện", row["F"]);
        Assert.Equal(2m, Convert.ToDecimal(row["G"], CultureInfo.InvariantCulture));
        Assert.Equal(1m, Convert.ToDecimal(row["H"], CultureInfo.InvariantCulture));
        Assert.Equal(1m, Convert.ToDecimal(row["I"], CultureInfo.InvariantCulture));
        Assert.Equal(1m, Convert.ToDecimal(row["J"], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(rows, r => Equals(r["B"], ko.Name));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(x => x.Action == AuditAction.Export && x.Entity == "ScreeningProgramme"));
        Assert.Equal("year=2025", audit.Key);
        Assert.Equal("xa.iatiem", audit.UserName);
    }
}
