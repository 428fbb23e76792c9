using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Fund;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/support: create and list with the pages' scope and validation.</summary>
public class SupportApiTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static JsonObject NewSupport(int childId, string date = "2026-09-20", decimal value = 300000m, string source = "NganSachXa") => new()
    {
        ["childId"] = childId, ["formCode"] = "DUNGCU", ["date"] = date, ["valueVnd"] = value, ["source"] = source,
        ["provider"] = "UBND xã", ["level"] = "PhongNgua",
    };

    private static async Task<string[]> ErrorsAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    [Fact]
    public async Task Create_ThenList_ReturnsTheRecordWithEnumsAsStrings()
    {
        var child = await app.CreateChildAsync("23944-02", "Rơ Mah Api Một");
        var client = await app.ApiClientAsync("xa.iatiem");

        var created = await client.PostAsJsonAsync("/api/v1/support", NewSupport(child.Id));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("NganSachXa", body.GetProperty("source").GetString());
        Assert.Equal("PhongNgua", body.GetProperty("level").GetString());
        Assert.Equal("Dụng cụ học tập", body.GetProperty("formName").GetString());
        var saved = await app.WithDbAsync(db => db.SupportRecords.AsNoTracking().SingleAsync(r => r.ChildId == child.Id));
        Assert.Equal(300000m, saved.ValueVnd);
        Assert.Equal(ProtectionLevel.PhongNgua, saved.Level);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/support?unit=23944&year=2026");
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        Assert.Contains(saved.Id, ids);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/support?year=2025")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task List_OfAnotherCommune_IsNotVisible()
    {
        var child = await app.CreateChildAsync("23944", "Ksor Api Ia Tiêm");
        await (await app.ApiClientAsync("xa.iatiem")).PostAsJsonAsync("/api/v1/support", NewSupport(child.Id));
        var other = await app.ApiClientAsync("xa.iako");

        var list = await other.GetFromJsonAsync<JsonElement>("/api/v1/support");

        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("childId").GetInt32() == child.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/v1/support?unit=23944")).StatusCode);
    }

    [Fact]
    public async Task Create_ForAChildOutsideScope_Returns404()
    {
        var child = await app.CreateChildAsync("23944", "Nay Api Ngoài Phạm Vi");

        var response = await (await app.ApiClientAsync("xa.iako")).PostAsJsonAsync("/api/v1/support", NewSupport(child.Id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.SupportRecords.AnyAsync(r => r.ChildId == child.Id)));
    }

    [Fact]
    public async Task Create_InvalidData_Returns400WithVietnameseMessages()
    {
        var child = await app.CreateChildAsync("23944", "Siu Api Sai");
        var client = await app.ApiClientAsync("xa.iatiem");

        var future = await client.PostAsJsonAsync("/api/v1/support", NewSupport(child.Id, date: "2027-01-01", value: -1m, source: "NhaTaiTro"));
        Assert.Equal(["Ngày trợ giúp không được ở tương lai."], await ErrorsAsync(future, "date"));
        var badEnum = await client.PostAsJsonAsync("/api/v1/support", NewSupport(child.Id, source: "ChaMe"));
        Assert.Contains("Nguồn kinh phí phải là một trong", (await ErrorsAsync(badEnum, "source"))[0], StringComparison.Ordinal);
        var again = await client.PostAsJsonAsync("/api/v1/support", NewSupport(child.Id, value: -1m, source: "NhaTaiTro"));
        Assert.Equal(["Giá trị không được âm."], await ErrorsAsync(again, "valueVnd"));
        Assert.False(await app.WithDbAsync(db => db.SupportRecords.AnyAsync(r => r.ChildId == child.Id)));
    }

    [Fact]
    public async Task Create_FromTheFund_RecordsTheDisbursement_AndRefusesWhatTheBalanceCannotPay()
    {
        var fundId = await app.FundOfAsync("625", "Quỹ Bảo trợ trẻ em huyện KBang", (FundEntryKind.Receipt, 500_000m));
        var child = await app.CreateChildAsync("23638", "Đinh Thị Quỹ API");
        var client = await app.ApiClientAsync("tinh");
        var paid = NewSupport(child.Id, value: 400_000m, source: "QuyBaoTro");
        paid["fundId"] = fundId;
        var tooMuch = NewSupport(child.Id, value: 200_000m, source: "QuyBaoTro");
        tooMuch["fundId"] = fundId;

        var created = await client.PostAsJsonAsync("/api/v1/support", paid);
        var refused = await client.PostAsJsonAsync("/api/v1/support", tooMuch);
        var noFund = await client.PostAsJsonAsync("/api/v1/support", NewSupport(child.Id, value: 1_000m, source: "QuyBaoTro"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("không đủ để chi", Assert.Single(await ErrorsAsync(refused, "fundId")), StringComparison.Ordinal);
        Assert.Equal("Vui lòng chọn quỹ chi trả.", Assert.Single(await ErrorsAsync(noFund, "fundId")));
        var entries = await app.WithDbAsync(db => db.FundEntries.AsNoTracking().Where(e => e.FundId == fundId).ToListAsync());
        Assert.Equal(100_000m, FundLedger.Compute(entries).Balance);
        var records = await app.WithDbAsync(db => db.SupportRecords.AsNoTracking().Where(r => r.ChildId == child.Id).ToListAsync());
        Assert.Equal(Assert.Single(entries, e => e.Kind == FundEntryKind.Disbursement).Id, Assert.Single(records).FundEntryId);
    }
}
