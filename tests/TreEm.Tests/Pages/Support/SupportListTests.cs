using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Support;

public class SupportListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task AddSupportAsync(int childId, int unitId, string form, DateOnly date, decimal value, FundingSource source = FundingSource.NganSachXa,
        string? donor = null) =>
        app.WithDbAsync(async db =>
        {
            db.SupportRecords.Add(new SupportRecord
            {
                ChildId = childId, UnitId = unitId, FormCode = form, Date = date, ValueVnd = value, Source = source, DonorName = donor,
                Level = ProtectionLevel.HoTro, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task List_ShowsOnlyTheUsersScope_WithFiltersAndTotals()
    {
        var tiem = await app.CreateChildAsync("23944-01", "Rơ Mah Danh Sách Tiêm");
        var ko = await app.CreateChildAsync("23977-01", "Ksor Danh Sách Ko");
        await AddSupportAsync(tiem.Id, tiem.UnitId, "HOCBONG", new DateOnly(2026, 3, 1), 1_000_000m);
        await AddSupportAsync(tiem.Id, tiem.UnitId, "QUA", new DateOnly(2025, 9, 1), 250_000m);
        await AddSupportAsync(ko.Id, ko.UnitId, "QUA", new DateOnly(2026, 9, 1), 300_000m);

        var iako = await (await (await app.As("xa.iako")).GetAsync("/support")).TextAsync();
        Assert.Contains("Ksor Danh Sách Ko", iako, StringComparison.Ordinal);
        Assert.DoesNotContain("Rơ Mah Danh Sách Tiêm", iako, StringComparison.Ordinal);
        Assert.Contains("1 lượt trợ giúp cho 1 trẻ, tổng giá trị 300.000 đ.", iako, StringComparison.Ordinal);

        var district = await app.As("huyen.chuse");
        var all = await (await district.GetAsync("/support")).TextAsync();
        Assert.Contains("3 lượt trợ giúp cho 2 trẻ, tổng giá trị 1.550.000 đ.", all, StringComparison.Ordinal);
        var filtered = await (await district.GetAsync("/support?unit=23944&year=2026")).TextAsync();
        Assert.Contains("1 lượt trợ giúp cho 1 trẻ, tổng giá trị 1.000.000 đ.", filtered, StringComparison.Ordinal);
        var none = await (await district.GetAsync("/support?form=XEDAP")).TextAsync();
        Assert.Contains("Không có trợ giúp nào phù hợp.", none, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync("/support?unit=23944")).StatusCode);
    }

    [Fact]
    public async Task Export_OpensWithTheRowsNeutralisesFormulasAndIsAudited()
    {
        // KBang, not Chư Sê: the list test above counts every support of Chư Sê, whatever the order the tests run in.
        var child = await app.CreateChildAsync("23638", "Nay Xuất Excel");
        await AddSupportAsync(child.Id, child.UnitId, "TIENMAT", new DateOnly(2026, 6, 1), 700_000m, FundingSource.NhaTaiTro, "=HYPERLINK(\"x\")");
        var client = await app.As("tinh");

        var response = await client.GetAsync("/support/export?unit=23638&year=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH TRỢ GIÚP TRẺ EM", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["C"], "Nay Xuất Excel"));
        Assert.Equal("'=HYPERLINK(\"x\")", row["H"]);
        Assert.Equal(700_000m, Convert.ToDecimal(row["F"], System.Globalization.CultureInfo.InvariantCulture));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "SupportRecord"));
        Assert.Equal("unit=23638&year=2026", audit.Key);
        Assert.Equal("tinh", audit.UserName);
    }

    [Fact]
    public async Task List_InEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("huyen.mangyang");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync("/support");

        Assert.Contains("0 supports to 0 children, total value 0 đ.", html, StringComparison.Ordinal);
        Assert.Contains("No support matches.", html, StringComparison.Ordinal);
        Assert.Contains("Child protection fund", html, StringComparison.Ordinal);
    }
}
