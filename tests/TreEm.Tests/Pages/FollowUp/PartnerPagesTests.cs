using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.FollowUp;

/// <summary>The partner agencies pages: managed by administrators and province or district officers within their scope.</summary>
public class PartnerPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Form(string name, string unit, PartnerKind kind = PartnerKind.CongAn) => new()
    {
        ["Input.Name"] = name,
        ["Input.Kind"] = kind.ToString(),
        ["Input.UnitCode"] = unit,
        ["Input.Phone"] = "0269 3850 113",
        ["Input.IsActive"] = "true",
    };

    [Fact]
    public async Task District_CreatesAnAgencyOfItsDistrict_ButNotOfAnother()
    {
        var district = await app.SignInAsync("huyen.chuse");
        var created = await district.PostFormAsync("/partners/create", Form("Hội Phụ nữ huyện Chư Sê", "633", PartnerKind.HoiPhuNu));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agency = await app.WithDbAsync(db => db.PartnerAgencies.AsNoTracking().Include(a => a.Unit).SingleAsync(a => a.Name == "Hội Phụ nữ huyện Chư Sê"));
        Assert.Equal("633", agency.Unit!.Code);
        Assert.Equal(PartnerKind.HoiPhuNu, agency.Kind);
        Assert.True(agency.IsActive);
        Assert.Contains("Hội Phụ nữ huyện Chư Sê", await district.GetStringAsync("/partners?q=hoi phu nu"), StringComparison.Ordinal);

        var refused = await district.PostFormAsync("/partners/create", Form("Hội Phụ nữ huyện Mang Yang", "629"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Không tìm thấy đơn vị có mã này trong phạm vi của bạn.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.PartnerAgencies.AnyAsync(a => a.Name == "Hội Phụ nữ huyện Mang Yang")));

        var other = await app.SignInAsync("huyen.mangyang");
        Assert.DoesNotContain("Hội Phụ nữ huyện Chư Sê", await other.GetStringAsync("/partners"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/partners/{Id(agency.Id)}/edit")).StatusCode);
    }

    [Fact]
    public async Task Edit_ChangesTheAgency_AndADeactivatedAgencyIsNoLongerOffered()
    {
        var agency = await app.CreateAgencyAsync("Trường Tiểu học Ia Tiêm", "23944", PartnerKind.TruongHoc);
        var c = await app.CreateFollowUpCaseAsync("23944");
        var province = await app.SignInAsync("tinh");
        var form = Form("Trường TH Ia Tiêm", "23944", PartnerKind.TruongHoc);
        // An unticked box posts only the hidden "false" the checkbox helper adds.
        form["Input.IsActive"] = "false";
        var response = await province.PostFormAsync($"/partners/{Id(agency.Id)}/edit", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.PartnerAgencies.AsNoTracking().SingleAsync(a => a.Id == agency.Id));
        Assert.Equal("Trường TH Ia Tiêm", saved.Name);
        Assert.False(saved.IsActive);

        var worker = await app.SignInAsync("xa.iatiem");
        Assert.DoesNotContain("Trường TH Ia Tiêm", await worker.GetStringAsync($"/cases/{Id(c.Id)}/refer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AssignAndUnassign_SetThePartnerUsersAgency()
    {
        var agency = await app.CreateAgencyAsync("Công an huyện Chư Sê (U)", "633");
        var admin = await app.SignInAsync("admin");
        var url = $"/partners/{Id(agency.Id)}/users";
        var page = await admin.GetStringAsync(url);
        Assert.Contains("congan.chuse", page, StringComparison.Ordinal);
        var userId = await app.UserIdAsync("congan.chuse");

        var assigned = await admin.PostFormAsync(url + "?handler=Assign", new() { ["UserId"] = userId }, url);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        Assert.Equal(agency.Id, await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PartnerAgencyId).SingleAsync()));

        // Unassigning needs the confirmation.
        var unconfirmed = await admin.PostFormAsync(url + "?handler=Unassign", new() { ["UserId"] = userId }, url);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(agency.Id, await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PartnerAgencyId).SingleAsync()));
        var confirmed = await admin.PostFormAsync(url + "?handler=Unassign", new() { ["UserId"] = userId, ["Confirm"] = "true" }, url);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PartnerAgencyId).SingleAsync()));

        // Only users holding the partner role can be attached.
        var worker = await app.UserIdAsync("xa.iatiem");
        var refused = await admin.PostFormAsync(url + "?handler=Assign", new() { ["UserId"] = worker }, url);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task PartnerPages_AreNotForCommuneUsersOrPartners()
    {
        foreach (var login in new[] { "xa.iatiem", "congan.chuse", "tongdai111" })
        {
            var client = await app.SignInAsync(login);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/partners")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/partners/create")).StatusCode);
        }
    }
}
