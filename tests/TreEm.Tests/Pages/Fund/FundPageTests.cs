using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Support;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Fund;

/// <summary>The fund pages over HTTP: entries and balances, refusals, scope, the append-only ledger and the export.</summary>
public class FundPageTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> Receipt(string amount, string donor = "Công ty Cao su Chư Prông") => new()
    {
        ["Input.Date"] = "15/11/2026", ["Input.Type"] = "TienMat", ["Input.Donor"] = donor, ["Input.Earmark"] = "học bổng",
        ["Input.DocumentNumber"] = "PT-01", ["Input.Amount"] = amount, ["Input.Description"] = "Ủng hộ quỹ",
    };

    private static Dictionary<string, string> Disbursement(string amount) => new()
    {
        ["Input.Date"] = "20/11/2026", ["Input.Amount"] = amount, ["Input.Description"] = "Trao học bổng", ["Input.DocumentNumber"] = "PC-01",
    };

    private static string Cell(string html, string testId)
    {
        var i = html.IndexOf($"data-testid=\"{testId}\">", StringComparison.Ordinal);
        Assert.True(i >= 0, $"No {testId} on the page");
        var start = html.IndexOf('>', i) + 1;
        return WebUtility.HtmlDecode(html[start..html.IndexOf('<', start)]).Trim();
    }

    [Fact]
    public async Task ReceiptThenDisbursementThenReversal_BalancesOnThePage()
    {
        var id = await app.FundOfAsync("629", "Quỹ Bảo trợ trẻ em huyện Mang Yang");
        var client = await app.SignInAsync("tinh");

        var r = await client.PostFormAsync($"/fund/{id}/receipts/new", Receipt("10.000.000"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        r = await client.PostFormAsync($"/fund/{id}/disbursements/new", Disbursement("3.000.000 đ"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = await client.GetStringAsync($"/fund/{id}?year=2026");
        Assert.Equal("7.000.000 đ", Cell(page, "balance"));
        Assert.Equal("10.000.000 đ", Cell(page, "received"));
        Assert.Equal("3.000.000 đ", Cell(page, "disbursed"));

        var disbursementId = await app.WithDbAsync(db => db.FundEntries.Where(e => e.FundId == id && e.Kind == FundEntryKind.Disbursement).Select(e => e.Id).SingleAsync());
        var reverseUrl = $"/fund/{id}/entries/{disbursementId}/reverse";
        var unconfirmed = await client.PostFormAsync(reverseUrl, new() { ["Input.Date"] = "25/11/2026", ["Input.Reason"] = "Chi nhầm quỹ" });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        r = await client.PostFormAsync(reverseUrl, new() { ["Input.Date"] = "25/11/2026", ["Input.Reason"] = "Chi nhầm quỹ", ["Input.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        page = await client.GetStringAsync($"/fund/{id}?year=2026");
        Assert.Equal("10.000.000 đ", Cell(page, "balance"));
        Assert.Equal("0 đ", Cell(page, "disbursed"));
        Assert.Contains("đã đảo", page, StringComparison.Ordinal);
        Assert.Contains("Chi nhầm quỹ", page, StringComparison.Ordinal);
        var entries = await app.WithDbAsync(db => db.FundEntries.Where(e => e.FundId == id).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([FundEntryKind.Receipt, FundEntryKind.Disbursement, FundEntryKind.Reversal], entries.Select(e => e.Kind));
        Assert.Equal(disbursementId, entries[2].ReversesEntryId);
        Assert.Equal("Chi nhầm quỹ", entries[2].Reason);
        Assert.Equal(3_000_000m, entries[2].AmountVnd);

        var again = await client.GetStringAsync(reverseUrl);
        Assert.Contains("data-testid=\"already-reversed\"", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disbursement_AboveTheBalance_IsRefusedWithTheMessage_InputKept_NothingSaved()
    {
        var id = await app.FundOfAsync("633", "Quỹ Bảo trợ trẻ em huyện Chư Sê", (FundEntryKind.Receipt, 1_000_000m));
        var client = await app.SignInAsync("huyen.chuse");
        var before = await app.WithDbAsync(db => db.FundEntries.CountAsync(e => e.FundId == id));

        var response = await client.PostFormAsync($"/fund/{id}/disbursements/new", Disbursement("2.500.000"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("không đủ để chi", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2.500.000\"", html, StringComparison.Ordinal);
        Assert.Contains("Trao học bổng", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.FundEntries.CountAsync(e => e.FundId == id)));
    }

    [Fact]
    public async Task Receipt_WithPartOfADong_IsRefused()
    {
        var id = await app.FundOfAsync("633", "Quỹ Bảo trợ trẻ em huyện Chư Sê");
        var client = await app.SignInAsync("huyen.chuse");

        var response = await client.PostFormAsync($"/fund/{id}/receipts/new", Receipt("1.000,5", donor: "Người lẻ đồng"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Số tiền tính bằng đồng, không có phần lẻ.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.FundEntries.AnyAsync(e => e.Donor == "Người lẻ đồng")));
    }

    [Fact]
    public async Task Scope_CommuneWorkerGets404OnTheProvinceFund_DistrictSeesOnlyItsOwn()
    {
        var province = await app.FundOfAsync("64", "Quỹ Bảo trợ trẻ em tỉnh Gia Lai");
        var chuSe = await app.FundOfAsync("633", "Quỹ Bảo trợ trẻ em huyện Chư Sê");
        var commune = await app.SignInAsync("xa.iatiem");
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/fund/{province}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/fund/{province}/receipts/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await commune.GetAsync($"/fund/{province}/export")).StatusCode);

        var district = await app.SignInAsync("huyen.chuse");
        var list = await district.GetStringAsync("/fund");
        Assert.Contains($"data-testid=\"fund-{chuSe}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"fund-{province}\"", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/fund/{province}")).StatusCode);

        var inspector = await app.SignInAsync("thanhtra");
        Assert.Equal(HttpStatusCode.OK, (await inspector.GetAsync($"/fund/{province}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync($"/fund/{province}/receipts/new")).StatusCode);
    }

    [Fact]
    public async Task NewFundAndTarget_ByTheProvince_ShowProgress_DistrictCannotOpenAFund()
    {
        var client = await app.SignInAsync("tinh");
        var r = await client.PostFormAsync("/fund/new", new() { ["Input.UnitCode"] = "23977", ["Input.Name"] = "Quỹ Bảo trợ trẻ em xã Ia Ko" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var id = await app.WithDbAsync(db => db.ChildFunds.Where(f => f.Name == "Quỹ Bảo trợ trẻ em xã Ia Ko").Select(f => f.Id).SingleAsync());
        r = await client.PostFormAsync($"/fund/{id}/targets", new() { ["Input.Year"] = "2026", ["Input.Amount"] = "4.000.000" });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        r = await client.PostFormAsync($"/fund/{id}/receipts/new", Receipt("1.000.000"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var page = await client.GetStringAsync($"/fund/{id}?year=2026");
        Assert.Equal("đạt 25 %", Cell(page, "progress"));
        var again = await client.PostFormAsync("/fund/new", new() { ["Input.UnitCode"] = "23977", ["Input.Name"] = "Quỹ thứ hai" }, "/fund/new");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("đã có quỹ", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var district = await app.SignInAsync("huyen.chuse");
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync("/fund/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/fund/{id}/targets")).StatusCode);
    }

    [Fact]
    public async Task DbContext_RefusesToEditOrDeleteAnEntry()
    {
        var id = await app.FundOfAsync("64", "Quỹ Bảo trợ trẻ em tỉnh Gia Lai", (FundEntryKind.Receipt, 2_000_000m));
        var entryId = await app.WithDbAsync(db => db.FundEntries.Where(x => x.FundId == id).MaxAsync(x => x.Id));

        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            var e = await db.FundEntries.SingleAsync(x => x.Id == entryId);
            e.AmountVnd = 1;
            await db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<InvalidOperationException>(() => app.WithDbAsync(async db =>
        {
            db.FundEntries.Remove(await db.FundEntries.SingleAsync(x => x.Id == entryId));
            await db.SaveChangesAsync();
        }));
        Assert.Equal(2_000_000m, await app.WithDbAsync(db => db.FundEntries.Where(x => x.Id == entryId).Select(x => x.AmountVnd).SingleAsync()));
    }

    [Fact]
    public async Task Export_IsAnXlsxWithTheHeaderBlockNeutralisedCells_AndIsAudited()
    {
        var id = await app.FundOfAsync("64", "Quỹ Bảo trợ trẻ em tỉnh Gia Lai", (FundEntryKind.Receipt, 2_000_000m));
        var client = await app.SignInAsync("tinh");
        var r = await client.PostFormAsync($"/fund/{id}/receipts/new", Receipt("500.000", donor: "=HYPERLINK(\"x\")"));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var response = await client.GetAsync($"/fund/{id}/export?year=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheet = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("SỔ QUỸ NĂM 2026", sheet[0]["A"]);
        Assert.Equal("Quỹ: Quỹ Bảo trợ trẻ em tỉnh Gia Lai", sheet[1]["A"]);
        Assert.Contains(sheet, row => (string?)row["F"] == "'=HYPERLINK(\"x\")");
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "ChildFund" && a.Action == AuditAction.Export).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Key);
        Assert.Equal("tinh", entry.UserName);
    }

    [Fact]
    public async Task Ledger_FiltersByKindAndSearch_IgnoringDiacritics()
    {
        var id = await app.FundOfAsync("24041", "Quỹ Bảo trợ trẻ em thử lọc");
        var client = await app.SignInAsync("admin");
        await client.PostFormAsync($"/fund/{id}/receipts/new", Receipt("2.000.000", donor: "Trường Tiểu học Lê Lợi"));
        await client.PostFormAsync($"/fund/{id}/receipts/new", Receipt("1.000.000", donor: "Bà Nguyễn Thị Mai"));
        await client.PostFormAsync($"/fund/{id}/disbursements/new", Disbursement("500.000"));
        var entries = await app.WithDbAsync(db => db.FundEntries.Where(e => e.FundId == id).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());
        Assert.Equal(3, entries.Count);

        var byDonor = await client.GetStringAsync($"/fund/{id}?year=2026&q=truong%20tieu%20hoc");
        Assert.Contains($"data-testid=\"entry-{entries[0]}\"", byDonor, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"entry-{entries[1]}\"", byDonor, StringComparison.Ordinal);
        var receipts = await client.GetStringAsync($"/fund/{id}?year=2026&kind=Receipt");
        Assert.Contains($"data-testid=\"entry-{entries[1]}\"", receipts, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-testid=\"entry-{entries[2]}\"", receipts, StringComparison.Ordinal);
        var none = await client.GetStringAsync($"/fund/{id}?year=2025");
        Assert.Contains("data-testid=\"empty\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ledger_InEnglish_UsesTheFundResources()
    {
        var id = await app.FundOfAsync("64", "Quỹ Bảo trợ trẻ em tỉnh Gia Lai", (FundEntryKind.Receipt, 1_000_000m));
        var client = await app.SignInAsync("tinh");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync($"/fund/{id}?year=2026");

        Assert.Contains("Record a receipt", html, StringComparison.Ordinal);
        Assert.Contains("Current balance", html, StringComparison.Ordinal);
        var refused = await client.PostFormAsync($"/fund/{id}/receipts/new", Receipt("1.000,5"));
        Assert.Contains("Amounts are in whole đồng, without fractions.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }
}
