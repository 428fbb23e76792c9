using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Cases;

public class CaseDetailsTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private const string Narrative = "Trẻ bị người quen dụ dỗ sau giờ học";

    // Recorded by the hotline, so that its Status view can be checked on the same case.
    private Task<Case> CaseAsync() => app.CreateCaseAsync("23944", description: Narrative, source: CaseSource.TongDai111,
        createdBy: "tongdai111", configure: c => c.AllegedPerpetrator = "Người hàng xóm tên Bảy");

    [Theory]
    [InlineData("xa.iatiem")]
    [InlineData("chutich.iatiem")]
    [InlineData("huyen.chuse")]
    [InlineData("thanhtra")]
    [InlineData("tinh")]
    public async Task Get_CaseWorkersChairmanSupervisorsAndInspectors_SeeTheNarrative(string login)
    {
        var c = await CaseAsync();

        var response = await (await app.As(login)).GetAsync($"/cases/{c.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains(Narrative, html, StringComparison.Ordinal);
        Assert.Contains("Người hàng xóm tên Bảy", html, StringComparison.Ordinal);
        Assert.Contains("Đánh giá nguy cơ ban đầu (Mẫu 02)", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("lanhdao")]
    [InlineData("tongdai111")]
    public async Task Get_AdministratorLeaderAndHotline_SeeStatusAndStepsOnly(string login)
    {
        var c = await CaseAsync();

        var response = await (await app.As(login)).GetAsync($"/cases/{c.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains(c.Code, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"steps\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Narrative, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Người hàng xóm tên Bảy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"children\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit-link\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WorkerOfAnotherCommune_Returns404()
    {
        var c = await CaseAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync($"/cases/{c.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("huyen.mangyang")).GetAsync($"/cases/{c.Id}")).StatusCode);
    }

    [Fact]
    public async Task Get_WritesAReadEntryToTheAuditLog()
    {
        var c = await CaseAsync();
        var key = c.Id.ToString(CultureInfo.InvariantCulture);

        var response = await (await app.As("huyen.chuse")).GetAsync($"/cases/{c.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == "Case" && a.Key == key && a.Action == AuditAction.Read));
        Assert.Equal("huyen.chuse", entry.UserName);
        Assert.Equal(c.UnitId, entry.UnitId);
    }

    [Fact]
    public async Task Get_OverdueStep_ShowsTheOverdueBadgeAndNotHandledOnTime()
    {
        var c = await app.CreateCaseAsync("23944", receivedHoursAgo: 14);

        var html = await (await (await app.As("xa.iatiem")).GetAsync($"/cases/{c.Id}")).TextAsync();

        Assert.Contains("quá hạn 2 giờ", html, StringComparison.Ordinal);
        Assert.Contains("Có bước quá hạn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ProvisionalChild_OffersTheLinkToTheRegister_LinkedChildLinksToTheRecord()
    {
        var registered = await app.CreateChildAsync("23944", "Siu Thị Liên");
        var c = await app.CreateCaseAsync("23944", children:
        [
            new CaseChild { ChildId = registered.Id, FullName = "Siu Thị Liên", Sex = CaseChildSex.Nu },
            new CaseChild { FullName = null, EstimatedAge = 6 },
        ]);

        var html = await (await (await app.As("xa.iatiem")).GetAsync($"/cases/{c.Id}")).TextAsync();

        Assert.Contains($"href=\"/children/{registered.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("chưa rõ tên", html, StringComparison.Ordinal);
        Assert.Contains("Liên kết với sổ theo dõi", html, StringComparison.Ordinal);
    }
}
