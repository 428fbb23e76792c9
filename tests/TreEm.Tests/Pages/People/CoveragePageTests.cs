using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.People;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.People;

/// <summary>The coverage page and its export. Mang Yang (629) has 12 communes and no village.</summary>
public class CoveragePageTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Coverage_MangYang_ShowsTheShareAndTheCommunesWithoutWorker()
    {
        await app.AddPersonAsync("23797", "Đinh Thị Ayun", PersonKind.CanBoXa, new(2020, 1, 1));
        var client = await app.As("huyen.mangyang");

        var html = await (await client.GetAsync("/people/coverage?unit=629&date=30/11/2026")).TextAsync();

        Assert.Contains("1/12 (8 %)", html, StringComparison.Ordinal);
        var list = html[html.IndexOf("data-testid=\"communes-without-worker\"", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Contains("Xã Đak Jơ Ta (23798)", list, StringComparison.Ordinal);
        Assert.DoesNotContain("(23797)", list, StringComparison.Ordinal);
        Assert.Contains("Mọi thôn, làng đều có cộng tác viên.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_UnitOutsideScope_Returns404()
    {
        var client = await app.As("xa.iako");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/coverage?unit=23944")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/people/coverage/export?unit=23944")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/people/coverage")).StatusCode);
    }

    [Fact]
    public async Task CoverageExport_KBang_HasTheDistrictRowAndIsAudited()
    {
        await app.AddPersonAsync("23638", "Nay Thị Trấn", PersonKind.CanBoXa, new(2020, 1, 1));
        var client = await app.As("tinh");

        var response = await client.GetAsync("/people/coverage/export?unit=625&date=01/06/2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("ĐỘ BAO PHỦ MẠNG LƯỚI BẢO VỆ TRẺ EM", rows[0]["A"]);
        var district = Assert.Single(rows, r => Equals(r["A"], "625"));
        Assert.Equal(14, Convert.ToInt32(district["C"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, Convert.ToInt32(district["D"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(rows, r => Equals(r["A"], "23641"));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "PeopleCoverage"));
        Assert.Equal("unit=625&date=01%2F06%2F2026", audit.Key);
    }
}
