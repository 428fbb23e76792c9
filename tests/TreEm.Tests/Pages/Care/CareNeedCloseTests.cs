using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Care;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Care;

public class CareNeedCloseTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Close_WaitingNeed_NeedsConfirmation_ThenLeavesTheLandingAndTheNextPeriodsList()
    {
        var child = await app.CreateChildAsync("23944-01", "Rơ Mah Về Với Mẹ");
        var need = await app.CreateNeedAsync(child.Id, child.UnitId, new DateOnly(2026, 2, 1));
        var client = await app.As("xa.iatiem");
        var url = $"/care/needs/{Id(need.Id)}/close";

        var unconfirmed = await client.PostFormAsync(url, new() { ["Input.ClosedOn"] = "30/06/2026", ["Input.Reason"] = "Mẹ đã trở về chăm sóc", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var html = await unconfirmed.TextAsync();
        Assert.Contains("Vui lòng đánh dấu xác nhận.", html, StringComparison.Ordinal);
        Assert.Contains("Mẹ đã trở về chăm sóc", html, StringComparison.Ordinal);

        var closed = await client.PostFormAsync(url, new()
        {
            ["Input.ClosedOn"] = "30/06/2026", ["Input.Reason"] = "Mẹ đã trở về chăm sóc", ["Input.Confirm"] = "true", ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var saved = await app.WithDbAsync(db => db.CareNeeds.AsNoTracking().SingleAsync(n => n.Id == need.Id));
        Assert.Equal(CareNeedStatus.KhongConNhuCau, saved.Status);
        Assert.Equal(new DateOnly(2026, 6, 30), saved.ClosedOn);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().FirstAsync(a => a.Entity == nameof(CareNeed) && a.Key == Id(need.Id) && a.Action == AuditAction.Update));
        Assert.Equal("Mẹ đã trở về chăm sóc", audit.Reason);
        // The first page after the redirect shows the flash message, which names the child.
        Assert.Contains("Đã đưa trẻ Rơ Mah Về Với Mẹ ra khỏi danh sách", await (await client.GetAsync("/care")).TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rơ Mah Về Với Mẹ", await (await client.GetAsync("/care")).TextAsync(), StringComparison.Ordinal);
        Assert.Contains("Rơ Mah Về Với Mẹ", await (await client.GetAsync("/care/list?year=2026&half=1")).TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rơ Mah Về Với Mẹ", await (await client.GetAsync("/care/list?year=2026&half=2")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Close_PlacedNeed_IsRefused_AndOtherCommuneGets404()
    {
        var child = await app.CreateChildAsync("23944-02", "Siu Đang Được Nuôi");
        var need = await app.CreateNeedAsync(child.Id, child.UnitId, new DateOnly(2026, 2, 1));
        var giver = await app.CreateCareGiverAsync("23944", "Siu Bà Nội Nuôi");
        await app.CreatePlacementAsync(need, giver, new DateOnly(2026, 3, 1));
        var url = $"/care/needs/{Id(need.Id)}/close";

        var response = await (await app.As("xa.iatiem")).PostFormAsync(url, new()
        {
            ["Input.ClosedOn"] = "30/06/2026", ["Input.Reason"] = "Thử đóng", ["Input.Confirm"] = "true", ["Input.Version"] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Chỉ đóng được nhu cầu của trẻ đang chờ bố trí", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(CareNeedStatus.DaBoTri, (await app.WithDbAsync(db => db.CareNeeds.AsNoTracking().SingleAsync(n => n.Id == need.Id))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Landing_InEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("huyen.mangyang");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync("/care");

        Assert.Contains("Alternative care", html, StringComparison.Ordinal);
        Assert.Contains("No child is waiting for a placement.", html, StringComparison.Ordinal);
    }
}
