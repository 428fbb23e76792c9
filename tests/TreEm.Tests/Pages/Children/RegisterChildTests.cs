using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

public class RegisterChildTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private const string Url = "/children/register";

    private Task<int> CountAsync(string fullName) => app.WithDbAsync(db => db.Children.CountAsync(c => c.FullName == fullName));

    [Fact]
    public async Task Register_ValidChild_IsSavedAuditedAndShown()
    {
        var client = await app.As("xa.iatiem");
        var form = ChildPages.NewChild("Rơ Mah Thị Hạnh", "23944-03", father: "Rơ Mah Blin", mother: "Ksor H'Lan");
        form["InitialGroups"] = "d";

        var response = await client.PostFormAsync(Url, form);

        var id = ChildPages.IdFromLocation(response);
        var child = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Unit).Include(c => c.Caregivers).Include(c => c.Classifications).SingleAsync(c => c.Id == id));
        Assert.Equal("Rơ Mah Thị Hạnh", child.FullName);
        Assert.Equal("ro mah thi hanh", child.NameSearch);
        Assert.Equal(new DateOnly(2016, 5, 17), child.DateOfBirth);
        Assert.Equal("23944-03", child.Unit!.Code);
        Assert.Equal(PovertyStatus.Ngheo, child.Poverty);
        Assert.True(child.HasHealthInsurance);
        Assert.Equal(ChildStatus.DangQuanLy, child.Status);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, child.CreatedAt);
        Assert.Equal(2, child.Caregivers.Count);
        Assert.True(child.Caregivers.Single(g => g.Relation == CaregiverRelation.Me).IsMainCaregiver);
        var group = Assert.Single(child.Classifications);
        Assert.Equal("d", group.GroupCode);
        Assert.Equal(new DateOnly(2026, 11, 30), group.StartDate);

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == nameof(Child) && a.Key == id.ToString(CultureInfo.InvariantCulture) && a.Action == AuditAction.Insert));
        Assert.Equal("xa.iatiem", audit.UserName);
        Assert.Equal(child.UnitId, audit.UnitId);

        var details = await client.GetAsync(response.Headers.Location);
        var html = await details.TextAsync();
        Assert.Contains("Đã đăng ký trẻ Rơ Mah Thị Hạnh.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_OffersOnlyTheCommunesAndVillagesOfTheScope()
    {
        var html = await (await (await app.As("xa.iatiem")).GetAsync(Url)).TextAsync();

        Assert.Contains("value=\"23944\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"23944-04\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"23977\"", html, StringComparison.Ordinal);
        Assert.Contains("\u00A0\u00A0\u00A0\u00A0Thôn Hòa Bình", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01/12/2026", "Ngày sinh không được ở tương lai.")]
    [InlineData("30/11/2010", "Trẻ đã đủ 16 tuổi: không còn thuộc diện trẻ em theo Luật Trẻ em 2016.")]
    [InlineData("31/02/2016", "Ngày sinh không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 17/05/2016.")]
    public async Task Register_BadDateOfBirth_IsRefusedWithTheVietnameseMessage(string dateOfBirth, string message)
    {
        var client = await app.As("xa.iatiem");
        var name = "Siu Văn Ngày " + dateOfBirth.Replace("/", "", StringComparison.Ordinal);

        var response = await client.PostFormAsync(Url, ChildPages.NewChild(name, "23944", dateOfBirth));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{dateOfBirth}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(name));
    }

    [Fact]
    public async Task Register_EstimatedBirthYear_IsAccepted()
    {
        var client = await app.As("xa.iatiem");
        var form = ChildPages.NewChild("Ksor Thị Ước", "23944", dateOfBirth: "");
        form["Input.EstimatedBirthYear"] = "2013";

        var id = ChildPages.IdFromLocation(await client.PostFormAsync(Url, form));

        var child = await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == id));
        Assert.Null(child.DateOfBirth);
        Assert.Equal(2013, child.BirthYear);
        Assert.True(child.IsBirthYearEstimated);
    }

    [Fact]
    public async Task Register_MissingNameAndSex_IsRefusedAndKeepsWhatWasTyped()
    {
        var client = await app.As("xa.iatiem");
        var form = ChildPages.NewChild("", "23944-02", mother: "Nay H'Lâm");
        form.Remove("Input.Sex");
        form["Input.Address"] = "Buôn Ia Tiêm, hẻm 4";

        var response = await client.PostFormAsync(Url, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Vui lòng nhập họ và tên.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng chọn giới tính.", html, StringComparison.Ordinal);
        var kept = ChildPages.FormValues(html);
        Assert.Equal("Buôn Ia Tiêm, hẻm 4", kept["Input.Address"]);
        Assert.Equal("Nay H'Lâm", kept["Input.Caregivers[1].FullName"]);
        Assert.Equal("23944-02", kept["Input.UnitCode"]);
        Assert.Equal("17/05/2016", kept["Input.DateOfBirth"]);
        Assert.Equal(0, await app.WithDbAsync(db => db.Caregivers.CountAsync(g => g.FullName == "Nay H'Lâm")));
    }

    [Fact]
    public async Task Register_IdentityNumberAlreadyUsed_ShowsAFriendlyMessage()
    {
        await app.CreateChildAsync("23977", "Puih Thị Số", identityNumber: "064216001234");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(Url, ChildPages.NewChild("Hiao Văn Số", "23944", "01/01/2015", identityNumber: "064216001234"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Số định danh này đã có trong sổ theo dõi trẻ em (một hồ sơ khác). Vui lòng kiểm tra lại.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Puih Thị Số", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Hiao Văn Số"));
    }

    [Fact]
    public async Task Register_LikelyDuplicateInAnotherCommune_IsShownWithoutPersonalDataAndNeedsConfirmation()
    {
        await app.CreateChildAsync("23977-01", "Nguyễn Văn Trùng", new DateOnly(2017, 4, 9), identityNumber: "064217009999",
            configure: c => c.Address = "Làng Ia Ko 1, nhà rông");
        var client = await app.As("xa.iatiem");
        var form = ChildPages.NewChild("NGUYEN VAN TRUNG", "23944", "09/04/2017");

        var first = await client.PostFormAsync(Url, form);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var html = await first.TextAsync();
        Assert.Contains("data-testid=\"duplicates\"", html, StringComparison.Ordinal);
        Assert.Contains("Có hồ sơ trùng ở đơn vị khác", html, StringComparison.Ordinal);
        Assert.Contains("Xã Ia Ko", html, StringComparison.Ordinal);
        Assert.Equal(1, ChildPages.ElsewhereCount(html));
        Assert.DoesNotContain("Nguyễn Văn Trùng", html, StringComparison.Ordinal);
        Assert.DoesNotContain("064217009999", html, StringComparison.Ordinal);
        Assert.DoesNotContain("nhà rông", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Làng Ia Ko 1", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("NGUYEN VAN TRUNG"));

        // Saving again without the confirmation is refused all the same, and so is a made-up confirmation.
        var again = await client.PostFormAsync(Url, form);
        Assert.Contains("data-testid=\"duplicates\"", await again.TextAsync(), StringComparison.Ordinal);
        var forged = await client.PostFormAsync(Url, new Dictionary<string, string>(form) { ["ConfirmDuplicates"] = "0000" });
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(0, await CountAsync("NGUYEN VAN TRUNG"));

        // "Vẫn đăng ký" sends back what the user was shown.
        var confirm = ChildPages.FormValues(html);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"ConfirmDuplicates\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        confirm["ConfirmDuplicates"] = token;
        var saved = await client.PostFormAsync(Url, confirm);

        ChildPages.IdFromLocation(saved);
        Assert.Equal(1, await CountAsync("NGUYEN VAN TRUNG"));
    }

    [Fact]
    public async Task Register_LikelyDuplicateInScope_ShowsItsDetailsAndReason()
    {
        var existing = await app.CreateChildAsync("23944-04", "Rcom H'Duyên", new DateOnly(2015, 7, 7));
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(Url, ChildPages.NewChild("rcom h'duyen", "23944", "07/07/2015"));

        var html = await response.TextAsync();
        Assert.Contains("data-testid=\"duplicate-visible\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/children/{existing.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Rcom H'Duyên", html, StringComparison.Ordinal);
        Assert.Contains("07/07/2015", html, StringComparison.Ordinal);
        Assert.Contains("Thôn Hòa Bình", html, StringComparison.Ordinal);
        Assert.Contains("Trùng họ tên và ngày sinh", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_InAUnitOutsideTheScope_IsRefused()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(Url, ChildPages.NewChild("Ksor Văn Lạc", "23977"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không được ghi trẻ vào đơn vị này.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("Ksor Văn Lạc"));
    }

    [Theory]
    [InlineData("congan.chuse")]
    [InlineData("thanhtra")]
    public async Task Register_UserWhoMayNotRegister_IsForbidden(string login)
    {
        var client = await app.As(login);

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }
}
