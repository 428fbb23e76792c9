using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;
using TreEm.Tests.Pages.Fund;

namespace TreEm.Tests.Pages.Support;

public class AddSupportTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string AddUrl(int id) => $"/children/{id}/support/add";

    private static Dictionary<string, string> Fields(string form = "QUA", string date = "15/09/2026", string value = "500.000",
        string source = "NhaTaiTro", string donor = "Công ty Sữa Việt", string provider = "UBND xã Ia Tiêm", string level = "HoTro",
        string note = "") => new()
    {
        ["Input.FormCode"] = form, ["Input.Date"] = date, ["Input.ValueVnd"] = value, ["Input.Source"] = source,
        ["Input.DonorName"] = donor, ["Input.Provider"] = provider, ["Input.Level"] = level, ["Input.Note"] = note,
    };

    private Task<List<SupportRecord>> RecordsAsync(int childId) =>
        app.WithDbAsync(db => db.SupportRecords.AsNoTracking().Where(r => r.ChildId == childId).ToListAsync());

    [Fact]
    public async Task Add_OneSupport_IsSavedAuditedAndListedOnTheChildsPage()
    {
        var child = await app.CreateChildAsync("23944-01", "Rơ Mah Được Quà");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(AddUrl(child.Id), Fields());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var r = Assert.Single(await RecordsAsync(child.Id));
        Assert.Equal("QUA", r.FormCode);
        Assert.Equal(new DateOnly(2026, 9, 15), r.Date);
        Assert.Equal(500_000m, r.ValueVnd);
        Assert.Equal(FundingSource.NhaTaiTro, r.Source);
        Assert.Equal("Công ty Sữa Việt", r.DonorName);
        Assert.Equal(child.UnitId, r.UnitId);
        var audited = await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(SupportRecord) && a.Key == r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(audited);
        var html = await (await client.GetAsync($"/children/{child.Id}")).TextAsync();
        var section = html[html.IndexOf("child-support", StringComparison.Ordinal)..];
        Assert.Contains("15/09/2026", section, StringComparison.Ordinal);
        Assert.Contains("Quà tặng", section, StringComparison.Ordinal);
        Assert.Contains("500.000 đ", section, StringComparison.Ordinal);
        Assert.Contains("Nhà tài trợ: Công ty Sữa Việt", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_FutureDateNegativeValueAndNoDonor_IsRefusedAndKeepsInput()
    {
        var child = await app.CreateChildAsync("23944", "Siu Văn Sai Ngày");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(AddUrl(child.Id), Fields(date: "01/12/2027", value: "-5000", donor: "", provider: "Đoàn thanh niên xã"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Ngày trợ giúp không được ở tương lai.", html, StringComparison.Ordinal);
        Assert.Contains("Giá trị không được âm.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng ghi tên nhà tài trợ.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Đoàn thanh niên xã\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"01/12/2027\"", html, StringComparison.Ordinal);
        Assert.Empty(await RecordsAsync(child.Id));
    }

    [Fact]
    public async Task Add_InactiveForm_IsRefused()
    {
        await app.WithDbAsync(async db =>
        {
            var f = await db.SupportForms.SingleAsync(x => x.Code == "XEDAP");
            f.IsActive = false;
            await db.SaveChangesAsync();
        });
        var child = await app.CreateChildAsync("23944", "Ksor Thị Xe Đạp");

        var response = await (await app.As("xa.iatiem")).PostFormAsync(AddUrl(child.Id), Fields(form: "XEDAP"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hình thức trợ giúp không có trong danh mục đang áp dụng.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(await RecordsAsync(child.Id));
    }

    [Fact]
    public async Task Add_ChildOfAnotherCommune_Returns404()
    {
        var child = await app.CreateChildAsync("23944", "Nay Thị Xã Khác");
        var client = await app.As("xa.iako");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(AddUrl(child.Id))).StatusCode);
        var other = await app.CreateChildAsync("23977", "Rơ Châm Ia Ko");
        var post = await client.PostFormAsync(AddUrl(child.Id), Fields(), getUrl: AddUrl(other.Id));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Empty(await RecordsAsync(child.Id));
    }

    [Fact]
    public async Task Add_FromTheFund_WritesTheDisbursementWithTheRecord_AndTheBalanceDrops()
    {
        var fundId = await app.FundOfAsync("633", "Quỹ Bảo trợ trẻ em huyện Chư Sê", (FundEntryKind.Receipt, 2_000_000m));
        var child = await app.CreateChildAsync("23944-02", "Kpă Thị Được Quỹ Chi");
        var client = await app.As("huyen.chuse");

        var response = await client.PostFormAsync(AddUrl(child.Id),
            Fields(source: "QuyBaoTro", donor: "", value: "600.000").Append(new("Input.FundId", fundId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToDictionary());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = Assert.Single(await RecordsAsync(child.Id));
        var entries = await app.WithDbAsync(db => db.FundEntries.AsNoTracking().Where(e => e.FundId == fundId).ToListAsync());
        var paid = Assert.Single(entries, e => e.Kind == FundEntryKind.Disbursement);
        Assert.Equal(paid.Id, record.FundEntryId);
        Assert.Equal(600_000m, paid.AmountVnd);
        Assert.Equal(new DateOnly(2026, 9, 15), paid.Date);
        Assert.Equal(1_400_000m, FundLedger.Compute(entries).Balance);
    }

    [Fact]
    public async Task Add_FromTheFund_BeyondItsBalanceOrWithoutAFund_IsRefused_AndNothingIsSaved()
    {
        var fundId = await app.FundOfAsync("629", "Quỹ Bảo trợ trẻ em huyện Mang Yang", (FundEntryKind.Receipt, 100_000m));
        var child = await app.CreateChildAsync("23797", "Đinh Văn Quỹ Thiếu");
        var client = await app.As("huyen.mangyang");

        var short_ = await client.PostFormAsync(AddUrl(child.Id),
            Fields(source: "QuyBaoTro", donor: "", value: "600.000").Append(new("Input.FundId", fundId.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToDictionary());
        var none = await client.PostFormAsync(AddUrl(child.Id), Fields(source: "QuyBaoTro", donor: "", value: "50.000"));

        Assert.Equal(HttpStatusCode.OK, short_.StatusCode);
        var html = await short_.TextAsync();
        Assert.Contains("không đủ để chi", html, StringComparison.Ordinal);
        Assert.Contains("value=\"600.000\"", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng chọn quỹ chi trả.", await none.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(await RecordsAsync(child.Id));
        var entries = await app.WithDbAsync(db => db.FundEntries.AsNoTracking().Where(e => e.FundId == fundId).ToListAsync());
        Assert.DoesNotContain(entries, e => e.Kind == FundEntryKind.Disbursement);
    }
}
