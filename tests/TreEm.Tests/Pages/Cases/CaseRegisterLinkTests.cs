using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Cases;

public class CaseRegisterLinkTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<CaseChild> CaseChildAsync(int caseId) =>
        app.WithDbAsync(db => db.CaseChildren.AsNoTracking().SingleAsync(x => x.CaseId == caseId));

    [Fact]
    public async Task Link_ProvisionalChild_FoundByNameWithoutMarks_IsLinkedToTheRecord()
    {
        var child = await app.CreateChildAsync("23944-03", "Rơ Châm Thị Hoài");
        var c = await app.CreateCaseAsync("23944", children: [new CaseChild { FullName = "Hoài", EstimatedAge = 7, Sex = CaseChildSex.Nu }]);
        var caseChild = await CaseChildAsync(c.Id);
        var url = $"/cases/{c.Id}/children/{caseChild.Id}/link";
        var client = await app.As("xa.iatiem");

        var search = await (await client.GetAsync(url + "?q=cham thi hoai")).TextAsync();
        Assert.Contains("Rơ Châm Thị Hoài", search, StringComparison.Ordinal);
        Assert.Contains("href=\"/children/register\"", search, StringComparison.Ordinal);

        var response = await client.PostFormAsync(url, new() { ["ChildId"] = Id(child.Id) }, getUrl: url + "?q=hoai");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var linked = await CaseChildAsync(c.Id);
        Assert.Equal(child.Id, linked.ChildId);
        Assert.Equal("Hoài", linked.FullName);
    }

    [Fact]
    public async Task Link_ChildOutsideTheUsersScope_IsRefused()
    {
        var elsewhere = await app.CreateChildAsync("23977", "Ksor Thị Hoài Xa");
        var c = await app.CreateCaseAsync("23944", children: [new CaseChild { FullName = "Hoài Xa", EstimatedAge = 7 }]);
        var caseChild = await CaseChildAsync(c.Id);
        var url = $"/cases/{c.Id}/children/{caseChild.Id}/link";
        var client = await app.As("xa.iatiem");

        Assert.DoesNotContain("Ksor Thị Hoài Xa", await (await client.GetAsync(url + "?q=hoai xa")).TextAsync(), StringComparison.Ordinal);
        var response = await client.PostFormAsync(url, new() { ["ChildId"] = Id(elsewhere.Id) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng chọn một trẻ em trong sổ theo dõi.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Null((await CaseChildAsync(c.Id)).ChildId);
    }

    [Fact]
    public async Task Classify_ConfirmedSexualAbuse_IsProposed_AndConfirmingPutsTheChildInGroupL()
    {
        var child = await app.CreateChildAsync("23944", "Nay Thị Hương");
        var c = await app.CreateCaseAsync("23944", forms: AbuseForm.XamHaiTinhDuc,
            children: [new CaseChild { ChildId = child.Id, FullName = "Nay Thị Hương", Sex = CaseChildSex.Nu }]);
        var client = await app.As("xa.iatiem");
        var caseChild = await CaseChildAsync(c.Id);
        var before = await (await client.GetAsync($"/cases/{c.Id}")).TextAsync();
        Assert.DoesNotContain("data-testid=\"proposal\"", before, StringComparison.Ordinal);

        await app.AssessAsync(c.Id, abuseConfirmed: true);
        var details = await (await client.GetAsync($"/cases/{c.Id}")).TextAsync();
        Assert.Contains("data-testid=\"proposal\"", details, StringComparison.Ordinal);
        var url = $"/cases/{c.Id}/children/{caseChild.Id}/classify";
        var response = await client.PostFormAsync(url, new() { ["Decision"] = "confirm" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var groups = await app.WithDbAsync(db => db.ChildClassifications.AsNoTracking()
            .Where(x => x.ChildId == child.Id && x.Kind == ClassificationKind.SpecialCircumstance).ToListAsync());
        var added = Assert.Single(groups);
        Assert.Equal("l", added.GroupCode);
        Assert.Equal($"Theo vụ việc {c.Code}", added.Note);
        Assert.NotNull((await CaseChildAsync(c.Id)).ClassificationDecidedAt);
        var after = await (await client.GetAsync($"/cases/{c.Id}")).TextAsync();
        Assert.DoesNotContain("data-testid=\"proposal\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Classify_Decline_SettlesTheProposalWithoutClassifying()
    {
        var child = await app.CreateChildAsync("23944", "Kpă Thị Bích");
        var c = await app.CreateCaseAsync("23944", forms: AbuseForm.BaoLuc, children: [new CaseChild { ChildId = child.Id }]);
        await app.AssessAsync(c.Id, abuseConfirmed: true);
        var caseChild = await CaseChildAsync(c.Id);

        var response = await (await app.As("xa.iatiem")).PostFormAsync($"/cases/{c.Id}/children/{caseChild.Id}/classify", new() { ["Decision"] = "decline" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ChildClassifications.AnyAsync(x => x.ChildId == child.Id)));
        Assert.NotNull((await CaseChildAsync(c.Id)).ClassificationDecidedAt);
    }

    [Fact]
    public async Task Classify_AbuseNotConfirmed_ProposesNothing()
    {
        var child = await app.CreateChildAsync("23944", "Ksor Văn Tâm");
        var c = await app.CreateCaseAsync("23944", forms: AbuseForm.XamHaiTinhDuc, children: [new CaseChild { ChildId = child.Id }]);
        await app.AssessAsync(c.Id, abuseConfirmed: false);
        var caseChild = await CaseChildAsync(c.Id);
        var client = await app.As("xa.iatiem");

        var details = await (await client.GetAsync($"/cases/{c.Id}")).TextAsync();
        var page = await client.GetAsync($"/cases/{c.Id}/children/{caseChild.Id}/classify");

        Assert.DoesNotContain("data-testid=\"proposal\"", details, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal($"/cases/{c.Id}", page.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChildPage_ListsTheCase_ForAWorkerWhoSeesIt_NotForAVillageCollaboratorWhoCannot()
    {
        var child = await app.CreateChildAsync("23944-01", "Rơ Mah Thị Yến");
        var c = await app.CreateCaseAsync("23944", children: [new CaseChild { ChildId = child.Id }]);

        var worker = await (await (await app.As("xa.iatiem")).GetAsync($"/children/{child.Id}")).TextAsync();
        var collaborator = await (await app.As("ctv.iatiem")).GetAsync($"/children/{child.Id}");

        Assert.Contains("data-testid=\"child-cases\"", worker, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cases/{c.Id}\"", worker, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, collaborator.StatusCode);
        var html = await collaborator.TextAsync();
        Assert.DoesNotContain("data-testid=\"child-cases\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(c.Code, html, StringComparison.Ordinal);
    }
}
