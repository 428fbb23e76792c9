using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Support;

public class CampaignTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private const string NewUrl = "/support/campaigns/new";

    private static Dictionary<string, string> Fields(string name, string ids = "", string source = "NganSachXa", string value = "200.000",
        string fundId = "", string byList = "true", string unit = "", string confirmed = "") => new()
    {
        ["Input.Name"] = name, ["Input.FormCode"] = "QUA", ["Input.Date"] = "25/09/2026", ["Input.ValueVnd"] = value,
        ["Input.Source"] = source, ["Input.FundId"] = fundId, ["Input.DonorName"] = "", ["Input.Provider"] = "Hội LHPN",
        ["Input.Level"] = "PhongNgua", ["Input.ByList"] = byList, ["Input.UnitCode"] = unit, ["Input.GroupCode"] = "",
        ["Input.AgeFrom"] = "", ["Input.AgeTo"] = "", ["Input.RegisterIds"] = ids, ["Input.Confirmed"] = confirmed,
    };

    private async Task<List<int>> ChildrenAsync(string unitCode, int count, string prefix)
    {
        var ids = new List<int>();
        for (var i = 1; i <= count; i++) ids.Add((await app.CreateChildAsync(unitCode, $"{prefix} {i}")).Id);
        return ids;
    }

    private static string Ids(IEnumerable<int> ids) => string.Join("\n", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private async Task<int> FundWithReceiptAsync(string unitCode, decimal receipt)
    {
        return await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var fund = new ChildFund { UnitId = unit.Id, Name = "Quỹ Bảo trợ trẻ em " + unit.Name };
            db.ChildFunds.Add(fund);
            await db.SaveChangesAsync();
            db.FundEntries.Add(new FundEntry
            {
                FundId = fund.Id, UnitId = unit.Id, Kind = FundEntryKind.Receipt, Date = new DateOnly(2026, 9, 1), AmountVnd = receipt,
                ReceiptType = ReceiptType.TienMat, Donor = "Công ty Cao su Chư Sê", Description = "Ủng hộ Trung thu",
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
            return fund.Id;
        });
    }

    private Task<decimal> BalanceAsync(int fundId) =>
        app.WithDbAsync(async db => FundLedger.Compute(await db.FundEntries.AsNoTracking().Where(e => e.FundId == fundId).ToListAsync()).Balance);

    [Fact]
    public async Task Preview_ThenConfirm_ListOf20Children_Writes20RecordsAndOneCampaign_Audited()
    {
        var ids = await ChildrenAsync("23944-03", 20, "Trung Thu");
        var client = await app.As("xa.iatiem");

        var preview = await client.PostFormAsync(NewUrl, Fields("Trung thu 2026 Ia Tiêm", Ids(ids).Replace("\n", ", ", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var html = await preview.TextAsync();
        Assert.Contains("20 trẻ, tổng kinh phí 4.000.000 đ.", html, StringComparison.Ordinal);
        Assert.Contains("Trung Thu 17", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SupportCampaigns.AnyAsync(c => c.Name == "Trung thu 2026 Ia Tiêm")));

        var saved = await client.PostFormAsync(NewUrl, Fields("Trung thu 2026 Ia Tiêm", Ids(ids), confirmed: "true"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var campaign = await app.WithDbAsync(db => db.SupportCampaigns.AsNoTracking().SingleAsync(c => c.Name == "Trung thu 2026 Ia Tiêm"));
        Assert.Equal(20, campaign.ChildCount);
        Assert.Equal("23944-03", await app.WithDbAsync(db => db.Units.Where(u => u.Id == campaign.UnitId).Select(u => u.Code).SingleAsync()));
        var records = await app.WithDbAsync(db => db.SupportRecords.AsNoTracking().Where(r => r.CampaignId == campaign.Id).ToListAsync());
        Assert.Equal(ids.Order(), records.Select(r => r.ChildId).Order());
        Assert.All(records, r => Assert.Equal(200_000m, r.ValueVnd));
        var keys = records.Select(r => r.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var audits = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == AuditAction.Insert && (a.Entity == nameof(SupportRecord) || a.Entity == nameof(SupportCampaign))).ToListAsync());
        Assert.Equal(20, audits.Count(a => a.Entity == nameof(SupportRecord) && keys.Contains(a.Key)));
        var campaignKey = campaign.Id.ToString(CultureInfo.InvariantCulture);
        var campaignAudit = Assert.Single(audits, a => a.Entity == nameof(SupportCampaign) && a.Key == campaignKey);
        // One SaveChanges: every row of the campaign is audited at the same instant.
        Assert.All(audits.Where(a => keys.Contains(a.Key)), a => Assert.Equal(campaignAudit.At, a.At));
        var page = await (await client.GetAsync($"/support/campaigns/{campaign.Id}")).TextAsync();
        Assert.Contains("Trung Thu 20", page, StringComparison.Ordinal);
        Assert.Contains("4.000.000 đ", page, StringComparison.Ordinal);
        Assert.Contains("Trung thu 2026 Ia Tiêm", await (await client.GetAsync("/support/campaigns")).TextAsync(), StringComparison.Ordinal);
        var iako = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/support/campaigns/{campaign.Id}")).StatusCode);
        Assert.DoesNotContain("Trung thu 2026 Ia Tiêm", await (await iako.GetAsync("/support/campaigns")).TextAsync(), StringComparison.Ordinal);
        var childPage = await (await client.GetAsync($"/children/{ids[0]}")).TextAsync();
        Assert.Contains("200.000 đ", childPage[childPage.IndexOf("child-support", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithAChildOfAnotherCommuneInTheList_IsRefusedAndNothingSaved()
    {
        var ours = await ChildrenAsync("23944", 2, "Danh Sách Lẫn");
        var theirs = await app.CreateChildAsync("23977", "Danh Sách Ia Ko");

        var response = await (await app.As("xa.iatiem")).PostFormAsync(NewUrl, Fields("Lẫn xã khác", Ids([.. ours, theirs.Id]), confirmed: "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không tìm thấy trẻ đang quản lý trong phạm vi của bạn với mã: " + theirs.Id.ToString(CultureInfo.InvariantCulture),
            await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SupportCampaigns.AnyAsync(c => c.Name == "Lẫn xã khác")));
        Assert.False(await app.WithDbAsync(db => db.SupportRecords.AnyAsync(r => r.ChildId == theirs.Id || ours.Contains(r.ChildId))));
    }

    [Fact]
    public async Task Confirm_DrawingOnAFundWithEnoughBalance_WritesOneDisbursementAndTheBalanceDrops()
    {
        var fundId = await FundWithReceiptAsync("633", 10_000_000m);
        var ids = await ChildrenAsync("23944-04", 5, "Quỹ Đủ");
        var client = await app.As("huyen.chuse");

        var response = await client.PostFormAsync(NewUrl, Fields("Trung thu quỹ huyện", Ids(ids), source: "QuyBaoTro", value: "300000",
            fundId: fundId.ToString(CultureInfo.InvariantCulture), confirmed: "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var campaign = await app.WithDbAsync(db => db.SupportCampaigns.AsNoTracking().SingleAsync(c => c.Name == "Trung thu quỹ huyện"));
        var entry = await app.WithDbAsync(db => db.FundEntries.AsNoTracking().SingleAsync(e => e.FundId == fundId && e.Kind == FundEntryKind.Disbursement));
        Assert.Equal(entry.Id, campaign.FundEntryId);
        Assert.Equal(1_500_000m, entry.AmountVnd);
        Assert.Equal("Chi chiến dịch: Trung thu quỹ huyện", entry.Description);
        Assert.Equal(8_500_000m, await BalanceAsync(fundId));
        Assert.Equal(5, await app.WithDbAsync(db => db.SupportRecords.CountAsync(r => r.CampaignId == campaign.Id && r.Source == FundingSource.QuyBaoTro)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(FundEntry) && a.Key == entry.Id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task Confirm_DrawingOnAFundWithoutEnoughBalance_IsRefusedAndNothingSaved()
    {
        var fundId = await FundWithReceiptAsync("629", 1_000_000m);
        var ids = await ChildrenAsync("23944", 3, "Quỹ Thiếu");
        var client = await app.As("admin");

        var response = await client.PostFormAsync(NewUrl, Fields("Quá số dư", Ids(ids), source: "QuyBaoTro", value: "500.000",
            fundId: fundId.ToString(CultureInfo.InvariantCulture), confirmed: "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("không đủ để chi", await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.SupportCampaigns.AnyAsync(c => c.Name == "Quá số dư")));
        Assert.False(await app.WithDbAsync(db => db.SupportRecords.AnyAsync(r => ids.Contains(r.ChildId))));
        Assert.Equal(1_000_000m, await BalanceAsync(fundId));
    }

    [Fact]
    public async Task New_FundOfAnotherDistrict_IsNotOfferedToADistrictOfficer()
    {
        var fundId = await FundWithReceiptAsync("64", 5_000_000m);
        var ids = await ChildrenAsync("23944", 1, "Quỹ Tỉnh");

        var response = await (await app.As("huyen.chuse")).PostFormAsync(NewUrl, Fields("Quỹ tỉnh", Ids(ids), source: "QuyBaoTro",
            fundId: fundId.ToString(CultureInfo.InvariantCulture), confirmed: "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn quỹ chi trả mà bạn được quyền ghi sổ.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(5_000_000m, await BalanceAsync(fundId));
    }

    [Fact]
    public async Task Preview_ByFilter_PicksChildrenOfTheUnitGroupAndAge()
    {
        var inGroup = await app.CreateChildAsync("23977-02", "Lọc Đúng Nhóm", new DateOnly(2016, 1, 10));
        var tooOld = await app.CreateChildAsync("23977-02", "Lọc Quá Tuổi", new DateOnly(2010, 1, 10));
        var noGroup = await app.CreateChildAsync("23977-02", "Lọc Không Nhóm", new DateOnly(2016, 1, 10));
        var otherVillage = await app.CreateChildAsync("23977-03", "Lọc Thôn Khác", new DateOnly(2016, 1, 10));
        foreach (var id in new[] { inGroup.Id, tooOld.Id, otherVillage.Id }) await app.AddSpecialCircumstanceAsync(id, "c");
        var fields = Fields("Lọc theo điều kiện", byList: "false", unit: "23977-02");
        fields["Input.GroupCode"] = "c";
        fields["Input.AgeFrom"] = "6";
        fields["Input.AgeTo"] = "12";

        var html = await (await (await app.As("xa.iako")).PostFormAsync(NewUrl, fields)).TextAsync();

        var preview = html[html.IndexOf("preview-children", StringComparison.Ordinal)..];
        Assert.Contains("1 trẻ, tổng kinh phí 200.000 đ.", html, StringComparison.Ordinal);
        Assert.Contains("Lọc Đúng Nhóm", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Lọc Quá Tuổi", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Lọc Không Nhóm", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Lọc Thôn Khác", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ForAUserWhoMayNotRecordSupport_Returns404()
    {
        var response = await (await app.As("thanhtra")).GetAsync(NewUrl);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
