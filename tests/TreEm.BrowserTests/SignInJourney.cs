using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TreEm.BrowserTests;

[Collection(nameof(BrowserJourneys))]
public class SignInJourney(BrowserApp app)
{
    [Fact]
    public async Task WrongPassword_ShowsVietnameseError()
    {
        var page = await app.NewPageAsync();
        await Journey.RunAsync(page, nameof(WrongPassword_ShowsVietnameseError), async () =>
        {
            await Journey.SignInAsync(page, "tinh", "mat-khau-sai");
            await Expect(page.GetByTestId("login-error")).ToHaveTextAsync("Tên đăng nhập hoặc mật khẩu không đúng.");
        });
    }

    [Fact]
    public async Task ProvinceOfficer_SignsIn_SwitchesToEnglishAndBack()
    {
        var page = await app.NewPageAsync();
        await Journey.RunAsync(page, nameof(ProvinceOfficer_SignsIn_SwitchesToEnglishAndBack), async () =>
        {
            await Journey.SignInAsync(page, "tinh");
            await Expect(page.Locator("h1")).ToContainTextAsync("Xin chào");
            await Expect(page.GetByTestId("nav-units")).ToHaveTextAsync("Đơn vị");

            await page.GetByTestId("lang-en").ClickAsync();
            await Expect(page.GetByTestId("nav-units")).ToHaveTextAsync("Units");
            // The choice persists across pages.
            await page.GotoAsync("/");
            await Expect(page.GetByTestId("nav-units")).ToHaveTextAsync("Units");

            await page.GetByTestId("lang-vi").ClickAsync();
            await Expect(page.GetByTestId("nav-units")).ToHaveTextAsync("Đơn vị");
        });
    }
}
