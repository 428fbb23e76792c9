using System.Text;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TreEm.BrowserTests;

[Collection(nameof(BrowserJourneys))]
public class ChildRegisterJourney(BrowserApp app)
{
    private const string Header =
        "Họ và tên,Ngày sinh (dd/mm/yyyy),Giới tính (Nam/Nữ),Mã dân tộc hoặc tên dân tộc,Mã đơn vị (thôn hoặc xã),Họ tên mẹ\n";

    [Fact]
    public async Task CommuneWorker_RegistersFindsAndImportsChildren()
    {
        var page = await app.NewPageAsync();
        await Journey.RunAsync(page, nameof(CommuneWorker_RegistersFindsAndImportsChildren), async () =>
        {
            await Journey.SignInAsync(page, "xa.iatiem");

            // Register a child.
            await page.GetByTestId("nav-children").ClickAsync();
            await page.GetByTestId("register-child").ClickAsync();
            await page.FillAsync("#Input_FullName", "Rơ Mah Hờ Len");
            await page.FillAsync("#Input_DateOfBirth", "12/03/2018");
            await page.CheckAsync("#Input_Sex_Nu");
            await page.SelectOptionAsync("#Input_EthnicityCode", "10");
            await page.SelectOptionAsync("#Input_UnitCode", "23944-01");
            await page.FillAsync("#Input_Caregivers_1__FullName", "Rơ Mah H'Blơi");
            await page.GetByTestId("submit").ClickAsync();
            await Expect(page.GetByTestId("child-name")).ToContainTextAsync("Rơ Mah Hờ Len");

            // Find her without diacritics.
            await page.GotoAsync("/children");
            await page.FillAsync("#q", "ro mah ho len");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
            await Expect(page.GetByTestId("child-row")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("child-row")).ToContainTextAsync("Rơ Mah Hờ Len");

            // Import a file with one bad row: read the error.
            var bad = Header + "Ksor H'Ngơn,05/06/2016,Nữ,10,23944-02,Ksor H'Blim\n" + "Siu Nhật Thành,07/08/2017,Nam,10,99999,Rơ Châm H'Dơn\n";
            await UploadAsync(page, "nhap-thu.csv", bad, dryRun: true);
            await Expect(page.GetByTestId("job")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 60_000 });
            var finding = page.Locator("[data-testid=finding][data-row='3']");
            await Expect(finding).ToBeVisibleAsync();
            await Expect(finding).ToContainTextAsync("99999");

            // Fix it and import for real.
            var good = bad.Replace(",99999,", ",23944-03,", StringComparison.Ordinal);
            await UploadAsync(page, "nhap-that.csv", good, dryRun: false);
            await Expect(page.GetByTestId("job")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = 60_000 });
            await Expect(page.GetByTestId("count-created")).ToHaveTextAsync("2");

            // The new children are in the register.
            await page.GotoAsync("/children?q=siu nhat thanh");
            await Expect(page.GetByTestId("child-row")).ToContainTextAsync("Siu Nhật Thành");
            await page.GotoAsync("/children?q=ksor h'ngon");
            await Expect(page.GetByTestId("child-row")).ToContainTextAsync("Ksor H'Ngơn");
        });
    }

    private static async Task UploadAsync(IPage page, string name, string csv, bool dryRun)
    {
        await page.GotoAsync("/children/import");
        await page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload
        {
            Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        if (dryRun) await page.GetByTestId("import-dryrun").CheckAsync();
        else await page.GetByTestId("import-dryrun").UncheckAsync();
        await page.GetByTestId("import-submit").ClickAsync();
    }
}
