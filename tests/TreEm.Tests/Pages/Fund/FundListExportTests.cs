using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Fund;

public class FundListExportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task NameAndTargetAsync(int fundId, string name, decimal target) =>
        app.WithDbAsync(async db =>
        {
            var fund = await db.ChildFunds.Include(f => f.Targets).SingleAsync(f => f.Id == fundId);
            fund.Name = name;
            fund.Targets.Add(new FundTarget { Year = 2026, AmountVnd = target });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Export_HasTheFundsOfTheScopeWithTheYearFiguresNeutralisedAndAudited()
    {
        var chuSe = await app.FundOfAsync("633", "Quỹ Chư Sê", (FundEntryKind.Receipt, 4_000_000m), (FundEntryKind.Disbursement, 1_000_000m));
        await NameAndTargetAsync(chuSe, "=HYPERLINK(\"x\") Quỹ Chư Sê", 8_000_000m);
        // Funds are read from the district up: the other district stands for the unit outside the scope.
        await app.FundOfAsync("629", "Quỹ Bảo trợ trẻ em huyện Mang Yang", (FundEntryKind.Receipt, 2_000_000m));
        var client = await app.As("huyen.chuse");

        var list = await client.GetStringAsync("/fund?year=2026");
        var response = await client.GetAsync("/fund/export?year=2026");

        Assert.Contains("href=\"/fund/export?year=2026\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH QUỸ BẢO TRỢ TRẺ EM", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["B"], "'=HYPERLINK(\"x\") Quỹ Chư Sê"));
        Assert.Equal(3_000_000m, Convert.ToDecimal(row["D"], CultureInfo.InvariantCulture));
        Assert.Equal(4_000_000m, Convert.ToDecimal(row["E"], CultureInfo.InvariantCulture));
        Assert.Equal(1_000_000m, Convert.ToDecimal(row["F"], CultureInfo.InvariantCulture));
        Assert.Equal(8_000_000m, Convert.ToDecimal(row["G"], CultureInfo.InvariantCulture));
        Assert.Equal(50m, Convert.ToDecimal(row["H"], CultureInfo.InvariantCulture));
        Assert.DoesNotContain(rows, r => Equals(r["B"], "Quỹ Bảo trợ trẻ em huyện Mang Yang"));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "ChildFund"));
        Assert.Equal("year=2026", audit.Key);
        Assert.Equal("huyen.chuse", audit.UserName);
    }
}
