using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Activities;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Events;

/// <summary>The events pages: list, record (forum warnings), details, edit (concurrency), export and coverage.</summary>
public partial class EventPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/events/", path, StringComparison.Ordinal);
        return int.Parse(path["/events/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task List_ShowsOnlyTheUsersScope_WithFiltersAndTotalsBySex()
    {
        // Ia Ko and Ia Tiêm in 2018: no other test of the class uses that year.
        await app.CreateEventAsync("23944", "Trung thu Ia Tiêm 2018", start: new DateOnly(2018, 9, 20), boys: 11, girls: 12);
        await app.CreateEventAsync("23977", "Trung thu Ia Ko 2018", start: new DateOnly(2018, 9, 21), boys: 7, girls: 9);
        await app.CreateEventAsync("23977", "Tháng hành động Ia Ko 2018", EventKind.ThangHanhDong, new DateOnly(2018, 6, 2), boys: 3, girls: 4);

        var iako = await (await (await app.As("xa.iako")).GetAsync("/events?year=2018")).TextAsync();
        Assert.Contains("Trung thu Ia Ko 2018", iako, StringComparison.Ordinal);
        Assert.DoesNotContain("Trung thu Ia Tiêm 2018", iako, StringComparison.Ordinal);
        Assert.Contains("2 sự kiện, 23 lượt trẻ em tham gia (10 nam, 13 nữ; 10 trẻ dân tộc thiểu số).", iako, StringComparison.Ordinal);

        var district = await app.As("huyen.chuse");
        var all = await (await district.GetAsync("/events?year=2018")).TextAsync();
        Assert.Contains("3 sự kiện, 46 lượt trẻ em tham gia (21 nam, 25 nữ; 21 trẻ dân tộc thiểu số).", all, StringComparison.Ordinal);
        var filtered = await (await district.GetAsync("/events?year=2018&kind=TrungThu&unit=23977")).TextAsync();
        Assert.Contains("1 sự kiện, 16 lượt trẻ em tham gia (7 nam, 9 nữ; 7 trẻ dân tộc thiểu số).", filtered, StringComparison.Ordinal);
        var sorted = await (await district.GetAsync("/events?year=2018&sort=children")).TextAsync();
        Assert.True(sorted.IndexOf("Tháng hành động Ia Ko 2018", StringComparison.Ordinal) < sorted.IndexOf("Trung thu Ia Tiêm 2018", StringComparison.Ordinal));
        var none = await (await district.GetAsync("/events?year=2018&kind=PhatDong")).TextAsync();
        Assert.Contains("Không có sự kiện nào phù hợp.", none, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync("/events?unit=23944")).StatusCode);
    }

    [Fact]
    public async Task Details_OfAnotherCommune_Returns404()
    {
        var e = await app.CreateEventAsync("23944", "Sự kiện riêng Ia Tiêm");

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync($"/events/{e.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync($"/events/{e.Id}/edit")).StatusCode);
        var own = await (await (await app.As("xa.iatiem")).GetAsync($"/events/{e.Id}")).TextAsync();
        Assert.Contains("Sự kiện riêng Ia Tiêm", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_ForumUnderTheRules_IsSavedWithWarningsOnConfirmationAndDetails()
    {
        var client = await app.As("xa.iatiem");

        // A commune forum needs 30 children: 12 + 12 with 3 adults in charge (24 children need 5) and 9 guests (> 1/3).
        var response = await client.PostFormAsync("/events/new", EventTestData.Form("23944", "Diễn đàn thiếu trẻ Ia Tiêm", boys: "12", girls: "12",
            adults: "3", guests: "9"));

        var id = IdFrom(response);
        var details = await (await client.GetAsync($"/events/{id}")).TextAsync();
        Assert.Contains("Lưu ý (3 cảnh báo):", details, StringComparison.Ordinal); // the flash of the confirmation
        Assert.Contains("data-testid=\"warning-badge\">3 cảnh báo", details, StringComparison.Ordinal);
        Assert.Contains("Diễn đàn cấp xã cần ít nhất 30 trẻ em tham gia; mới có 24.", details, StringComparison.Ordinal);
        Assert.Contains("24 trẻ cần ít nhất 5 người phụ trách; mới có 3.", details, StringComparison.Ordinal);
        Assert.Contains("Số khách mời không quá 1/3 số trẻ em (24 trẻ: tối đa 8); có 9.", details, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.ChildEvents.AsNoTracking().Include(e => e.Unit).SingleAsync(e => e.Id == id));
        Assert.Equal(EventKind.DienDan, saved.Kind);
        Assert.Equal("23944", saved.Unit!.Code);
        Assert.Equal(new DateOnly(2026, 6, 15), saved.EndDate);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == "ChildEvent" && a.Key == key && a.Action == AuditAction.Insert));
        Assert.Equal("xa.iatiem", audit.UserName);
        Assert.Equal(saved.UnitId, audit.UnitId);
    }

    [Fact]
    public async Task New_ForumMeetingTheRules_HasNoWarning()
    {
        var client = await app.As("xa.iatiem");

        var id = IdFrom(await client.PostFormAsync("/events/new", EventTestData.Form("23944", "Diễn đàn đủ điều kiện Ia Tiêm")));

        var details = await (await client.GetAsync($"/events/{id}")).TextAsync();
        Assert.DoesNotContain("warning-badge", details, StringComparison.Ordinal);
        Assert.Contains("Đã ghi sự kiện «Diễn đàn đủ điều kiện Ia Tiêm».", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_EndBeforeStartAndNegativeCount_RefusedInVietnameseKeepingWhatWasTyped()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/events/new", EventTestData.Form("23944", "Chủ đề bị từ chối", start: "20/06/2026",
            end: "19/06/2026", boys: "-3"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu.", html, StringComparison.Ordinal);
        Assert.Contains("Số người không được âm.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Chủ đề bị từ chối\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"-3\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ChildEvents.AnyAsync(e => e.Theme == "Chủ đề bị từ chối")));
    }

    [Fact]
    public async Task New_InAnotherCommune_IsRefused()
    {
        var client = await app.As("xa.iako");

        var response = await client.PostFormAsync("/events/new", EventTestData.Form("23944", "Sự kiện ghi hộ xã khác"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Đơn vị tổ chức không có hoặc ngoài phạm vi của bạn.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ChildEvents.AnyAsync(e => e.Theme == "Sự kiện ghi hộ xã khác")));
    }

    [Fact]
    public async Task Edit_ByReadOnlyLeader_IsForbidden()
    {
        var e = await app.CreateEventAsync("23977", "Sự kiện lãnh đạo chỉ xem");

        var leader = await app.As("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/events/{e.Id}")).StatusCode);
        AssertForbidden(await leader.GetAsync($"/events/{e.Id}/edit"));
        AssertForbidden(await leader.GetAsync("/events/new"));
    }

    [Fact]
    public async Task Edit_Saves_AndAStaleVersionKeepsTheInputWithAConflictMessage()
    {
        var e = await app.CreateEventAsync("23977", "Trung thu Ia Ko cần sửa");
        var client = await app.As("xa.iako");
        var form = EventTestData.Form("23977", "Trung thu Ia Ko đã sửa", kind: "TrungThu", start: "18/09/2026", boys: "40");
        form["Version"] = e.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var saved = await client.PostFormAsync($"/events/{e.Id}/edit", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await app.WithDbAsync(db => db.ChildEvents.AsNoTracking().SingleAsync(x => x.Id == e.Id));
        Assert.Equal("Trung thu Ia Ko đã sửa", after.Theme);
        Assert.Equal(40, after.ChildrenMale);

        // The same form again, still at the first version: someone else's save came in between.
        form["Input.Theme"] = "Bản sửa đến muộn";
        var stale = await client.PostFormAsync($"/events/{e.Id}/edit", form);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.TextAsync();
        Assert.Contains("vừa được người khác sửa trong lúc bạn đang sửa", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bản sửa đến muộn\"", html, StringComparison.Ordinal);
        Assert.Equal("Trung thu Ia Ko đã sửa", (await app.WithDbAsync(db => db.ChildEvents.AsNoTracking().SingleAsync(x => x.Id == e.Id))).Theme);
    }

    [Fact]
    public async Task Export_OpensWithTheRowsNeutralisesFormulasAndIsAudited()
    {
        // KBang in 2017: no other test of the class uses them.
        await app.CreateEventAsync("23638", "=HYPERLINK(\"x\")", EventKind.ThangHanhDong, new DateOnly(2017, 6, 3), boys: 31, girls: 29);
        var client = await app.As("tinh");

        var response = await client.GetAsync("/events/export?unit=625&year=2017");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH SỰ KIỆN VÌ TRẺ EM", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["C"], "'=HYPERLINK(\"x\")"));
        Assert.Equal("Tháng hành động vì trẻ em", row["B"]);
        Assert.Equal(31, Convert.ToInt32(row["H"], System.Globalization.CultureInfo.InvariantCulture));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "ChildEvent"));
        Assert.Equal("unit=625&year=2017", audit.Key);
        Assert.Equal("tinh", audit.UserName);
    }

    [GeneratedRegex("<tr data-testid=\"coverage-row\" data-unit=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex CoverageRow();

    private static Dictionary<string, string> Rows(string html) =>
        CoverageRow().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [Fact]
    public async Task Coverage_ProvinceSeesDistrictsThatHeldEachKind_DistrictSeesItsCommunes()
    {
        // 2016: only this test records events in that year.
        await app.CreateEventAsync("23638", "Trung thu thị trấn KBang 2016", EventKind.TrungThu, new DateOnly(2016, 9, 15));
        await app.CreateEventAsync("23944", "Trung thu Ia Tiêm 2016", EventKind.TrungThu, new DateOnly(2016, 9, 16));

        var province = Rows(await (await (await app.As("tinh")).GetAsync("/events/coverage?year=2016")).TextAsync());
        Assert.Equal(17, province.Count);
        Assert.Contains("Đã tổ chức (1)", province["625"], StringComparison.Ordinal);
        Assert.Contains("Đã tổ chức (1)", province["633"], StringComparison.Ordinal);
        Assert.Contains("Chưa tổ chức", province["629"], StringComparison.Ordinal);
        Assert.DoesNotContain("Đã tổ chức", province["629"], StringComparison.Ordinal);

        var districtHtml = await (await (await app.As("huyen.chuse")).GetAsync("/events/coverage?year=2016&kind=TrungThu")).TextAsync();
        Assert.Contains("Tết Trung thu: 1/15 đơn vị đã tổ chức", districtHtml, StringComparison.Ordinal);
        var communes = Rows(districtHtml);
        Assert.Contains("Đã tổ chức (1)", communes["23944"], StringComparison.Ordinal);
        Assert.Contains("Chưa tổ chức", communes["23977"], StringComparison.Ordinal);
        Assert.False(communes.ContainsKey("625"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("huyen.chuse")).GetAsync("/events/coverage?unit=625")).StatusCode);
    }
}
