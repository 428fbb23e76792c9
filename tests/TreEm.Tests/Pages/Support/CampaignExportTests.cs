using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Support;

public class CampaignExportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task CampaignAsync(string unitCode, string name, int children, decimal perChild, string? fundEntry = null) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            int? entryId = null;
            if (fundEntry is not null)
            {
                var fund = new ChildFund { UnitId = unit.Id, Name = "Quỹ Bảo trợ trẻ em " + unit.Name };
                var entry = new FundEntry { UnitId = unit.Id, Kind = FundEntryKind.Disbursement, Date = new DateOnly(2026, 9, 25), AmountVnd = children * perChild, Description = fundEntry };
                fund.Entries.Add(entry);
                db.ChildFunds.Add(fund);
                await db.SaveChangesAsync();
                entryId = entry.Id;
            }
            db.SupportCampaigns.Add(new SupportCampaign
            {
                UnitId = unit.Id, Name = name, FormCode = "QUA", Date = new DateOnly(2026, 9, 25), ValuePerChildVnd = perChild,
                Source = entryId is null ? FundingSource.NhaTaiTro : FundingSource.QuyBaoTro, DonorName = entryId is null ? "Nhà hảo tâm" : null,
                ChildCount = children, FundEntryId = entryId, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
        });

    [Fact]
    public async Task Export_HasTheCampaignsOfTheScopeNeutralisesFormulasAndIsAudited()
    {
        await CampaignAsync("23944", "=HYPERLINK(\"x\") Trung thu Ia Tiêm", 4, 150_000m, "Chi quà Trung thu 2026");
        await CampaignAsync("23977", "Trung thu Ia Ko", 3, 100_000m);
        var client = await app.As("xa.iatiem");

        var list = await client.GetStringAsync("/support/campaigns");
        var response = await client.GetAsync("/support/campaigns/export");

        Assert.Contains("href=\"/support/campaigns/export\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH CHIẾN DỊCH TRỢ GIÚP", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["B"], "'=HYPERLINK(\"x\") Trung thu Ia Tiêm"));
        Assert.Equal("25/09/2026", row["D"]);
        Assert.Equal(4m, Convert.ToDecimal(row["F"], CultureInfo.InvariantCulture));
        Assert.Equal(150_000m, Convert.ToDecimal(row["G"], CultureInfo.InvariantCulture));
        Assert.Equal(600_000m, Convert.ToDecimal(row["H"], CultureInfo.InvariantCulture));
        Assert.Equal("Chi quà Trung thu 2026", row["K"]);
        Assert.DoesNotContain(rows, r => Equals(r["B"], "Trung thu Ia Ko"));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "SupportCampaign"));
        Assert.Equal("*", audit.Key);
        Assert.Equal("xa.iatiem", audit.UserName);
    }
}
