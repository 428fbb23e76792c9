using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Activities;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Cases;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Injuries;

/// <summary>The injury pages. Each test works in its own unit or year: tests share the fixture and run in random order.</summary>
public class InjuryPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task<InjuryRecord> AddAsync(string unitCode, DateOnly date, InjuryKind kind, InjuryOutcome outcome, int age = 8, string? place = null) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var r = new InjuryRecord
            {
                UnitId = unit.Id, Date = date, Kind = kind, Outcome = outcome, Sex = Sex.Nam, Age = age, Place = place,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.InjuryRecords.Add(r);
            await db.SaveChangesAsync();
            return r;
        });

    private static Dictionary<string, string> Form(string unit, string place, string? childId = null, string sex = "", string age = "") => new()
    {
        ["Input.UnitCode"] = unit, ["Input.Date"] = "01/06/2026", ["Input.Kind"] = nameof(InjuryKind.DuoiNuoc),
        ["Input.Outcome"] = nameof(InjuryOutcome.BiThuong), ["Input.ChildId"] = childId ?? "", ["Input.Sex"] = sex, ["Input.Age"] = age,
        ["Input.EthnicityCode"] = "", ["Input.Place"] = place, ["Input.Description"] = "Trẻ tắm suối một mình.",
    };

    [Fact]
    public async Task New_WithALinkedChild_TakesSexAndAgeFromTheRegister()
    {
        var child = await app.CreateChildAsync("23944-02", "Rơ Mah Hờ Liên", new DateOnly(2016, 5, 17), Sex.Nu, "10");
        var client = await app.As("xa.iatiem");

        // The typed sex and age are ignored: the register's record decides.
        var response = await client.PostFormAsync("/injuries/new", Form("23944", "Suối làng Ia Tiêm 2", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), sex: "Nam", age: "3"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.InjuryRecords.AsNoTracking().SingleAsync(r => r.Place == "Suối làng Ia Tiêm 2"));
        Assert.Equal((child.Id, Sex.Nu, 10, "10"), (saved.ChildId, saved.Sex, saved.Age, saved.EthnicityCode));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "InjuryRecord" && e.Action == AuditAction.Insert
            && e.Key == saved.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.UserName == "xa.iatiem")));
        var details = await (await client.GetAsync($"/injuries/{saved.Id}")).TextAsync();
        Assert.Contains("Rơ Mah Hờ Liên", details, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"sex\">Nữ", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_WithALinkedChild_BeforeTheirBirth_IsRefused()
    {
        var child = await app.CreateChildAsync("23944-03", "Siu Sinh Sau", new DateOnly(2026, 8, 1));
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/injuries/new", Form("23944", "Trước khi sinh", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày xảy ra trước ngày sinh của trẻ.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.InjuryRecords.AnyAsync(r => r.Place == "Trước khi sinh")));
    }

    [Fact]
    public async Task New_WithAChildOutsideTheScope_IsRefusedAndKeepsTheForm()
    {
        var child = await app.CreateChildAsync("23977-01", "Ksor Ngoài Phạm Vi");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/injuries/new", Form("23944", "Nơi được giữ lại", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Không tìm thấy trẻ em trong phạm vi của bạn.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nơi được giữ lại\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ksor Ngoài Phạm Vi", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.InjuryRecords.AnyAsync(r => r.Place == "Nơi được giữ lại")));
    }

    [Fact]
    public async Task New_WithoutAChild_NeedsSexAndAnAgeUpTo15()
    {
        var client = await app.As("xa.iatiem");

        var old = await client.PostFormAsync("/injuries/new", Form("23944", "Trẻ quá tuổi", sex: "Nam", age: "16"));
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Contains("Tuổi phải là số nguyên từ 0 đến 15.", await old.TextAsync(), StringComparison.Ordinal);
        var noSex = await (await client.PostFormAsync("/injuries/new", Form("23944", "Thiếu giới tính", age: "5"))).TextAsync();
        Assert.Contains("Vui lòng chọn giới tính của trẻ (hoặc nhập mã trẻ).", noSex, StringComparison.Ordinal);

        var ok = await client.PostFormAsync("/injuries/new", Form("23944", "Ao nhà ông Siu", sex: "Nam", age: "15"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var saved = await app.WithDbAsync(db => db.InjuryRecords.AsNoTracking().SingleAsync(r => r.Place == "Ao nhà ông Siu"));
        Assert.Equal((null, Sex.Nam, 15), (saved.ChildId, saved.Sex, saved.Age));
    }

    [Fact]
    public async Task List_TotalsByKind_AndScope()
    {
        // KBang's Xã Krong (23650), year 2019: no other test uses them.
        await AddAsync("23650", new DateOnly(2019, 7, 1), InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, place: "Sông Ba 2019");
        await AddAsync("23650", new DateOnly(2019, 8, 1), InjuryKind.DuoiNuoc, InjuryOutcome.BiThuong);
        await AddAsync("23650", new DateOnly(2019, 2, 1), InjuryKind.Bong, InjuryOutcome.BiThuong, age: 2);
        var tiem = await AddAsync("23944", new DateOnly(2019, 3, 1), InjuryKind.GiaoThong, InjuryOutcome.BiThuong);

        var province = await app.As("tinh");
        var html = await (await province.GetAsync("/injuries?unit=23650&year=2019")).TextAsync();
        Assert.Contains("3 trẻ bị tai nạn, thương tích: 2 bị thương, 1 tử vong.", html, StringComparison.Ordinal);
        Assert.Contains("Sông Ba 2019", html, StringComparison.Ordinal);
        var died = await (await province.GetAsync("/injuries?unit=23650&year=2019&outcome=TuVong")).TextAsync();
        Assert.Contains("1 trẻ bị tai nạn, thương tích: 0 bị thương, 1 tử vong.", died, StringComparison.Ordinal);
        var burns = await (await province.GetAsync("/injuries?unit=23650&year=2019&kind=Bong")).TextAsync();
        Assert.Contains("1 trẻ bị tai nạn, thương tích: 1 bị thương, 0 tử vong.", burns, StringComparison.Ordinal);
        var none = await (await province.GetAsync("/injuries?unit=23650&year=2003")).TextAsync();
        Assert.Contains("Không có trường hợp tai nạn, thương tích nào phù hợp.", none, StringComparison.Ordinal);

        var iako = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/injuries/{tiem.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/injuries/{tiem.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync("/injuries?unit=23650")).StatusCode);
        Assert.Contains("0 trẻ bị tai nạn, thương tích", await (await iako.GetAsync("/injuries?year=2019")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ByTheCommune_Saves_AndTheLeaderIsForbidden()
    {
        var record = await AddAsync("23944", new DateOnly(2026, 2, 2), InjuryKind.NgaTeNga, InjuryOutcome.BiThuong, place: "Cây điều cần sửa");
        var fields = Form("23944", "Cây điều đã sửa", sex: "Nu", age: "9");
        fields["Input.Kind"] = nameof(InjuryKind.NgaTeNga);
        fields["Input.Outcome"] = nameof(InjuryOutcome.TuVong);
        fields["Version"] = "0";

        var response = await (await app.As("xa.iatiem")).PostFormAsync($"/injuries/{record.Id}/edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await app.WithDbAsync(db => db.InjuryRecords.AsNoTracking().SingleAsync(r => r.Id == record.Id));
        Assert.Equal(("Cây điều đã sửa", InjuryOutcome.TuVong, Sex.Nu, 9, 1), (after.Place, after.Outcome, after.Sex, after.Age, after.Version));
        CasePages.AssertForbidden((await (await app.As("lanhdao")).GetAsync($"/injuries/{record.Id}/edit")));
        Assert.Equal(HttpStatusCode.OK, (await (await app.As("lanhdao")).GetAsync($"/injuries/{record.Id}")).StatusCode);
    }

    [Fact]
    public async Task Export_HasTheRows_AndIsAudited()
    {
        await AddAsync("23797", new DateOnly(2016, 7, 7), InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, age: 11, place: "@SUM(A1) sông Ayun");
        var client = await app.As("huyen.mangyang");

        var response = await client.GetAsync("/injuries/export?unit=23797&year=2016");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH TRẺ EM BỊ TAI NẠN, THƯƠNG TÍCH", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["H"], "'@SUM(A1) sông Ayun"));
        Assert.Equal("Tử vong", row["E"]);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Export && e.Entity == "InjuryRecord"));
        Assert.Equal("unit=23797&year=2016", audit.Key);
    }

    [Fact]
    public async Task Api_ListsTheScope_WithTotals_AndA404ForAUnitOutsideIt()
    {
        // Đăk Yă (23803), Mang Yang, year 2015: no other test uses them.
        await AddAsync("23803", new DateOnly(2015, 7, 7), InjuryKind.DuoiNuoc, InjuryOutcome.TuVong, place: "Suối Đăk Yă");
        await AddAsync("23803", new DateOnly(2015, 3, 3), InjuryKind.GiaoThong, InjuryOutcome.BiThuong);
        var client = await app.ApiClientAsync("huyen.mangyang");

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/injuries?unit=23803&year=2015");

        Assert.Equal((2, 1, 1), (page.GetProperty("total").GetInt32(), page.GetProperty("injured").GetInt32(), page.GetProperty("died").GetInt32()));
        var first = page.GetProperty("items")[0];
        Assert.Equal(("DuoiNuoc", "TuVong", "Suối Đăk Yă"), (first.GetProperty("kind").GetString(), first.GetProperty("outcome").GetString(),
            first.GetProperty("place").GetString()));
        var drowning = await client.GetFromJsonAsync<JsonElement>("/api/v1/injuries?unit=23803&year=2015&kind=GiaoThong");
        Assert.Equal(1, drowning.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/injuries?unit=23944")).StatusCode);
        var other = await (await app.ApiClientAsync("xa.iako")).GetFromJsonAsync<JsonElement>("/api/v1/injuries?year=2015");
        Assert.Equal(0, other.GetProperty("total").GetInt32());
    }
}
