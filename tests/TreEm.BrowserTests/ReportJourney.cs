using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TreEm.Data;
using TreEm.Domain.Reports;
using static Microsoft.Playwright.Assertions;

namespace TreEm.BrowserTests;

[Collection(nameof(ReportJourneys))]
public class ReportJourney(BrowserApp2021 app)
{
    /// <summary>
    /// On 20/5/2021 the Chư Sê district officer opens the 2021 six-month report, sees its figures, writes section I
    /// and submits it before the 25/5 deadline; the province officer returns it with a comment; the district fixes
    /// section I and resubmits; the province accepts it, sees Chư Sê on time in the completeness view, consolidates
    /// the province report and downloads it as Word.
    /// </summary>
    [Fact]
    public async Task DistrictSubmits_ProvinceReturns_DistrictResubmits_ProvinceAcceptsConsolidatesAndDownloadsTheDocx()
    {
        var periodId = await SixMonths2021Async();
        var reportUrl = "";

        var district = await app.NewPageAsync();
        await Journey.RunAsync(district, "report-1-district-submits", async () =>
        {
            await Journey.SignInAsync(district, "huyen.chuse");
            await district.GetByTestId("nav-reports").ClickAsync();
            await district.GotoAsync($"/reports?period={periodId}");
            await Expect(district.GetByTestId("period-info")).ToContainTextAsync("25/05/2021");
            await district.GetByTestId("create-633").ClickAsync();
            await Expect(district.GetByTestId("status")).ToHaveTextAsync("Dự thảo");
            await Expect(district.GetByTestId("appendix-1")).ToBeVisibleAsync();
            await Expect(district.GetByTestId("figure-TE_SO_TRE").GetByTestId("value")).Not.ToHaveTextAsync("-");
            await district.GetByTestId("section-I.1").FillAsync(
                "Huyện Chư Sê có 15 xã, thị trấn; đời sống một bộ phận người dân vùng đồng bào dân tộc thiểu số còn khó khăn.");
            await district.GetByTestId("save").ClickAsync();
            await Expect(district.GetByTestId("section-I.1")).ToContainTextAsync("Huyện Chư Sê có 15 xã");
            reportUrl = new Uri(district.Url).AbsolutePath;

            await district.GetByTestId("submit-link").ClickAsync();
            await district.GetByTestId("confirm").ClickAsync();
            await Expect(district.GetByTestId("status")).ToHaveTextAsync("Đã gửi");
        });

        var province = await app.NewPageAsync();
        await Journey.RunAsync(province, "report-2-province-returns", async () =>
        {
            await Journey.SignInAsync(province, "tinh");
            await province.GotoAsync($"/reports?period={periodId}");
            await province.GetByTestId("unit-633").GetByRole(AriaRole.Link).First.ClickAsync();
            await Expect(province.GetByTestId("status")).ToHaveTextAsync("Đã gửi");
            await province.GetByTestId("return-link").ClickAsync();
            await province.GetByTestId("comments").FillAsync("Đề nghị bổ sung số trẻ em bị tai nạn đuối nước trong mục I.");
            await province.GetByTestId("confirm").ClickAsync();
            await Expect(province.GetByTestId("status")).ToHaveTextAsync("Trả lại");
        });

        district = await app.NewPageAsync();
        await Journey.RunAsync(district, "report-3-district-resubmits", async () =>
        {
            await Journey.SignInAsync(district, "huyen.chuse");
            await district.GotoAsync(reportUrl);
            await Expect(district.GetByTestId("return-comments")).ToContainTextAsync("đuối nước");
            await district.GetByTestId("section-I.1").FillAsync(
                "Huyện Chư Sê có 15 xã, thị trấn. Trong 6 tháng đầu năm có 2 trẻ em bị đuối nước.");
            await district.GetByTestId("save").ClickAsync();
            await district.GetByTestId("submit-link").ClickAsync();
            await district.GetByTestId("confirm").ClickAsync();
            await Expect(district.GetByTestId("status")).ToHaveTextAsync("Đã gửi");
        });

        province = await app.NewPageAsync();
        await Journey.RunAsync(province, "report-4-province-accepts-and-consolidates", async () =>
        {
            await Journey.SignInAsync(province, "tinh");
            await province.GotoAsync(reportUrl);
            await Expect(province.GetByTestId("section-I.1")).ToContainTextAsync("2 trẻ em bị đuối nước");
            await province.GetByTestId("accept-link").ClickAsync();
            await province.GetByTestId("confirm").ClickAsync();
            await Expect(province.GetByTestId("status")).ToHaveTextAsync("Đã tiếp nhận");

            await province.GotoAsync($"/reports?period={periodId}");
            await Expect(province.GetByTestId("unit-633")).ToHaveAttributeAsync("data-timeliness", "OnTime");
            var create = province.GetByTestId("create-64");
            if (await create.CountAsync() > 0) await create.ClickAsync();
            else await province.GetByTestId("open-64").ClickAsync();
            await province.GetByTestId("consolidation-link").ClickAsync();
            await Expect(province.GetByTestId("source-633")).ToHaveAttributeAsync("data-included", "yes");
            await province.GetByTestId("consolidate").ClickAsync();
            await Expect(province.GetByTestId("is-consolidated")).ToBeVisibleAsync();

            var provinceReport = new Uri(province.Url).AbsolutePath.Replace("/consolidation", "", StringComparison.Ordinal);
            await province.GotoAsync(provinceReport);
            var download = await province.RunAndWaitForDownloadAsync(() => province.GetByTestId("download-docx").ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
            var file = Path.Combine(Path.GetTempPath(), $"treem-report-{Guid.NewGuid():N}.docx");
            await download.SaveAsAsync(file);
            try
            {
                using var zip = ZipFile.OpenRead(file);
                using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
                var xml = await reader.ReadToEndAsync();
                Assert.Contains("BÁO CÁO", xml, StringComparison.Ordinal);
                Assert.Contains("6 tháng đầu năm 2021", xml, StringComparison.Ordinal);
            }
            finally
            {
                File.Delete(file);
            }
        });
    }

    private async Task<int> SixMonths2021Async()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
        return await db.ReportPeriods.Where(p => p.Year == 2021 && p.Kind == ReportPeriodKind.SixMonths).Select(p => p.Id).SingleAsync();
    }
}
