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
    public async Task ProvinceOfficer_OpensTheUnitsTreeAndXaIaTiem()
    {
        var page = await app.NewPageAsync();
        await Journey.RunAsync(page, nameof(ProvinceOfficer_OpensTheUnitsTreeAndXaIaTiem), async () =>
        {
            await Journey.SignInAsync(page, "tinh");
            await page.GetByTestId("nav-units").ClickAsync();
            await Expect(page.GetByTestId("units-tree")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("unit-64")).ToHaveTextAsync("Tỉnh Gia Lai");
            // Open huyện Chư Sê, then its commune xã Ia Tiêm.
            await page.GetByTestId("toggle-633").ClickAsync();
            await page.GetByTestId("unit-23944").ClickAsync();
            await Expect(page.Locator("h1")).ToContainTextAsync("Xã Ia Tiêm");
            await Expect(page.Locator("body")).ToContainTextAsync("23944");
            await Expect(page.Locator("body")).ToContainTextAsync("Làng Tiêm");
        });
    }

    [Fact]
    public async Task CommuneWorker_OnAPhone_SeesOnlyTheirCommune()
    {
        var page = await app.NewPageAsync(width: 360, height: 740);
        await Journey.RunAsync(page, nameof(CommuneWorker_OnAPhone_SeesOnlyTheirCommune), async () =>
        {
            await Journey.SignInAsync(page, "xa.iatiem");
            // The menu folds behind a toggle on a narrow screen.
            await page.Locator(".nav-toggle summary").ClickAsync();
            await page.GetByTestId("nav-units").ClickAsync();
            await Expect(page.GetByTestId("unit-23944")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("unit-23977")).ToHaveCountAsync(0);
            var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, "The page scrolls sideways at 360 px.");
            // Another commune by URL does not exist for this user.
            var response = await page.GotoAsync("/units/23977");
            Assert.Equal(404, response!.Status);
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
