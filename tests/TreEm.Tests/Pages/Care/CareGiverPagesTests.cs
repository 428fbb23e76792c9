using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Care;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Care;

public class CareGiverPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(string name, string unit = "23944", string kinship = "KhongPhaiNguoiThan", bool all = true,
        string adultOn = "05/01/2026") => new()
    {
        ["Input.UnitCode"] = unit, ["Input.FullName"] = name, ["Input.Kinship"] = kinship, ["Input.Address"] = "Làng Tiêm, xã Ia Tiêm",
        ["Input.RegisteredOn"] = "02/01/2026", ["Input.Version"] = "0",
        ["Input.AdultCapacity"] = "true", ["Input.AdultCapacityOn"] = adultOn,
        ["Input.NoAbuseRecord"] = "true", ["Input.NoAbuseRecordOn"] = "05/01/2026",
        ["Input.Health"] = all ? "true" : "false", ["Input.HealthOn"] = all ? "05/01/2026" : "",
        ["Input.EconomyHousing"] = all ? "true" : "false", ["Input.EconomyHousingOn"] = all ? "05/01/2026" : "",
        ["Input.VerifiedByCommune"] = all ? "true" : "false", ["Input.VerifiedOn"] = all ? "06/01/2026" : "",
    };

    [Fact]
    public async Task New_NonKinWithEveryCheck_IsRegisteredEligibleAndAudited()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/care/caregivers/new", Fields("Nguyễn Văn Đủ Điều Kiện"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var g = await app.WithDbAsync(db => db.AlternativeCareGivers.AsNoTracking().SingleAsync(x => x.FullName == "Nguyễn Văn Đủ Điều Kiện"));
        Assert.True(g.VerifiedByCommune);
        Assert.Equal(new DateOnly(2026, 1, 6), g.VerifiedOn);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(CareGiver) && a.Key == Id(g.Id))));
        var details = await (await client.GetAsync("/care/caregivers/" + Id(g.Id))).TextAsync();
        Assert.Contains("data-testid=\"eligible\"", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_PassedCheckWithoutDate_IsRefusedAndKeepsInput()
    {
        var response = await (await app.As("xa.iatiem")).PostFormAsync("/care/caregivers/new", Fields("Trần Thị Thiếu Ngày", adultOn: ""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Vui lòng nhập ngày kiểm tra của điều kiện đã đạt.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Trần Thị Thiếu Ngày\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AlternativeCareGivers.AnyAsync(x => x.FullName == "Trần Thị Thiếu Ngày")));
    }

    [Fact]
    public async Task Edit_ChecksOfANonKin_ShowsWhatIsMissing_AndOtherCommuneGets404()
    {
        var g = await app.CreateCareGiverAsync("23977", "Lê Văn Sửa Điều Kiện", Kinship.KhongPhaiNguoiThan);
        var client = await app.As("xa.iako");

        var response = await client.PostFormAsync($"/care/caregivers/{Id(g.Id)}/edit", Fields("Lê Văn Sửa Điều Kiện", unit: "23977", all: false));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.AlternativeCareGivers.AsNoTracking().SingleAsync(x => x.Id == g.Id));
        Assert.False(saved.VerifiedByCommune);
        Assert.Equal(1, saved.Version);
        var details = await (await client.GetAsync("/care/caregivers/" + Id(g.Id))).TextAsync();
        Assert.Contains("Chưa đủ điều kiện: có sức khỏe; có điều kiện kinh tế và chỗ ở; đã được UBND xã xác minh.", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iatiem")).GetAsync($"/care/caregivers/{Id(g.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iatiem")).GetAsync($"/care/caregivers/{Id(g.Id)}/edit")).StatusCode);
    }

    [Fact]
    public async Task Edit_StaleVersion_IsRefused()
    {
        var g = await app.CreateCareGiverAsync("23944", "Phạm Thị Phiên Bản Cũ");
        var client = await app.As("xa.iatiem");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/care/caregivers/{Id(g.Id)}/edit", Fields("Phạm Thị Phiên Bản Mới"))).StatusCode);

        var stale = await client.PostFormAsync($"/care/caregivers/{Id(g.Id)}/edit", Fields("Phạm Thị Phiên Bản Ghi Đè"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Hồ sơ vừa được người khác sửa.", await stale.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("Phạm Thị Phiên Bản Mới", (await app.WithDbAsync(db => db.AlternativeCareGivers.AsNoTracking().SingleAsync(x => x.Id == g.Id))).FullName);
    }

    [Fact]
    public async Task Edit_ByChairmanWithoutWriteRight_IsForbidden_AndListIsScoped()
    {
        var g = await app.CreateCareGiverAsync("23944", "Rơ Mah Chỉ Xem");
        var chairman = await app.As("chutich.iatiem");

        var response = await chairman.GetAsync($"/care/caregivers/{Id(g.Id)}/edit");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
        Assert.Contains("Rơ Mah Chỉ Xem", await (await chairman.GetAsync("/care/caregivers?q=chi xem")).TextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rơ Mah Chỉ Xem", await (await (await app.As("xa.iako")).GetAsync("/care/caregivers")).TextAsync(), StringComparison.Ordinal);
    }
}
