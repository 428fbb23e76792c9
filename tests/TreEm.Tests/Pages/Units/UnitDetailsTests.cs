using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Units;

public class UnitDetailsTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private async Task<HttpResponseMessage> GetAsync(string login, string url) => await (await app.SignInAsync(login)).GetAsync(url);

    [Fact]
    public async Task Get_CommuneInScope_ShowsItsDetailsAndVillages()
    {
        var response = await GetAsync("xa.iatiem", "/units/23944");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Xã Ia Tiêm", html, StringComparison.Ordinal);
        Assert.Contains("<dd data-testid=\"detail-code\">23944</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Cấp xã", html, StringComparison.Ordinal);
        foreach (var village in new[] { "23944-01", "23944-02", "23944-03", "23944-04" })
            Assert.Contains($"data-testid=\"unit-{village}\"", html, StringComparison.Ordinal);
        Assert.Contains("Thôn Hòa Bình", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("xa.iatiem", "23977")]
    [InlineData("xa.iatiem", "633")]
    [InlineData("xa.iatiem", "23977-01")]
    [InlineData("huyen.chuse", "629")]
    [InlineData("huyen.chuse", "23806")]
    [InlineData("huyen.mangyang", "23944")]
    public async Task Get_UnitOutsideTheScope_Returns404(string login, string code)
    {
        var response = await GetAsync(login, "/units/" + code);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Không tìm thấy", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownCode_Returns404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("admin", "/units/99999")).StatusCode);
    }

    [Fact]
    public async Task Get_ParentInScope_IsALinkAndTheBreadcrumbShowsTheAncestors()
    {
        var html = await (await GetAsync("tinh", "/units/23944-02")).Content.ReadAsStringAsync();

        Assert.Matches("data-testid=\"detail-parent\">\\s*<a href=\"/units/23944\">Xã Ia Tiêm</a>", html);
        Assert.Matches("data-testid=\"detail-breadcrumb\"[\\s\\S]*Tỉnh Gia Lai[\\s\\S]*Huyện Chư Sê[\\s\\S]*Xã Ia Tiêm[\\s\\S]*Làng Ia Tiêm 2", html);
        Assert.Contains("Cấp thôn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ParentOutsideTheScope_IsNeitherNamedNorLinked()
    {
        var html = await (await GetAsync("xa.iatiem", "/units/23944")).Content.ReadAsStringAsync();

        Assert.Contains("Đơn vị cấp trên ngoài phạm vi của bạn", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chư Sê", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/units/633", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Details_ShowsFlagsAndValidityDates()
    {
        await app.WithDbAsync(async db =>
        {
            var commune = await db.Units.SingleAsync(u => u.Code == "23944");
            db.Units.Add(new OrgUnit
            {
                Code = "23944-90",
                Name = "Làng Cũ Đã Sáp Nhập",
                NameSearch = VietnameseText.Normalize("Làng Cũ Đã Sáp Nhập"),
                TypeCode = "thon",
                ParentId = commune.Id,
                Path = OrgUnit.PathFor(commune, "23944-90"),
                IsExtremelyDifficult = true,
                IsMountainous = false,
                IsEthnicMinorityArea = true,
                ValidFrom = new DateOnly(2019, 1, 15),
                ValidTo = new DateOnly(2025, 7, 1),
            });
            await db.SaveChangesAsync();
        });

        var html = await (await GetAsync("xa.iatiem", "/units/23944-90")).Content.ReadAsStringAsync();

        Assert.Contains("15/01/2019", html, StringComparison.Ordinal);
        Assert.Contains("01/07/2025", html, StringComparison.Ordinal);
        Assert.Contains("Hết hiệu lực", html, StringComparison.Ordinal);
        Assert.Matches("Xã/huyện đặc biệt khó khăn</dt>\\s*<dd>Có</dd>", html);
        Assert.Matches("Miền núi</dt>\\s*<dd>Không</dd>", html);
        Assert.Matches("Vùng đồng bào dân tộc thiểu số</dt>\\s*<dd>Có</dd>", html);
        Assert.Contains("data-testid=\"detail-children-empty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Details_CountsTheUsersWithRolesThereAndLinksToThem()
    {
        var html = await (await GetAsync("huyen.chuse", "/units/23944")).Content.ReadAsStringAsync();

        // xa.iatiem and chutich.iatiem hold roles at the commune itself (the collaborator is at a village).
        Assert.Contains("href=\"/users?unit=23944\" data-testid=\"detail-users\">2 người dùng</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DetailsInEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("tinh");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/lang/en-US?returnUrl=/")).StatusCode);

        var html = await client.GetStringAsync("/units/633");

        Assert.Contains("Unit code", html, StringComparison.Ordinal);
        Assert.Contains("District level", html, StringComparison.Ordinal);
        Assert.Contains("Subordinate units", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mã đơn vị", html, StringComparison.Ordinal);
    }
}
