using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Data;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Data;

public class FundConcurrencyTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task TwoDisbursementsCheckedAgainstTheSameBalance_TheSecondSaveFails_AndTheFundIsNotOverdrawn()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var fundId = await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "633");
            var fund = new ChildFund { UnitId = unit.Id, Name = "Quỹ thử huyện Chư Sê" };
            fund.Entries.Add(new FundEntry
            {
                UnitId = unit.Id, Kind = FundEntryKind.Receipt, ReceiptType = ReceiptType.TienMat, Donor = "Nhà hảo tâm",
                Date = new DateOnly(2026, 11, 1), AmountVnd = 1_000_000m, Description = "Ủng hộ", CreatedAt = now,
            });
            db.ChildFunds.Add(fund);
            await db.SaveChangesAsync();
            return fund.Id;
        });

        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var a = first.ServiceProvider.GetRequiredService<TreEmDbContext>();
        var b = second.ServiceProvider.GetRequiredService<TreEmDbContext>();
        // Both writers claim the fund and check the same ledger: 1,000,000 đ, enough for 800,000 đ each on its own.
        foreach (var db in new[] { a, b })
        {
            var fund = await FundWrites.ClaimAsync(db, fundId, now);
            var ledger = await db.FundEntries.AsNoTracking().Where(e => e.FundId == fundId).ToListAsync();
            var entry = new FundEntry
            {
                FundId = fundId, UnitId = fund.UnitId, Kind = FundEntryKind.Disbursement, Date = new DateOnly(2026, 11, 20),
                AmountVnd = 800_000m, Description = "Chi hỗ trợ", CreatedAt = now,
            };
            Assert.Null(FundLedger.Refusal(entry, ledger));
            db.FundEntries.Add(entry);
        }

        await a.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => b.SaveChangesAsync());

        var entries = await app.WithDbAsync(db => db.FundEntries.AsNoTracking().Where(e => e.FundId == fundId).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Equal(200_000m, FundLedger.Compute(entries).Balance);
    }
}
