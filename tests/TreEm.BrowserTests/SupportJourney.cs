using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TreEm.Data;
using TreEm.Domain.Children;
using static Microsoft.Playwright.Assertions;

namespace TreEm.BrowserTests;

[Collection(nameof(BrowserJourneys))]
public class SupportJourney(BrowserApp app)
{
    /// <summary>
    /// The province officer records a donor's receipt in the province fund, then gives Mid-Autumn gifts to 20
    /// children in one campaign paid by the fund: the balance moves by both, and each child's page shows the gift.
    /// </summary>
    [Fact]
    public async Task FundReceipt_ThenMidAutumnCampaignFor20Children_MovesTheBalanceAndTheChildrensSupport()
    {
        var (fundId, children) = await FundAndChildrenAsync();
        var page = await app.NewPageAsync();
        await Journey.RunAsync(page, nameof(FundReceipt_ThenMidAutumnCampaignFor20Children_MovesTheBalanceAndTheChildrensSupport), async () =>
        {
            await Journey.SignInAsync(page, "tinh");
            await page.GetByTestId("nav-fund").ClickAsync();
            await page.GetByTestId($"fund-{fundId}").Locator("a").First.ClickAsync();
            var before = Money(await page.GetByTestId("balance").TextContentAsync());

            await page.GotoAsync($"/fund/{fundId}/receipts/new");
            await page.FillAsync("#Input_Date", Today());
            await page.SelectOptionAsync("#Input_Type", "TienMat");
            await page.FillAsync("#Input_Donor", "Công ty TNHH Bánh kẹo Pleiku");
            await page.FillAsync("#Input_Earmark", "quà Trung thu");
            await page.FillAsync("#Input_DocumentNumber", "PT-TRUNGTHU-01");
            await page.FillAsync("#Input_Amount", "50.000.000");
            await page.FillAsync("#Input_Description", "Ủng hộ quà Tết Trung thu cho trẻ em có hoàn cảnh đặc biệt");
            await page.GetByTestId("submit").ClickAsync();
            await Expect(page.GetByTestId("balance")).ToHaveTextAsync(MoneyText(before + 50_000_000m));

            await page.GetByTestId("nav-support").ClickAsync();
            await page.GotoAsync("/support/campaigns/new");
            await page.FillAsync("#Input_Name", "Trung thu yêu thương – quà cho 20 em");
            await page.SelectOptionAsync("#Input_FormCode", "QUA");
            await page.FillAsync("#Input_Date", Today());
            await page.FillAsync("#Input_ValueVnd", "213.000");
            await page.SelectOptionAsync("#Input_Source", "QuyBaoTro");
            await page.SelectOptionAsync("#Input_FundId", fundId.ToString(CultureInfo.InvariantCulture));
            await page.FillAsync("#Input_Provider", "Sở Lao động – Thương binh và Xã hội");
            await page.CheckAsync("input[name='Input.ByList'][value='true']");
            await page.FillAsync("#Input_RegisterIds", string.Join("\n", children));
            await page.GetByTestId("preview-button").ClickAsync();
            await Expect(page.GetByTestId("preview-summary")).ToContainTextAsync("20 trẻ, tổng kinh phí 4.260.000 đ");
            await page.GetByTestId("confirm").ClickAsync();
            await Expect(page.GetByTestId("campaign-count")).ToHaveTextAsync("20");
            await Expect(page.GetByTestId("campaign-fund-entry")).ToContainTextAsync("4.260.000 đ");

            await page.GotoAsync($"/fund/{fundId}");
            await Expect(page.GetByTestId("balance")).ToHaveTextAsync(MoneyText(before + 50_000_000m - 4_260_000m));

            foreach (var id in new[] { children[0], children[^1] })
            {
                await page.GotoAsync($"/children/{id}");
                await Expect(page.GetByTestId("support-row").Filter(new() { HasText = "213.000 đ" })).ToHaveCountAsync(1);
            }
        });
    }

    private async Task<(int FundId, List<int> Children)> FundAndChildrenAsync()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
        var fundId = await db.ChildFunds.Where(f => f.Unit!.Code == "64").Select(f => f.Id).SingleAsync();
        var children = await db.Children.Where(c => c.MergedIntoId == null && c.Status == ChildStatus.DangQuanLy)
            .OrderByDescending(c => c.Id).Select(c => c.Id).Take(20).ToListAsync();
        return (fundId, children);
    }

    private static string Today() =>
        TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Ho_Chi_Minh").ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static decimal Money(string? text) => decimal.Parse(new string((text ?? "").Where(char.IsDigit).ToArray()), CultureInfo.InvariantCulture);

    private static string MoneyText(decimal value) => value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + " đ";
}
