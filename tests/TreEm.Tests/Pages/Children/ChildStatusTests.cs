using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

public class ChildStatusTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Url(int id) => $"/children/{id}/status";

    private static Dictionary<string, string> Change(string status, string reason, string on = "30/11/2026", string toUnit = "",
        string destination = "", bool confirm = true) => new()
    {
        ["Input.Status"] = status,
        ["Input.ToUnitCode"] = toUnit,
        ["Input.Destination"] = destination,
        ["Input.On"] = on,
        ["Input.Reason"] = reason,
        ["Input.Confirm"] = confirm ? "true" : "false",
    };

    [Fact]
    public async Task Move_FromIaTiemToIaKo_TheReceivingCommuneManagesAndTheSendingOneKeepsReadOnlyHistory()
    {
        var child = await app.CreateChildAsync("23944-01", "Puih Thị Chuyển", new DateOnly(2015, 2, 2), configure: c => c.Address = "Nhà cũ ở Làng Tiêm");
        var iatiem = await app.As("xa.iatiem");

        var response = await iatiem.PostFormAsync(Url(child.Id), Change("ChuyenDi", "Theo mẹ về nhà ngoại", "28/11/2026", toUnit: "23977-02"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Unit).Include(c => c.StatusHistory).SingleAsync(c => c.Id == child.Id));
        Assert.Equal("23977-02", saved.Unit!.Code);
        Assert.Equal(ChildStatus.DangQuanLy, saved.Status);
        var history = Assert.Single(saved.StatusHistory);
        Assert.Equal(ChildStatus.ChuyenDi, history.Status);
        Assert.Equal(new DateOnly(2026, 11, 28), history.On);
        Assert.Equal(child.UnitId, history.FromUnitId);
        Assert.Equal(saved.UnitId, history.ToUnitId);
        Assert.Equal("xa.iatiem", history.UserName);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Child) && a.Action == AuditAction.Update && a.Key == child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .SingleAsync());
        Assert.Equal("Theo mẹ về nhà ngoại", audit.Reason);

        // The receiving commune now manages the child.
        var iako = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.OK, (await iako.GetAsync($"/children/{child.Id}/edit")).StatusCode);
        var theirView = await (await iako.GetAsync($"/children/{child.Id}")).TextAsync();
        Assert.Contains("data-testid=\"write-actions\"", theirView, StringComparison.Ordinal);

        // The sending commune sees the record read-only, with its history.
        var details = await iatiem.GetAsync($"/children/{child.Id}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var html = await details.TextAsync();
        Assert.Contains("Trẻ đã chuyển đến Xã Ia Ko; bạn chỉ xem được lịch sử", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"write-actions\"", html, StringComparison.Ordinal);
        Assert.Contains("Làng Tiêm, Xã Ia Tiêm, Huyện Chư Sê", html, StringComparison.Ordinal);
        Assert.Contains("Làng Ia Ko 2, Xã Ia Ko, Huyện Chư Sê", html, StringComparison.Ordinal);
        Assert.Contains("Theo mẹ về nhà ngoại", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nhà cũ ở Làng Tiêm", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await iatiem.GetAsync($"/children/{child.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iatiem.GetAsync(Url(child.Id))).StatusCode);
    }

    [Fact]
    public async Task Move_ToAUnitOutsideTheUsersScope_IsOfferedForTheWholeProvince()
    {
        var child = await app.CreateChildAsync("23944", "Rơ Lan Xa Nhà");

        var html = await (await (await app.As("xa.iatiem")).GetAsync(Url(child.Id))).TextAsync();

        Assert.Contains("value=\"23977-03\"", html, StringComparison.Ordinal);
        // A commune of another district of the province (Mang Yang).
        Assert.Contains("value=\"23797\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Move_OutOfTheProvince_KeepsTheDestinationInTheHistory()
    {
        var child = await app.CreateChildAsync("23944", "Ksor Văn Đi Xa");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(Url(child.Id), Change("ChuyenDi", "Gia đình đi làm ăn", destination: "Bình Dương"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.StatusHistory).SingleAsync(c => c.Id == child.Id));
        Assert.Equal(ChildStatus.ChuyenDi, saved.Status);
        Assert.Equal(child.UnitId, saved.UnitId);
        Assert.Contains("Bình Dương", Assert.Single(saved.StatusHistory).Reason, StringComparison.Ordinal);
        Assert.Contains("Ngoài tỉnh", await (await client.GetAsync($"/children/{child.Id}")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deceased_ThenAnotherChange_IsRefused()
    {
        var child = await app.CreateChildAsync("23944", "Hiao Thị Mất");
        var client = await app.As("xa.iatiem");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Url(child.Id), Change("TuVong", "Tai nạn đuối nước", "20/11/2026"))).StatusCode);

        var response = await client.PostFormAsync(Url(child.Id), Change("DangQuanLy", "Nhập nhầm"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Trẻ đã tử vong: không thể thay đổi trạng thái.", await response.TextAsync(), StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.StatusHistory).SingleAsync(c => c.Id == child.Id));
        Assert.Equal(ChildStatus.TuVong, saved.Status);
        Assert.Equal(new DateOnly(2026, 11, 20), saved.StatusDate);
        Assert.Single(saved.StatusHistory);
    }

    [Fact]
    public async Task Change_FutureDateNoReasonNoConfirmation_IsRefusedBesideTheFields()
    {
        var child = await app.CreateChildAsync("23944", "Đinh Văn Vội");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(Url(child.Id), Change("Du16Tuoi", "  ", "01/12/2026", confirm: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Ngày không được ở tương lai.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập lý do.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng đánh dấu xác nhận trước khi ghi.", html, StringComparison.Ordinal);
        Assert.Equal(ChildStatus.DangQuanLy, (await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id))).Status);
    }

    [Fact]
    public async Task Move_WithoutDestination_IsRefused()
    {
        var child = await app.CreateChildAsync("23944", "Rcom Văn Chưa Rõ");

        var response = await (await app.As("xa.iatiem")).PostFormAsync(Url(child.Id), Change("ChuyenDi", "Chuyển nhà"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cần chọn đơn vị chuyển đến, hoặc ghi rõ nơi chuyển đến nếu ngoài tỉnh.", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ChildOfAnotherCommune_Returns404()
    {
        var child = await app.CreateChildAsync("23977", "Ksor Thị Ngoài");
        var client = await app.As("xa.iatiem");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(child.Id))).StatusCode);
        var post = await client.PostFormAsync(Url(child.Id), Change("TuVong", "x"), getUrl: "/children/register");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(ChildStatus.DangQuanLy, (await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id))).Status);
    }
}
