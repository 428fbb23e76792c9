using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.FollowUp;

/// <summary>Referrals with consent (or an audited override) and the partner agency's side of them.</summary>
public class ReferralTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<List<Referral>> ReferralsOfAsync(int caseId) =>
        app.WithDbAsync(db => db.Referrals.AsNoTracking().Include(r => r.Actions).Where(r => r.CaseId == caseId).ToListAsync());

    private static Dictionary<string, string> Form(int agencyId, int version, bool consent, string? overrideReason = null) => new()
    {
        ["Input.Version"] = Id(version),
        ["Input.AgencyId"] = Id(agencyId),
        ["Input.Request"] = "Đề nghị công an xác minh và bảo vệ an toàn cho trẻ",
        ["Input.ConsentGiven"] = consent ? "true" : "false",
        ["Input.ConsentBy"] = consent ? nameof(ConsentGiver.ChaMe) : "",
        ["Input.ConsentNote"] = consent ? "Mẹ đồng ý, ký biên bản" : "",
        ["Input.OverrideReason"] = overrideReason ?? "",
    };

    [Fact]
    public async Task ReferralWithoutConsent_ByACommuneWorker_IsRefused()
    {
        var agency = await app.CreateAgencyAsync("Công an huyện Chư Sê (A)", "633");
        var c = await app.CreateFollowUpCaseAsync("23944");
        var worker = await app.SignInAsync("xa.iatiem");

        var url = $"/cases/{Id(c.Id)}/refer";
        var response = await worker.PostFormAsync(url, Form(agency.Id, c.Version, consent: false, "Trẻ đang gặp nguy hiểm"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Cần có sự đồng ý của trẻ em hoặc cha mẹ, người chăm sóc", page, StringComparison.Ordinal);
        // What was typed is kept.
        Assert.Contains("Đề nghị công an xác minh", page, StringComparison.Ordinal);
        Assert.Empty(await ReferralsOfAsync(c.Id));
    }

    [Fact]
    public async Task ReferralWithConsent_IsSaved_AndMovesTheCaseVersion()
    {
        var agency = await app.CreateAgencyAsync("Công an huyện Chư Sê (B)", "633");
        var c = await app.CreateFollowUpCaseAsync("23944");
        var worker = await app.SignInAsync("xa.iatiem");

        var form = await worker.GetStringAsync($"/cases/{Id(c.Id)}/refer");
        Assert.Contains("Công an huyện Chư Sê (B)", form, StringComparison.Ordinal);
        var response = await worker.PostFormAsync($"/cases/{Id(c.Id)}/refer", Form(agency.Id, c.Version, consent: true));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var r = Assert.Single(await ReferralsOfAsync(c.Id));
        Assert.True(r.ConsentGiven);
        Assert.Equal(ConsentGiver.ChaMe, r.ConsentBy);
        Assert.Null(r.OverrideReason);
        Assert.Equal(ReferralStatus.DaChuyen, r.Status);
        Assert.Equal(await app.UserIdAsync("xa.iatiem"), r.ReferredByUserId);
        var saved = await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.True(saved.Version > c.Version);

        // A form loaded before is now stale: the second referral is not saved and the conflict is shown.
        var stale = await worker.PostFormAsync($"/cases/{Id(c.Id)}/refer", Form(agency.Id, c.Version, consent: true));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Vụ việc vừa được người khác cập nhật", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await ReferralsOfAsync(c.Id));
    }

    [Fact]
    public async Task ReferralWithoutConsent_ByTheDistrictWithAReason_IsSavedAndAudited()
    {
        var agency = await app.CreateAgencyAsync("Công an huyện Chư Sê (C)", "633");
        var c = await app.CreateFollowUpCaseAsync("23944");
        var district = await app.SignInAsync("huyen.chuse");

        var noReason = await district.PostFormAsync($"/cases/{Id(c.Id)}/refer", Form(agency.Id, c.Version, consent: false));
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Empty(await ReferralsOfAsync(c.Id));

        var response = await district.PostFormAsync($"/cases/{Id(c.Id)}/refer", Form(agency.Id, c.Version, consent: false, "Trẻ đang bị đe dọa, cha mẹ là người gây hại"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var r = Assert.Single(await ReferralsOfAsync(c.Id));
        Assert.False(r.ConsentGiven);
        Assert.Equal("Trẻ đang bị đe dọa, cha mẹ là người gây hại", r.OverrideReason);

        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == nameof(Referral) && a.Key == Id(r.Id) && a.Action == AuditAction.Insert));
        Assert.Equal("Chuyển tuyến không có sự đồng ý: Trẻ đang bị đe dọa, cha mẹ là người gây hại", audit.Reason);
        Assert.Equal("huyen.chuse", audit.UserName);
    }

    [Fact]
    public async Task AgencyOfAnotherDistrict_IsNotOffered_AndIsRefused()
    {
        var agency = await app.CreateAgencyAsync("Công an huyện Mang Yang", "629");
        var c = await app.CreateFollowUpCaseAsync("23944");
        var worker = await app.SignInAsync("xa.iatiem");

        Assert.DoesNotContain("Công an huyện Mang Yang", await worker.GetStringAsync($"/cases/{Id(c.Id)}/refer"), StringComparison.Ordinal);
        var response = await worker.PostFormAsync($"/cases/{Id(c.Id)}/refer", Form(agency.Id, c.Version, consent: true));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await ReferralsOfAsync(c.Id));
    }

    [Fact]
    public async Task Partner_SeesTheReferredCase_RecordsAnAction_AndAnotherAgencysUserGets404()
    {
        var agency = await app.CreateAgencyAsync("Công an huyện Chư Sê (D)", "633");
        var otherAgency = await app.CreateAgencyAsync("Trạm y tế xã Ia Tiêm", "23944", PartnerKind.YTe);
        var c = await app.CreateFollowUpCaseAsync("23944", childName: "Kpă Thị Hoa");
        var r = await app.CreateReferralAsync(c.Id, agency.Id);
        await app.AttachPartnerAsync("congan.chuse", agency.Id);

        var partner = await app.SignInAsync("congan.chuse");
        var list = await partner.GetStringAsync("/referrals");
        Assert.Contains($"data-referral-id=\"{Id(r.Id)}\"", list, StringComparison.Ordinal);
        Assert.Contains(c.Code, list, StringComparison.Ordinal);
        Assert.Contains("Kpă Thị Hoa", list, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUpTestData.Narrative, list, StringComparison.Ordinal);

        var details = await partner.GetStringAsync($"/referrals/{Id(r.Id)}");
        Assert.Contains("Đề nghị xác minh, bảo vệ an toàn cho trẻ", details, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUpTestData.Narrative, details, StringComparison.Ordinal);
        Assert.DoesNotContain("Cha dượng", details, StringComparison.Ordinal);

        var response = await partner.PostFormAsync($"/referrals/{Id(r.Id)}", new()
        {
            ["Input.Text"] = "Đã xác minh tại nhà, lập biên bản",
            ["Input.Status"] = nameof(ReferralStatus.DaTiepNhan),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = Assert.Single(await ReferralsOfAsync(c.Id));
        Assert.Equal(ReferralStatus.DaTiepNhan, saved.Status);
        var action = Assert.Single(saved.Actions);
        Assert.Equal("Đã xác minh tại nhà, lập biên bản", action.Text);
        Assert.Equal("Công an huyện Chư Sê", action.UserName);

        // The same user, now of another agency, finds nothing of it.
        await app.AttachPartnerAsync("congan.chuse", otherAgency.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/referrals/{Id(r.Id)}")).StatusCode);
        Assert.DoesNotContain($"data-referral-id=\"{Id(r.Id)}\"", await partner.GetStringAsync("/referrals"), StringComparison.Ordinal);
        var post = await partner.PostFormAsync($"/referrals/{Id(r.Id)}", new() { ["Input.Text"] = "Ghi nhầm" }, "/referrals");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Single((await ReferralsOfAsync(c.Id))[0].Actions);
    }

    [Fact]
    public async Task ReferralPages_AreNotForUsersWithoutAnAgency()
    {
        var worker = await app.SignInAsync("xa.iatiem");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync("/referrals")).StatusCode);
        var hotline = await app.SignInAsync("tongdai111");
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.GetAsync("/referrals")).StatusCode);
    }
}
