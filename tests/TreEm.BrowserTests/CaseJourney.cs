using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace TreEm.BrowserTests;

[Collection(nameof(BrowserJourneys))]
public class CaseJourney(BrowserApp app)
{
    /// <summary>
    /// The Decree 56 procedure end to end, by the people the law names: the hotline hands over a report, the commune
    /// worker assesses it within the 12 hours and drafts the plan, the chairman approves it, the worker reviews the
    /// child's situation and closes the case. Then a supervisor finds a seeded overdue case.
    /// </summary>
    [Fact]
    public async Task HotlineIntake_ToClosure_ByWorkerAndChairman()
    {
        var hotline = await app.NewPageAsync();
        var caseUrl = "";
        await Journey.RunAsync(hotline, nameof(HotlineIntake_ToClosure_ByWorkerAndChairman) + "-hotline", async () =>
        {
            await Journey.SignInAsync(hotline, "tongdai111");
            await hotline.GetByTestId("nav-cases").ClickAsync();
            await hotline.GetByTestId("new-case").ClickAsync();
            await hotline.SelectOptionAsync("#Input_UnitCode", "23944");
            await hotline.SelectOptionAsync("#Input_Source", "TongDai111");
            await hotline.FillAsync("#Input_HotlineReference", "111-HN-20261130-0042");
            await hotline.CheckAsync("input[name='Input.AbuseForms'][value='BaoLuc']");
            await hotline.FillAsync("#Input_Place", "Làng Plei Tiêm, xã Ia Tiêm");
            await hotline.FillAsync("#Input_Description", "Người gọi cho biết một bé gái khoảng 9 tuổi thường xuyên bị bố đánh.");
            await hotline.FillAsync("#Input_Children_0__FullName", "Rơ Mah H'Nguyệt");
            await hotline.FillAsync("#Input_Children_0__EstimatedAge", "9");
            await hotline.GetByTestId("submit").ClickAsync();
            await Expect(hotline.GetByTestId("case-status")).ToContainTextAsync("tiếp nhận");
            // The hotline follows the status; the narrative is not for it.
            await Expect(hotline.GetByTestId("description")).ToHaveCountAsync(0);
            caseUrl = new Uri(hotline.Url).AbsolutePath;
        });

        var worker = await app.NewPageAsync();
        await Journey.RunAsync(worker, nameof(HotlineIntake_ToClosure_ByWorkerAndChairman) + "-worker", async () =>
        {
            await Journey.SignInAsync(worker, "xa.iatiem");
            await worker.GotoAsync(caseUrl);
            await Expect(worker.GetByTestId("description")).ToContainTextAsync("bị bố đánh");
            await Expect(worker.GetByTestId("remaining").First).ToContainTextAsync("còn");

            await worker.GetByTestId("step-assess").Locator("a").First.ClickAsync();
            await RateAllAsync(worker, "TrungBinh");
            await worker.FillAsync("#Input_Findings", "Trẻ có vết bầm ở tay; mẹ hợp tác bảo vệ trẻ.");
            await worker.GetByTestId("submit").ClickAsync();
            await Expect(worker.GetByTestId("case-status")).ToContainTextAsync("đánh giá ban đầu");
            await Expect(worker.Locator("[data-testid=step][data-step-kind=DanhGiaBanDau]")).ToContainTextAsync("Đúng hạn");

            await worker.GetByTestId("step-specific").Locator("a").First.ClickAsync();
            await RateAllAsync(worker, "TrungBinh");
            await worker.FillAsync("#Input_Findings", "Gia đình cam kết không dùng bạo lực.");
            await worker.CheckAsync("input[name='Input.AbuseConfirmed'][value='true']");
            await worker.FillAsync("#Input_MeetingAt", DateTime.UtcNow.AddHours(7).AddMinutes(-30).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture));
            await worker.FillAsync("#Input_MeetingParticipants", "Trưởng thôn, mẹ của trẻ, cán bộ BVTE");
            await worker.FillAsync("#Input_MeetingMinutes", "Thống nhất thăm gia đình hằng tuần và tư vấn cho bố.");
            await worker.GetByTestId("submit").ClickAsync();
            await Expect(worker.GetByTestId("step-plan")).ToBeVisibleAsync();

            await worker.GetByTestId("step-plan").Locator("a").First.ClickAsync();
            await worker.FillAsync("#Input_Objectives", "Trẻ được an toàn tại gia đình.");
            await worker.FillAsync("#Input_Tasks_0__Title", "Thăm gia đình hằng tuần");
            await worker.Locator("#Input_Tasks_0__Assignee").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await worker.FillAsync("#Input_Tasks_0__DueOn", DateTime.UtcNow.AddDays(20).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture));
            await worker.GetByTestId("submit").ClickAsync();
            await Expect(worker.GetByTestId("case-status")).ToContainTextAsync("phê duyệt");
        });

        var chairman = await app.NewPageAsync();
        await Journey.RunAsync(chairman, nameof(HotlineIntake_ToClosure_ByWorkerAndChairman) + "-chairman", async () =>
        {
            await Journey.SignInAsync(chairman, "chutich.iatiem");
            await chairman.GotoAsync(caseUrl);
            await chairman.GetByTestId("step-approve").Locator("a").First.ClickAsync();
            await chairman.FillAsync("#Input_DecisionNumber", "25/QĐ-UBND");
            await chairman.GetByTestId("approve").ClickAsync();
            await Expect(chairman.GetByTestId("case-status")).ToContainTextAsync("thực hiện");
        });

        // A journey closes its browser context: the worker comes back in a new one.
        worker = await app.NewPageAsync();
        await Journey.RunAsync(worker, nameof(HotlineIntake_ToClosure_ByWorkerAndChairman) + "-close", async () =>
        {
            await Journey.SignInAsync(worker, "xa.iatiem");
            await worker.GotoAsync(caseUrl);
            await worker.GetByTestId("step-review").Locator("a").First.ClickAsync();
            await RateAllAsync(worker, "Thap");
            await worker.FillAsync("#Input_Findings", "Trẻ ổn định, không còn nguy cơ.");
            await worker.CheckAsync("input[name='Input.Proposal'][value='DongHoSo']");
            await worker.GetByTestId("submit").ClickAsync();

            await worker.GetByTestId("step-close").Locator("a").First.ClickAsync();
            await worker.FillAsync("#Input_Reason", "Trẻ an toàn, gia đình đã thay đổi cách giáo dục.");
            await worker.CheckAsync("#Input_Confirm");
            await worker.GetByTestId("submit").ClickAsync();
            await Expect(worker.GetByTestId("case-status")).ToContainTextAsync("đóng");
            await Expect(worker.GetByTestId("handled-on-time")).ToContainTextAsync("Đúng hạn");
            // The forms print from the case.
            await Expect(worker.GetByTestId("form-05-pdf")).ToBeVisibleAsync();
        });

        var district = await app.NewPageAsync();
        await Journey.RunAsync(district, nameof(HotlineIntake_ToClosure_ByWorkerAndChairman) + "-overdue", async () =>
        {
            await Journey.SignInAsync(district, "huyen.chuse");
            await district.GotoAsync(OverdueListUrl);
            await Expect(district.Locator(OverdueRowSelector).First).ToBeVisibleAsync();
        });
    }

    private const string OverdueListUrl = "/cases/overdue";
    private const string OverdueRowSelector = "[data-testid=overdue-step]";

    private static async Task RateAllAsync(IPage page, string rating)
    {
        var radios = page.Locator($"input[type=radio][name^='Input.Items'][value='{rating}']");
        var count = await radios.CountAsync();
        Assert.True(count >= 6, $"expected the form's items, found {count}");
        for (var i = 0; i < count; i++) await radios.Nth(i).CheckAsync();
    }
}
