using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Fund;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/funds: list, ledger, new entries, refusals and scope.</summary>
public class FundApiTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static JsonObject Receipt(decimal amount) => new()
    {
        ["kind"] = "Receipt", ["date"] = "2026-11-10", ["amountVnd"] = amount, ["receiptType"] = "HienVat",
        ["donor"] = "Hội Chữ thập đỏ tỉnh", ["earmark"] = "sữa", ["documentNumber"] = "PT-API-1", ["description"] = "200 thùng sữa, quy ra tiền",
    };

    [Fact]
    public async Task Create_ReceiptThenList_ShowsTheEntryAndTheBalance()
    {
        var id = await app.FundOfAsync("629", "Quỹ Bảo trợ trẻ em huyện Mang Yang");
        var client = await app.ApiClientAsync("huyen.mangyang");

        var response = await client.PostAsJsonAsync($"/api/v1/funds/{id}/entries", Receipt(6_000_000));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Receipt", created.GetProperty("kind").GetString());
        Assert.Equal("HienVat", created.GetProperty("receiptType").GetString());
        var funds = await client.GetFromJsonAsync<JsonElement>("/api/v1/funds?year=2026");
        var fund = funds.EnumerateArray().Single(f => f.GetProperty("id").GetInt32() == id);
        Assert.Equal(6_000_000m, fund.GetProperty("balanceVnd").GetDecimal());
        Assert.Equal(6_000_000m, fund.GetProperty("receivedInYearVnd").GetDecimal());
        var entries = await client.GetFromJsonAsync<JsonElement>($"/api/v1/funds/{id}/entries?year=2026");
        var entry = Assert.Single(entries.EnumerateArray());
        Assert.Equal("Hội Chữ thập đỏ tỉnh", entry.GetProperty("donor").GetString());
        Assert.Equal(6_000_000m, entry.GetProperty("balanceAfterVnd").GetDecimal());
    }

    [Fact]
    public async Task Create_Overdraft_Returns400WithTheVietnameseReason_NothingSaved()
    {
        var id = await app.FundOfAsync("633", "Quỹ Bảo trợ trẻ em huyện Chư Sê", (FundEntryKind.Receipt, 1_000_000m));
        var client = await app.ApiClientAsync("huyen.chuse");
        var before = await app.WithDbAsync(db => db.FundEntries.CountAsync(e => e.FundId == id));

        var response = await client.PostAsJsonAsync($"/api/v1/funds/{id}/entries", new JsonObject
        {
            ["kind"] = "Disbursement", ["date"] = "2026-11-10", ["amountVnd"] = 5_000_000, ["description"] = "Chi quá số dư",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("không đủ để chi", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.FundEntries.CountAsync(e => e.FundId == id)));

        var reversal = await client.PostAsJsonAsync($"/api/v1/funds/{id}/entries", new JsonObject
        {
            ["kind"] = "Reversal", ["date"] = "2026-11-10", ["amountVnd"] = 1_000_000, ["description"] = "Đảo",
        });
        Assert.Equal(HttpStatusCode.BadRequest, reversal.StatusCode);
    }

    [Fact]
    public async Task Scope_OtherDistrictOrCommune_Gets404_AndDoesNotListTheFund()
    {
        var id = await app.FundOfAsync("64", "Quỹ Bảo trợ trẻ em tỉnh Gia Lai", (FundEntryKind.Receipt, 1_000_000m));
        var district = await app.ApiClientAsync("huyen.chuse");

        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/api/v1/funds/{id}/entries")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await district.PostAsJsonAsync($"/api/v1/funds/{id}/entries", Receipt(1000))).StatusCode);
        var list = await district.GetFromJsonAsync<JsonElement>("/api/v1/funds");
        Assert.DoesNotContain(list.EnumerateArray(), f => f.GetProperty("id").GetInt32() == id);
        var province = await app.ApiClientAsync("tinh");
        var all = await province.GetFromJsonAsync<JsonElement>("/api/v1/funds");
        Assert.Contains(all.EnumerateArray(), f => f.GetProperty("id").GetInt32() == id);
    }

    [Fact]
    public async Task OpenApi_DescribesTheFundEndpoints()
    {
        var doc = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/funds/{id}/entries", doc, StringComparison.Ordinal);
        Assert.Contains("CreateFundEntry", doc, StringComparison.Ordinal);
    }
}
