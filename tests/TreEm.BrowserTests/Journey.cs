using Microsoft.Playwright;

namespace TreEm.BrowserTests;

/// <summary>Runs a journey; when it fails, a screenshot of the page is kept for the developer.</summary>
public static class Journey
{
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("TREEM_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task RunAsync(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await steps();
        }
        catch (Exception)
        {
            Directory.CreateDirectory(ScreenshotDirectory);
            var file = Path.Combine(ScreenshotDirectory, $"{name}-{DateTime.UtcNow:yyyyMMddHHmmss}.png");
            try
            {
                await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                Console.Error.WriteLine($"Screenshot of the failed journey: {file}");
            }
            catch (PlaywrightException)
            {
                // The page may be gone; the original failure matters more.
            }
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    public static async Task SignInAsync(IPage page, string login, string password = "TreEm@2021")
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#Input_UserName", login);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("[data-testid=login-submit]");
    }
}
