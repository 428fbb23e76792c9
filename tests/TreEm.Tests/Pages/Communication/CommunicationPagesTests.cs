using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Activities;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Cases;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Communication;

/// <summary>The communication pages. Each test works in its own unit or year: tests share the fixture and run in random order.</summary>
public class CommunicationPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task<CommunicationActivity> AddAsync(string unitCode, DateOnly date, string title, int reach, int children = 0, bool dtts = false,
        CommunicationChannel channel = CommunicationChannel.TruyenThongTrucTiep) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var a = new CommunicationActivity
            {
                UnitId = unit.Id, Date = date, Channel = channel, Topic = CommunicationTopic.QuyenTreEm, Title = title, Reach = reach,
                ChildrenReached = children, EthnicMinorityArea = dtts, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.CommunicationActivities.Add(a);
            await db.SaveChangesAsync();
            return a;
        });

    private static Dictionary<string, string> Form(string unit, string title, string reach = "1.200", string children = "300") => new()
    {
        ["Input.UnitCode"] = unit, ["Input.Date"] = "15/06/2026", ["Input.Channel"] = nameof(CommunicationChannel.LoaTruyenThanh),
        ["Input.Topic"] = nameof(CommunicationTopic.PhongChongTaiNanThuongTich), ["Input.Title"] = title, ["Input.Reach"] = reach,
        ["Input.ChildrenReached"] = children, ["Input.EthnicMinorityArea"] = "true",
    };

    [Fact]
    public async Task New_ByCommuneWorker_SavesTheActivityAndAuditsIt()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/communication/new", Form("23944", "Phát thanh phòng chống đuối nước làng Blang"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.CommunicationActivities.Include(a => a.Unit).SingleAsync(a => a.Title == "Phát thanh phòng chống đuối nước làng Blang"));
        Assert.Equal("/communication/" + saved.Id, response.Headers.Location!.OriginalString);
        Assert.Equal("23944", saved.Unit!.Code);
        Assert.Equal(1200, saved.Reach);
        Assert.Equal(300, saved.ChildrenReached);
        Assert.True(saved.EthnicMinorityArea);
        Assert.False(saved.RemoteArea);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.Entity == "CommunicationActivity" && e.Key == saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == AuditAction.Insert));
        Assert.Equal("xa.iatiem", audit.UserName);
        var details = await (await client.GetAsync(response.Headers.Location.OriginalString)).TextAsync();
        Assert.Contains("Loa truyền thanh cơ sở", details, StringComparison.Ordinal);
        Assert.Contains("Vùng DTTS", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_WithInvalidNumbers_KeepsWhatWasTypedWithVietnameseMessages()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/communication/new", Form("23944", "Tiêu đề được giữ lại", reach: "nhiều", children: "50"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Số lượt người được truyền thông phải là số nguyên không âm.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tiêu đề được giữ lại\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"nhiều\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.CommunicationActivities.AnyAsync(a => a.Title == "Tiêu đề được giữ lại")));
    }

    [Fact]
    public async Task New_ForAnotherCommune_IsRefused_AndALeaderCannotRecord()
    {
        var iako = await app.As("xa.iako");
        var other = await iako.PostFormAsync("/communication/new", Form("23944", "Không được ghi cho xã khác"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Contains("Không tìm thấy đơn vị trong phạm vi của bạn.", await other.TextAsync(), StringComparison.Ordinal);

        // The chairman reads the commune's activities but does not record them.
        var chairman = await app.As("chutich.iatiem");
        CasePages.AssertForbidden((await chairman.GetAsync("/communication/new")));
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync("/communication")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CommunicationActivities.AnyAsync(a => a.Title == "Không được ghi cho xã khác")));
    }

    [Fact]
    public async Task List_ShowsOnlyTheScope_WithFiltersAndTotals()
    {
        var ko = await AddAsync("23977", new DateOnly(2019, 4, 2), "Nói chuyện quyền trẻ em Ia Ko 2019", 1500, 300, dtts: true);
        await AddAsync("23977", new DateOnly(2019, 5, 2), "Tờ rơi Ia Ko 2019", 800, 100, channel: CommunicationChannel.ToRoi);
        var tiem = await AddAsync("23944", new DateOnly(2019, 4, 3), "Nói chuyện quyền trẻ em Ia Tiêm 2019", 900, 200);

        var iako = await app.As("xa.iako");
        var list = await (await iako.GetAsync("/communication?year=2019")).TextAsync();
        Assert.Contains("Nói chuyện quyền trẻ em Ia Ko 2019", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Ia Tiêm 2019", list, StringComparison.Ordinal);
        Assert.Contains("2 hoạt động, 2.300 lượt người được truyền thông, trong đó 400 trẻ em.", list, StringComparison.Ordinal);
        var dtts = await (await iako.GetAsync("/communication?year=2019&dtts=1")).TextAsync();
        Assert.Contains("1 hoạt động, 1.500 lượt người được truyền thông, trong đó 300 trẻ em.", dtts, StringComparison.Ordinal);
        var byChannel = await (await iako.GetAsync("/communication?year=2019&channel=ToRoi")).TextAsync();
        Assert.Contains("Tờ rơi Ia Ko 2019", byChannel, StringComparison.Ordinal);
        Assert.DoesNotContain("Nói chuyện quyền trẻ em Ia Ko 2019", byChannel, StringComparison.Ordinal);
        var none = await (await iako.GetAsync("/communication?year=2001")).TextAsync();
        Assert.Contains("Không có hoạt động truyền thông nào phù hợp.", none, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/communication/{tiem.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/communication/{tiem.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync("/communication?unit=23944")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await iako.GetAsync($"/communication/{ko.Id}")).StatusCode);

        var district = await (await (await app.As("huyen.chuse")).GetAsync("/communication?year=2019&sort=reach_desc")).TextAsync();
        Assert.Contains("3 hoạt động, 3.200 lượt người được truyền thông, trong đó 600 trẻ em.", district, StringComparison.Ordinal);
        Assert.True(district.IndexOf("Ia Ko 2019", StringComparison.Ordinal) < district.IndexOf("Ia Tiêm 2019", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edit_SavesWithTheVersion_AndAStaleFormIsRefused()
    {
        var a = await AddAsync("23638", new DateOnly(2026, 3, 1), "Truyền thông KBang cần sửa", 100);
        var client = await app.As("tinh");
        var fields = Form("23638", "Truyền thông KBang đã sửa", reach: "250", children: "20");
        fields["Version"] = "0";

        var saved = await client.PostFormAsync($"/communication/{a.Id}/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await app.WithDbAsync(db => db.CommunicationActivities.AsNoTracking().SingleAsync(x => x.Id == a.Id));
        Assert.Equal(("Truyền thông KBang đã sửa", 250, 1), (after.Title, after.Reach, after.Version));

        fields["Input.Title"] = "Bản cũ ghi đè";
        var stale = await client.PostFormAsync($"/communication/{a.Id}/edit", fields);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("đã được người khác sửa", await stale.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("Truyền thông KBang đã sửa", await app.WithDbAsync(db => db.CommunicationActivities.Where(x => x.Id == a.Id).Select(x => x.Title).SingleAsync()));

        var leader = await app.As("lanhdao");
        CasePages.AssertForbidden((await leader.GetAsync($"/communication/{a.Id}/edit")));
    }

    [Fact]
    public async Task Export_HasTheRows_NeutralisesFormulas_AndIsAudited()
    {
        await AddAsync("629", new DateOnly(2018, 6, 1), "=HYPERLINK(\"x\") Mang Yang", 4000, 1000);
        var client = await app.As("huyen.mangyang");

        var response = await client.GetAsync("/communication/export?unit=629&year=2018");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH HOẠT ĐỘNG TRUYỀN THÔNG", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["D"], "'=HYPERLINK(\"x\") Mang Yang"));
        Assert.Equal(4000m, Convert.ToDecimal(row["G"], System.Globalization.CultureInfo.InvariantCulture));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Export && e.Entity == "CommunicationActivity"));
        Assert.Equal("unit=629&year=2018", audit.Key);
        Assert.Equal("huyen.mangyang", audit.UserName);
    }

    [Fact]
    public async Task List_InEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("huyen.mangyang");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync("/communication?year=2002");

        Assert.Contains("No communication activity matches.", html, StringComparison.Ordinal);
        Assert.Contains("Local loudspeakers", html, StringComparison.Ordinal);
    }
}
