using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Security;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.FollowUp;

/// <summary>
/// Who finds which case (the one scoping function with real scopes) and what the pages of this feature show them:
/// partners only the cases referred to them, the hotline only its intakes, no list any narrative.
/// </summary>
public class CaseProtectionTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A case the user can see but not act on: sent to the forbidden page (not 404).</summary>
    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    private Task<List<int>> VisibleAsync(UserScope scope, params int[] ids) =>
        app.WithDbAsync(db => db.Cases.VisibleTo(scope).Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync());

    [Fact]
    public async Task Partner_FindsOnlyTheCasesReferredToTheirAgency()
    {
        var agency = await app.CreateAgencyAsync("Công an huyện Chư Sê (P)", "633");
        var referred = await app.CreateFollowUpCaseAsync("23944");
        var sameDistrict = await app.CreateFollowUpCaseAsync("23944");
        await app.CreateReferralAsync(referred.Id, agency.Id);
        var partnerId = await app.UserIdAsync("congan.chuse");

        var scope = new UserScope(partnerId, [(Role.Partner, "/64/633/")]) { PartnerAgencyId = agency.Id };
        Assert.Equal([referred.Id], await VisibleAsync(scope, referred.Id, sameDistrict.Id));
        Assert.Equal(CaseView.Partner, CaseAccess.ViewOf(scope, "/64/633/23944/", null, [agency.Id]));
        Assert.False(CaseAccess.CanWork(scope, "/64/633/23944/"));
        var unattached = new UserScope(partnerId, [(Role.Partner, "/64/633/")]);
        Assert.Empty(await VisibleAsync(unattached, referred.Id, sameDistrict.Id));

        await app.AttachPartnerAsync("congan.chuse", agency.Id);
        var partner = await app.SignInAsync("congan.chuse");
        // The partner may see the referred case but not act on it; the other case does not exist for them.
        AssertForbidden(await partner.GetAsync($"/cases/{Id(referred.Id)}/refer"));
        Assert.Equal(HttpStatusCode.NotFound, (await partner.GetAsync($"/cases/{Id(sameDistrict.Id)}/refer")).StatusCode);
    }

    [Fact]
    public async Task Hotline_FindsOnlyItsOwnIntakes_WithTheStatusView()
    {
        var own = await app.CreateFollowUpCaseAsync("23944", createdBy: "tongdai111");
        var others = await app.CreateFollowUpCaseAsync("23944");
        var hotlineId = await app.UserIdAsync("tongdai111");

        var scope = new UserScope(hotlineId, [(Role.Hotline, "/64/")]);
        Assert.Equal([own.Id], await VisibleAsync(scope, own.Id, others.Id));
        Assert.Equal(CaseView.Status, CaseAccess.ViewOf(scope, "/64/633/23944/", hotlineId, []));
        Assert.Equal(CaseView.None, CaseAccess.ViewOf(scope, "/64/633/23944/", "someone-else", []));

        var hotline = await app.SignInAsync("tongdai111");
        AssertForbidden(await hotline.GetAsync($"/cases/{Id(own.Id)}/refer"));
        Assert.Equal(HttpStatusCode.NotFound, (await hotline.GetAsync($"/cases/{Id(others.Id)}/refer")).StatusCode);
    }

    [Fact]
    public async Task CommuneWorker_DoesNotFindTheCasesOfAnotherCommune()
    {
        var iaKo = await app.CreateFollowUpCaseAsync("23977", createdBy: "xa.iako");
        var worker = await app.SignInAsync("xa.iatiem");
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/cases/{Id(iaKo.Id)}/refer")).StatusCode);
    }

    [Fact]
    public async Task Lists_NeverShowTheNarrative()
    {
        var me = await app.UserIdAsync("xa.iatiem");
        var agency = await app.CreateAgencyAsync("Công an huyện Chư Sê (L)", "633");
        var c = await app.CreateFollowUpCaseAsync("23944", receivedHoursAgo: 13, steps: FollowUpTestData.ToApprovedPlan(me, "Thăm nhà"));
        var late = await app.CreateFollowUpCaseAsync("23944", receivedHoursAgo: 13);
        await app.CreateReferralAsync(c.Id, agency.Id);
        await app.AttachPartnerAsync("congan.chuse", agency.Id);
        await app.WithDbAsync(db => Web.Hosting.CaseDeadlineJob.EscalateAsync(db, app.Clock.GetUtcNow().UtcDateTime, null, default));

        var pages = new (string Login, string Url, int CaseId)[]
        {
            ("xa.iatiem", "/tasks", late.Id),
            ("huyen.chuse", "/cases/overdue", late.Id),
            ("huyen.chuse", "/notifications", late.Id),
            ("tinh", "/cases/overdue", late.Id),
            ("congan.chuse", "/referrals", c.Id),
            ("huyen.chuse", "/partners", 0),
            ("admin", "/partners", 0),
        };
        foreach (var (login, url, caseId) in pages)
        {
            var client = await app.SignInAsync(login);
            var html = await client.GetStringAsync(url);
            if (caseId > 0) Assert.Contains(Case.CodeOf(caseId), html, StringComparison.Ordinal);
            Assert.DoesNotContain(FollowUpTestData.Narrative, html, StringComparison.Ordinal);
            Assert.DoesNotContain("Cha dượng", html, StringComparison.Ordinal);
        }
    }
}
