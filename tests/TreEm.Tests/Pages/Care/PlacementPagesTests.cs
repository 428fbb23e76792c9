using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Care;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Care;

public class PlacementPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task NewNeed_IsRecorded_AndASecondOpenNeedForTheChildIsRefused()
    {
        var child = await app.CreateChildAsync("23944-01", "Rơ Mah Cần Chăm Sóc");
        var client = await app.As("xa.iatiem");
        var fields = new Dictionary<string, string>
        {
            ["Input.ChildId"] = Id(child.Id), ["Input.IdentifiedOn"] = "15/10/2026", ["Input.Reason"] = "Mồ côi cả cha và mẹ",
            ["Input.ApprovedBy"] = "Chủ tịch UBND xã Ia Tiêm",
        };

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/care/needs/new", fields)).StatusCode);
        var again = await client.PostFormAsync("/care/needs/new", fields);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var html = await again.TextAsync();
        Assert.Contains("Trẻ đã có trong danh sách cần chăm sóc thay thế.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Chủ tịch UBND xã Ia Tiêm\"", html, StringComparison.Ordinal);
        var need = await app.WithDbAsync(db => db.CareNeeds.AsNoTracking().SingleAsync(n => n.ChildId == child.Id));
        Assert.Equal(CareNeedStatus.CanChamSoc, need.Status);
        Assert.Equal(child.UnitId, need.UnitId);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(CareNeed) && a.Key == Id(need.Id))));
    }

    [Fact]
    public async Task NewNeed_ChildOfAnotherCommune_IsRefused_AndChairmanIsForbidden()
    {
        var child = await app.CreateChildAsync("23977-01", "Ksor Không Phải Xã Mình");
        var response = await (await app.As("xa.iatiem")).PostFormAsync("/care/needs/new", new()
        {
            ["Input.ChildId"] = Id(child.Id), ["Input.IdentifiedOn"] = "15/10/2026", ["Input.Reason"] = "Bị bỏ rơi",
        });
        Assert.Contains("Không tìm thấy trẻ đang quản lý trong phạm vi của bạn với mã này.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CareNeeds.AnyAsync(n => n.ChildId == child.Id)));

        var forbidden = await (await app.As("chutich.iatiem")).GetAsync("/care/needs/new");
        Assert.Equal("/loi/403", forbidden.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Place_WithEligibleCaregiver_CreatesThePlacementAndMarksTheNeedPlaced()
    {
        var child = await app.CreateChildAsync("23944-02", "Siu Được Bố Trí");
        var need = await app.CreateNeedAsync(child.Id, child.UnitId, new DateOnly(2026, 9, 1));
        var giver = await app.CreateCareGiverAsync("23944", "Nguyễn Thị Nhận Nuôi", Kinship.KhongPhaiNguoiThan);
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/care/placements/new", new()
        {
            ["Input.NeedId"] = Id(need.Id), ["Input.CareGiverId"] = Id(giver.Id), ["Input.StartDate"] = "01/10/2026", ["Input.DecisionNumber"] = "12/QĐ-UBND",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var p = await app.WithDbAsync(db => db.CarePlacements.AsNoTracking().SingleAsync(x => x.ChildId == child.Id));
        Assert.Equal(giver.Id, p.CareGiverId);
        Assert.Null(p.EndDate);
        Assert.Equal(CareNeedStatus.DaBoTri, (await app.WithDbAsync(db => db.CareNeeds.AsNoTracking().SingleAsync(n => n.Id == need.Id))).Status);
    }

    [Fact]
    public async Task Place_WithNonKinMissingChecks_IsRefused()
    {
        var child = await app.CreateChildAsync("23944-02", "Siu Chưa Bố Trí");
        var need = await app.CreateNeedAsync(child.Id, child.UnitId, new DateOnly(2026, 9, 1));
        var giver = await app.CreateCareGiverAsync("23944", "Trần Văn Chưa Xác Minh", Kinship.KhongPhaiNguoiThan, allChecks: false);

        var response = await (await app.As("xa.iatiem")).PostFormAsync("/care/placements/new", new()
        {
            ["Input.NeedId"] = Id(need.Id), ["Input.CareGiverId"] = Id(giver.Id), ["Input.StartDate"] = "01/10/2026", ["Input.DecisionNumber"] = "13/QĐ-UBND",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Người nhận chăm sóc chưa đạt điều kiện: có sức khỏe; có điều kiện kinh tế và chỗ ở; đã được UBND xã xác minh.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"13/QĐ-UBND\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CarePlacements.AnyAsync(x => x.ChildId == child.Id)));
    }

    [Fact]
    public async Task End_NeedsConfirmationAndAReason_ThenEndsAuditedAndTheNeedWaitsAgain()
    {
        var child = await app.CreateChildAsync("23944-03", "Kpă Kết Thúc");
        var need = await app.CreateNeedAsync(child.Id, child.UnitId, new DateOnly(2026, 1, 1));
        var giver = await app.CreateCareGiverAsync("23944", "Kpă H'Dì Ruột");
        var p = await app.CreatePlacementAsync(need, giver, new DateOnly(2026, 2, 1));
        var client = await app.As("xa.iatiem");
        var url = $"/care/placements/{Id(p.Id)}/end";

        var unconfirmed = await client.PostFormAsync(url, new() { ["Input.EndDate"] = "31/01/2026", ["Input.Reason"] = "Dì chuyển đi làm ăn xa", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var html = await unconfirmed.TextAsync();
        Assert.Contains("Vui lòng đánh dấu xác nhận kết thúc.", html, StringComparison.Ordinal);
        Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu.", html, StringComparison.Ordinal);

        var ended = await client.PostFormAsync(url, new()
        {
            ["Input.EndDate"] = "20/11/2026", ["Input.Reason"] = "Dì chuyển đi làm ăn xa", ["Input.Confirm"] = "true", ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var saved = await app.WithDbAsync(db => db.CarePlacements.AsNoTracking().SingleAsync(x => x.Id == p.Id));
        Assert.Equal(new DateOnly(2026, 11, 20), saved.EndDate);
        Assert.Equal(CareNeedStatus.CanChamSoc, (await app.WithDbAsync(db => db.CareNeeds.AsNoTracking().SingleAsync(n => n.Id == need.Id))).Status);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().FirstAsync(a => a.Entity == nameof(CarePlacement) && a.Key == Id(p.Id) && a.Action == AuditAction.Update));
        Assert.Equal("Dì chuyển đi làm ăn xa", audit.Reason);
    }

    [Fact]
    public async Task Visit_OutsideThePlacement_IsRefused_ThenAVisitIsRecordedAndShown()
    {
        var child = await app.CreateChildAsync("23944-04", "Ksor Được Thăm");
        var need = await app.CreateNeedAsync(child.Id, child.UnitId, new DateOnly(2026, 1, 1));
        var giver = await app.CreateCareGiverAsync("23944", "Ksor Ông Nội");
        var p = await app.CreatePlacementAsync(need, giver, new DateOnly(2026, 3, 1));
        var client = await app.As("xa.iatiem");
        var url = $"/care/placements/{Id(p.Id)}/visits/new";

        var early = await client.PostFormAsync(url, new() { ["Input.Date"] = "28/02/2026", ["Input.By"] = "Cán bộ VH-XH", ["Input.ChildCondition"] = "Khỏe mạnh" });
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("Ngày thăm phải nằm trong thời gian chăm sóc thay thế.", await early.TextAsync(), StringComparison.Ordinal);

        var ok = await client.PostFormAsync(url, new() { ["Input.Date"] = "15/11/2026", ["Input.By"] = "Cán bộ VH-XH", ["Input.ChildCondition"] = "Trẻ đi học đều", ["Input.Concerns"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var details = await (await client.GetAsync($"/care/placements/{Id(p.Id)}")).TextAsync();
        Assert.Contains("Trẻ đi học đều", details, StringComparison.Ordinal);
        Assert.Contains("15/11/2026", details, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(CarePlacement) && a.Key == Id(p.Id) && a.Action == AuditAction.Read)));
    }

    [Fact]
    public async Task Placement_OfAnotherCommune_Returns404_AndReaderCannotEnd()
    {
        var child = await app.CreateChildAsync("23944-01", "Nay Phạm Vi Chăm Sóc");
        var need = await app.CreateNeedAsync(child.Id, child.UnitId, new DateOnly(2026, 1, 1));
        var giver = await app.CreateCareGiverAsync("23944", "Nay Bà Ngoại");
        var p = await app.CreatePlacementAsync(need, giver, new DateOnly(2026, 2, 1));

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync($"/care/placements/{Id(p.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync($"/care/placements/{Id(p.Id)}/end")).StatusCode);
        var chairman = await app.As("chutich.iatiem");
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync($"/care/placements/{Id(p.Id)}")).StatusCode);
        Assert.Equal("/loi/403", (await chairman.GetAsync($"/care/placements/{Id(p.Id)}/end")).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Landing_ShowsWaitingChildrenAndMarksPlacementsWithoutARecentVisit()
    {
        var waiting = await app.CreateChildAsync("23977-01", "Rơ Châm Đang Chờ");
        await app.CreateNeedAsync(waiting.Id, waiting.UnitId, new DateOnly(2026, 10, 1));
        var old = await app.CreateChildAsync("23977-02", "Rơ Châm Lâu Chưa Thăm");
        var oldNeed = await app.CreateNeedAsync(old.Id, old.UnitId, new DateOnly(2026, 1, 1));
        var recent = await app.CreateChildAsync("23977-03", "Rơ Châm Mới Thăm");
        var recentNeed = await app.CreateNeedAsync(recent.Id, recent.UnitId, new DateOnly(2026, 1, 1));
        var giver = await app.CreateCareGiverAsync("23977", "Rơ Châm Bà Nội");
        var giver2 = await app.CreateCareGiverAsync("23977", "Rơ Châm Ông Ngoại");
        await app.CreatePlacementAsync(oldNeed, giver, new DateOnly(2026, 2, 1), new DateOnly(2026, 5, 1));
        await app.CreatePlacementAsync(recentNeed, giver2, new DateOnly(2026, 2, 1), new DateOnly(2026, 10, 20));

        var html = await (await (await app.As("xa.iako")).GetAsync("/care")).TextAsync();

        Assert.Contains("Rơ Châm Đang Chờ", html, StringComparison.Ordinal);
        string Row(string name)
        {
            var start = html.IndexOf(name, StringComparison.Ordinal);
            return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
        }
        Assert.Contains("data-testid=\"visit-due\"", Row("Rơ Châm Lâu Chưa Thăm"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"visit-due\"", Row("Rơ Châm Mới Thăm"), StringComparison.Ordinal);
        Assert.DoesNotContain("Rơ Châm Đang Chờ", await (await (await app.As("xa.iatiem")).GetAsync("/care")).TextAsync(), StringComparison.Ordinal);
    }
}
