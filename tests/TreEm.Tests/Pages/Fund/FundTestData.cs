using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Fund;

/// <summary>Funds for the tests, written straight to the database (one fund per unit).</summary>
public static class FundTestData
{
    public static Task<int> FundOfAsync(this TreEmApp app, string unitCode, string name, params (FundEntryKind Kind, decimal Amount)[] entries) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var fund = await db.ChildFunds.FirstOrDefaultAsync(f => f.UnitId == unit.Id);
            if (fund is null)
            {
                fund = new ChildFund { UnitId = unit.Id, Name = name };
                db.ChildFunds.Add(fund);
            }
            foreach (var (kind, amount) in entries)
                fund.Entries.Add(new FundEntry
                {
                    UnitId = unit.Id, Kind = kind, Date = new DateOnly(2026, 3, 1), AmountVnd = amount,
                    ReceiptType = kind == FundEntryKind.Receipt ? ReceiptType.TienMat : null,
                    Donor = kind == FundEntryKind.Receipt ? "Nhà hảo tâm" : null, Description = "Bút toán có sẵn",
                });
            await db.SaveChangesAsync();
            return fund.Id;
        });
}
