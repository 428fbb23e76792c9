using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Cases;

public class CaseIntakeTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task<Case> LoadAsync(int id) =>
        app.WithDbAsync(db => db.Cases.AsNoTracking().WithEverything().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Post_ValidIntake_OpensTheCaseWithTheInitialAssessmentDueInTwelveHours()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/cases/new", CasePages.Intake(app, "23944", "Trẻ bị đánh ở rẫy"));

        var id = CasePages.CaseIdFromLocation(response);
        var c = await LoadAsync(id);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal("23944", c.Unit!.Code);
        Assert.Equal(CaseStatus.TiepNhan, c.Status);
        Assert.Equal(AbuseForm.BaoLuc, c.AbuseForms);
        Assert.Equal("Trẻ bị đánh ở rẫy", c.Description);
        var child = Assert.Single(c.Children);
        Assert.True(child.IsProvisional);
        Assert.Equal(8, child.EstimatedAge);
        Assert.Equal(CaseChildSex.Nu, child.Sex);
        var step = Assert.Single(c.Steps, s => s.Kind == CaseStepKind.DanhGiaBanDau);
        Assert.Equal(now.AddHours(12), step.DueAt);
        Assert.Contains(c.Steps, s => s.Kind == CaseStepKind.TiepNhan && s.CompletedAt == now);
        var details = await (await client.GetAsync($"/cases/{id}")).TextAsync();
        Assert.Contains($"Đã tiếp nhận vụ việc {c.Code}; hạn đánh giá ban đầu: 21:00 30/11/2026", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Hotline111WithoutReference_IsRefusedWithAMessage_AndKeepsTheInput()
    {
        var client = await app.As("xa.iatiem");
        var form = CasePages.Intake(app, "23944", "Báo qua tổng đài không có mã", source: "TongDai111");
        var before = await app.WithDbAsync(db => db.Cases.CountAsync());

        var response = await client.PostFormAsync("/cases/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Thông tin từ Tổng đài 111 phải có mã số của Tổng đài.", html, StringComparison.Ordinal);
        var kept = ChildPages.FormValues(html);
        Assert.Equal("Báo qua tổng đài không có mã", kept["Input.Description"]);
        Assert.Equal("TongDai111", kept["Input.Source"]);
        Assert.Equal("Nguyễn Văn Báo", kept["Input.ReporterName"]);
        Assert.Equal("8", kept["Input.Children[0].EstimatedAge"]);
        Assert.Equal(before, await app.WithDbAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Post_MissingDescriptionAndFormOfAbuse_IsRefused()
    {
        var form = CasePages.Intake(app, "23944", "");
        form.Remove("Input.AbuseForms");

        var response = await (await app.As("xa.iatiem")).PostFormAsync("/cases/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Vui lòng mô tả nội dung vụ việc.", html, StringComparison.Ordinal);
        Assert.Contains("Chọn ít nhất một hình thức xâm hại.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Anonymous_ClearsTheReporter()
    {
        var form = CasePages.Intake(app, "23944", "Người báo giấu tên");
        form["Input.ReporterAnonymous"] = "true";

        var response = await (await app.As("xa.iatiem")).PostFormAsync("/cases/new", form);

        var c = await LoadAsync(CasePages.CaseIdFromLocation(response));
        Assert.True(c.ReporterAnonymous);
        Assert.Null(c.ReporterName);
        Assert.Null(c.ReporterPhone);
        Assert.Null(c.ReporterAddress);
    }

    [Fact]
    public async Task Post_RegisterCodeOfAChildInTheCommune_LinksTheChild()
    {
        var child = await app.CreateChildAsync("23944-02", "Rơ Lan Thị Hạnh");
        var form = CasePages.Intake(app, "23944", "Trẻ đã có trong sổ");
        form["Input.Children[0].ChildId"] = child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await (await app.As("xa.iatiem")).PostFormAsync("/cases/new", form);

        var c = await LoadAsync(CasePages.CaseIdFromLocation(response));
        Assert.Equal(child.Id, Assert.Single(c.Children).ChildId);
    }

    [Fact]
    public async Task Post_RegisterCodeOutsideTheUsersScope_IsRefusedWithAClearError()
    {
        var elsewhere = await app.CreateChildAsync("23977", "Ksor Thị Ngoài");
        var form = CasePages.Intake(app, "23944", "Mã trẻ xã khác");
        form["Input.Children[0].ChildId"] = elsewhere.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await (await app.As("xa.iatiem")).PostFormAsync("/cases/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains($"Không tìm thấy trẻ em có mã {elsewhere.Id} trong sổ theo dõi của xã đã chọn", html, StringComparison.Ordinal);
        Assert.Equal("Mã trẻ xã khác", ChildPages.FormValues(html)["Input.Description"]);
    }

    [Fact]
    public async Task Post_Hotline_RecordsForIaKo_ThenSeesTheStatusButNotTheDescription()
    {
        var client = await app.As("tongdai111");
        var form = CasePages.Intake(app, "23977", "Cuộc gọi báo trẻ bị bạo hành nghiêm trọng", source: "TongDai111", hotlineReference: "111-2026-000123");

        var response = await client.PostFormAsync("/cases/new", form);

        var id = CasePages.CaseIdFromLocation(response);
        var details = await client.GetAsync($"/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        var html = await details.TextAsync();
        Assert.Contains("Đã tiếp nhận", html, StringComparison.Ordinal);
        Assert.Contains("111-2026-000123", html, StringComparison.Ordinal);
        Assert.Contains("Đánh giá nguy cơ ban đầu (Mẫu 02)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Cuộc gọi báo trẻ bị bạo hành", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Người cha dượng", html, StringComparison.Ordinal);
        Assert.Equal("23977", (await LoadAsync(id)).Unit!.Code);
    }

    [Fact]
    public async Task Get_CommuneWorker_OffersOnlyTheirCommune_HotlineEveryCommuneOfTheProvince()
    {
        var worker = await (await app.As("xa.iatiem")).GetStringAsync("/cases/new");
        var hotline = await (await app.As("tongdai111")).GetStringAsync("/cases/new");

        Assert.Contains("value=\"23944\"", worker, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"23977\"", worker, StringComparison.Ordinal);
        Assert.Contains("value=\"23944\"", hotline, StringComparison.Ordinal);
        Assert.Contains("value=\"23977\"", hotline, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"23944-01\"", hotline, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("congan.chuse")]
    [InlineData("admin")]
    [InlineData("thanhtra")]
    public async Task Get_UserWithoutAnIntakeRole_IsForbidden(string login)
    {
        var response = await (await app.As(login)).GetAsync("/cases/new");

        CasePages.AssertForbidden(response);
    }
}
