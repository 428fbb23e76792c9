using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Children;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;
using TreEm.Web.Seed;
using TreEm.Web.Seed.Population;

namespace TreEm.Tests.Seed;

/// <summary>The demo's support: most, not all, special-circumstance children supported each year; the Mid-Autumn campaign paid by the fund.</summary>
public class DemoSupportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private async Task<int> SeedAsync() => await app.WithDbAsync(async db =>
    {
        if (!await db.Children.AnyAsync())
        {
            var today = Display.Today(app.Clock);
            await DemoChildren.SeedAsync(db, DemoSeeder.ProvinceCode, 3000, 7, today, app.Clock.GetUtcNow().UtcDateTime);
            await DemoFund.SeedAsync(db, app.Clock);
        }
        return await DemoSupport.SeedAsync(db, app.Clock);
    });

    [Fact]
    public async Task Demo_SupportsMostButNotAllSpecialCircumstanceChildren_In2021_AndIsIdempotent()
    {
        await SeedAsync();
        var again = await SeedAsync();

        var (special, supported2021, records) = await app.WithDbAsync(async db =>
        {
            var born = await db.Children.Where(c => c.Classifications.Any(x => x.Kind == ClassificationKind.SpecialCircumstance && x.EndDate == null)
                && c.BirthYear <= 2020).Select(c => new { c.Id, c.DateOfBirth }).ToListAsync();
            var ids = born.Where(c => c.DateOfBirth is null || c.DateOfBirth < new DateOnly(2021, 1, 1)).Select(c => c.Id).ToList();
            var supported = await db.SupportRecords.Where(r => r.Date.Year == 2021 && ids.Contains(r.ChildId)).Select(r => r.ChildId).Distinct().CountAsync();
            return (ids.Count, supported, await db.SupportRecords.CountAsync());
        });
        Assert.True(special >= 10, $"{special} special-circumstance children born before 2021");
        var share = (double)supported2021 / special;
        Assert.InRange(share, 0.85, 0.999);
        Assert.True(supported2021 < special, "someone is left for the 98,5 % target to chase");
        Assert.True(records > supported2021);
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task Demo_MidAutumnCampaign_IsPaidByTheProvinceFundsMidAutumnDisbursement()
    {
        await SeedAsync();

        var (campaign, entry, children) = await app.WithDbAsync(async db =>
        {
            var c = await db.SupportCampaigns.AsNoTracking().SingleAsync(x => x.Name == DemoSupport.CampaignName);
            var e = await db.FundEntries.AsNoTracking().SingleAsync(x => x.Id == c.FundEntryId);
            var n = await db.SupportRecords.CountAsync(r => r.CampaignId == c.Id && r.Unit!.Code.StartsWith("23944"));
            return (c, e, n);
        });
        Assert.Equal(FundingSource.QuyBaoTro, campaign.Source);
        Assert.Equal(FundEntryKind.Disbursement, entry.Kind);
        Assert.Equal("PC-2021-031", entry.DocumentNumber);
        Assert.True(children > 0);
        Assert.Equal(campaign.ChildCount, children);
    }
}
