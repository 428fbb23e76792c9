using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Pages.Fund;

/// <summary>The demo province fund: 2021 receipts near but under the 4 tỷ target.</summary>
public class DemoFundTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    [Fact]
    public async Task DemoFund_2021ReceiptsUnder4Ty_ProgressUnder100Percent()
    {
        var fund = await app.WithDbAsync(db => db.ChildFunds.Include(f => f.Entries).Include(f => f.Targets).SingleAsync(f => f.Name == DemoFund.Name));
        var received2021 = fund.Entries.Where(e => e.Kind == FundEntryKind.Receipt && e.Date.Year == 2021).Sum(e => e.AmountVnd);
        Assert.InRange(received2021, 3_000_000_000m, 3_999_999_999m);
        Assert.Equal(4_000_000_000m, fund.Targets.Single(t => t.Year == 2021).AmountVnd);
        Assert.Contains(fund.Entries, e => e.Kind == FundEntryKind.Disbursement && e.Description.Contains("tim", StringComparison.Ordinal));

        var client = await app.SignInAsync("tinh");
        var page = await client.GetStringAsync($"/fund/{fund.Id}?year=2021");
        Assert.Contains("data-testid=\"progress\">đạt 87 %", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoFund_SecondRun_AddsNothing()
    {
        var added = await app.WithDbAsync(db => DemoFund.SeedAsync(db, app.Clock));
        Assert.Equal(0, added);
        Assert.Equal(1, await app.WithDbAsync(db => db.ChildFunds.CountAsync(f => f.Name == DemoFund.Name)));
    }
}
