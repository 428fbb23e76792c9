using System.Net;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Cases;

public class CaseListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static async Task<string> ListAsync(HttpClient client, string query = "")
    {
        var response = await client.GetAsync("/cases" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.TextAsync();
    }

    [Fact]
    public async Task List_CommuneWorker_SeesOnlyTheCasesOfTheirCommune_ProvinceSeesBoth()
    {
        var iaTiem = await app.CreateCaseAsync("23944");
        var iaKo = await app.CreateCaseAsync("23977");

        var commune = await ListAsync(await app.As("xa.iako"));
        var province = await ListAsync(await app.As("tinh"));

        Assert.Contains(CasePages.Row(iaKo.Id), commune, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(iaTiem.Id), commune, StringComparison.Ordinal);
        Assert.Contains(CasePages.Row(iaKo.Id), province, StringComparison.Ordinal);
        Assert.Contains(CasePages.Row(iaTiem.Id), province, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NeverShowsTheNarrative()
    {
        var c = await app.CreateCaseAsync("23944", description: "Nội dung bí mật không được hiện trong danh sách",
            configure: x => x.AllegedPerpetrator = "Kẻ nghi vấn Alpha");

        var html = await ListAsync(await app.As("xa.iatiem"));

        Assert.Contains(c.Code, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nội dung bí mật", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kẻ nghi vấn Alpha", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FilterByFormOfAbuseAndStatus_KeepsOnlyMatchingCases()
    {
        var sexual = await app.CreateCaseAsync("23944", forms: AbuseForm.XamHaiTinhDuc | AbuseForm.BaoLuc);
        var neglect = await app.CreateCaseAsync("23944", forms: AbuseForm.BoMac);
        var client = await app.As("xa.iatiem");

        var byForm = await ListAsync(client, "?form=XamHaiTinhDuc");
        var byStatus = await ListAsync(client, "?status=DaDong");

        Assert.Contains(CasePages.Row(sexual.Id), byForm, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(neglect.Id), byForm, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(sexual.Id), byStatus, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"empty\"", byStatus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_OverdueOnly_KeepsCasesWhoseInitialAssessmentIsPastItsTwelveHours()
    {
        var late = await app.CreateCaseAsync("23944", receivedHoursAgo: 15);
        var fresh = await app.CreateCaseAsync("23944", receivedHoursAgo: 1);
        var client = await app.As("xa.iatiem");

        var overdue = await ListAsync(client, "?overdue=1");
        var all = await ListAsync(client);

        Assert.Contains(CasePages.Row(late.Id), overdue, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(fresh.Id), overdue, StringComparison.Ordinal);
        Assert.Contains("quá hạn 3 giờ", overdue, StringComparison.Ordinal);
        Assert.Contains("còn 11 giờ", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SearchByCodeOrHotlineReference_FindsTheCase()
    {
        var hotline = await app.CreateCaseAsync("23944", source: CaseSource.TongDai111, hotlineReference: "111-SEARCH-42");
        var other = await app.CreateCaseAsync("23944");
        var client = await app.As("xa.iatiem");

        var byReference = await ListAsync(client, "?q=SEARCH-42");
        var byCode = await ListAsync(client, "?q=" + other.Code);

        Assert.Contains(CasePages.Row(hotline.Id), byReference, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(other.Id), byReference, StringComparison.Ordinal);
        Assert.Contains(CasePages.Row(other.Id), byCode, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(hotline.Id), byCode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Hotline_SeesOnlyItsOwnIntakes_AndNoIntakeButtonForInspectors()
    {
        var own = await app.CreateCaseAsync("23977", source: CaseSource.TongDai111, createdBy: "tongdai111");
        var notOwn = await app.CreateCaseAsync("23977");

        var hotline = await ListAsync(await app.As("tongdai111"));
        var inspector = await ListAsync(await app.As("thanhtra"));

        Assert.Contains(CasePages.Row(own.Id), hotline, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(notOwn.Id), hotline, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"new-case\"", hotline, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"new-case\"", inspector, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnitFilter_NarrowsToTheSubtree()
    {
        var iaTiem = await app.CreateCaseAsync("23944");
        var iaKo = await app.CreateCaseAsync("23977");

        var html = await ListAsync(await app.As("tinh"), "?unit=23977");

        Assert.Contains(CasePages.Row(iaKo.Id), html, StringComparison.Ordinal);
        Assert.DoesNotContain(CasePages.Row(iaTiem.Id), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SortedByNextDue_PutsTheMostUrgentFirst()
    {
        var later = await app.CreateCaseAsync("23977", receivedHoursAgo: 1);
        var sooner = await app.CreateCaseAsync("23977", receivedHoursAgo: 10);
        var client = await app.As("xa.iako");

        var ascending = await ListAsync(client, "?sort=due");
        var descending = await ListAsync(client, "?sort=-due");

        Assert.True(ascending.IndexOf(CasePages.Row(sooner.Id), StringComparison.Ordinal) < ascending.IndexOf(CasePages.Row(later.Id), StringComparison.Ordinal));
        Assert.True(descending.IndexOf(CasePages.Row(later.Id), StringComparison.Ordinal) < descending.IndexOf(CasePages.Row(sooner.Id), StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_MoreThanAPage_IsPagedByTwentyFive()
    {
        for (var i = 0; i < 26; i++) await app.CreateCaseAsync("23945", receivedHoursAgo: 2);
        var client = await app.As("tinh");

        var first = await ListAsync(client, "?unit=23945");
        var second = await ListAsync(client, "?unit=23945&p=2");

        Assert.Equal(25, CountRows(first));
        Assert.Contains("rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Equal(1, CountRows(second));
    }

    private static int CountRows(string html) =>
        System.Text.RegularExpressions.Regex.Count(html, "data-testid=\"case-row\"");
}
