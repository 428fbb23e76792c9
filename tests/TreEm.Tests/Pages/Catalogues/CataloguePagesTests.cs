using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Catalogues;

/// <summary>The read-only catalogues page and the administrator's at-risk catalogue pages.</summary>
public class CataloguePagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> NewSituation(string code, string name, string nameEn) => new()
    {
        ["Input.Code"] = code, ["Input.Name"] = name, ["Input.NameEn"] = nameEn,
    };

    private Task<AtRiskSituation?> FindAsync(string code) =>
        app.WithDbAsync(db => db.AtRiskSituations.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code));

    [Fact]
    public async Task Catalogues_AnySignedInUser_SeesTheGroupsWithSubgroupsAndThe54Ethnicities()
    {
        var client = await app.SignInAsync("ctv.iatiem");
        var html = await client.GetStringAsync("/catalogues");
        Assert.Equal(14, CountOf(html, "data-testid=\"group-row\""));
        Assert.Contains("Trẻ em khuyết tật", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"đ\"", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"a.3\"", html, StringComparison.Ordinal);
        Assert.Equal(54, CountOf(html, "data-testid=\"ethnicity-row\""));
        Assert.Contains("Gia-rai", html, StringComparison.Ordinal);
        Assert.Contains("Rơ-măm", html, StringComparison.Ordinal);
        Assert.Contains("data-code=\"NC05\"", html, StringComparison.Ordinal);
        // Only administrators are offered the catalogue administration.
        Assert.DoesNotContain("data-testid=\"manage-at-risk\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"manage-at-risk\"", await (await app.SignInAsync("admin")).GetStringAsync("/catalogues"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogues_InEnglish_ShowsTheEnglishNames()
    {
        var client = await app.SignInAsync("tinh");
        await client.GetAsync("/lang/en-US?returnUrl=/catalogues");
        var html = await client.GetStringAsync("/catalogues");
        Assert.Contains("With disabilities", html, StringComparison.Ordinal);
        Assert.Contains("Left behind by migrant parents", html, StringComparison.Ordinal);
        Assert.Contains("Groups of children in special circumstances", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogues_Anonymous_IsSentToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/catalogues");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AtRiskPages_NonAdministrator_AreForbidden()
    {
        var client = await app.SignInAsync("tinh");
        foreach (var url in new[] { "/catalogues/at-risk", "/catalogues/at-risk/create", "/catalogues/at-risk/NC03/edit", "/catalogues/at-risk/NC03/deactivate", "/catalogues/at-risk/NC03/reactivate" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
        }
        var post = await client.PostFormAsync("/catalogues/at-risk/create", NewSituation("NC90", "Tình huống lạ", "Odd"), getUrl: "/catalogues");
        Assert.Equal("/loi/403", post.Headers.Location!.AbsolutePath);
        Assert.Null(await FindAsync("NC90"));
    }

    [Fact]
    public async Task List_ShowsEveryEntryWithItsStatus_AndSearchIgnoresDiacritics()
    {
        var admin = await app.SignInAsync("admin");
        var html = await admin.GetStringAsync("/catalogues/at-risk");
        Assert.True(CountOf(html, "data-testid=\"at-risk-row\"") >= 11);
        Assert.Contains("data-code=\"NC11\" data-active=\"true\"", html, StringComparison.Ordinal);

        var found = await admin.GetStringAsync("/catalogues/at-risk?q=ly+hon");
        Assert.Equal(1, CountOf(found, "data-testid=\"at-risk-row\""));
        Assert.Contains("Trẻ em có cha mẹ ly hôn, ly thân", found, StringComparison.Ordinal);

        var none = await admin.GetStringAsync("/catalogues/at-risk?q=khong+co+gi+nhu+the");
        Assert.Contains("data-testid=\"empty\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_AddsAnActiveEntryAtTheEnd_AndAuditsIt()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/catalogues/at-risk/create",
            NewSituation("nc12", "Trẻ em sống ở vùng thường xuyên xảy ra thiên tai", "Living in a disaster-prone area"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/catalogues/at-risk", response.Headers.Location!.OriginalString);

        var created = await FindAsync("NC12");
        Assert.NotNull(created);
        Assert.True(created.IsActive);
        Assert.Equal("Living in a disaster-prone area", created.NameEn);
        Assert.True(created.SortOrder > 11);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == nameof(AtRiskSituation) && a.Key == "NC12"));
        Assert.Equal(AuditAction.Insert, audit.Action);
        Assert.Equal("admin", audit.UserName);
        Assert.Contains("data-code=\"NC12\"", await admin.GetStringAsync("/catalogues"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_DuplicateCodeOrName_ShowsVietnameseErrorAndKeepsInput()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/catalogues/at-risk/create", NewSituation("NC03", "Tình huống mới hoàn toàn", "Brand new"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Mã NC03 đã có trong danh mục.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Tình huống mới hoàn toàn\"", html, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.AtRiskSituations.FirstOrDefaultAsync(a => a.Name == "Tình huống mới hoàn toàn")));

        var sameName = await admin.PostFormAsync("/catalogues/at-risk/create", NewSituation("NC77", "TRẺ EM LAO ĐỘNG SỚM", "Working early"));
        Assert.Contains("Đã có tình huống mang tên này.", await sameName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await FindAsync("NC77"));
    }

    [Theory]
    [InlineData("N", "Mã gồm 2 đến 16 chữ cái không dấu")]
    [InlineData("NC 13!", "Mã gồm 2 đến 16 chữ cái không dấu")]
    [InlineData("", "Vui lòng nhập mã tình huống.")]
    public async Task Create_BadCode_IsRefused(string code, string message)
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/catalogues/at-risk/create", NewSituation(code, "Tình huống thử mã " + code, "Code test"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.AtRiskSituations.AnyAsync(a => a.NameEn == "Code test")));
    }

    [Fact]
    public async Task Edit_ChangesTheNames_AndKeepsTheCode()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostFormAsync("/catalogues/at-risk/NC10/edit", new()
        {
            ["Input.Name"] = "Trẻ em từng bị tai nạn, thương tích (kể cả đuối nước)", ["Input.NameEn"] = "Had an accident or injury (including drowning)",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var edited = await FindAsync("NC10");
        Assert.Equal("Trẻ em từng bị tai nạn, thương tích (kể cả đuối nước)", edited!.Name);
        Assert.Equal("Had an accident or injury (including drowning)", edited.NameEn);

        var empty = await admin.PostFormAsync("/catalogues/at-risk/NC10/edit", new() { ["Input.Name"] = "", ["Input.NameEn"] = "x" });
        Assert.Contains("Vui lòng nhập tên tình huống.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_UnknownCode_Returns404()
    {
        var admin = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/catalogues/at-risk/KHONGCO/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/catalogues/at-risk/KHONGCO/deactivate")).StatusCode);
    }

    [Fact]
    public async Task Deactivate_NeedsConfirmation_ThenRetiresTheEntry_ClassificationsKeepTheCode_AndReactivateBringsItBack()
    {
        var child = await app.CreateChildAsync("23944-02", "Rơ Châm H'Lan");
        await app.WithDbAsync(async db =>
        {
            db.ChildClassifications.Add(new ChildClassification { ChildId = child.Id, Kind = ClassificationKind.AtRisk, AtRiskCode = "NC06", StartDate = new DateOnly(2025, 3, 1) });
            await db.SaveChangesAsync();
        });
        var admin = await app.SignInAsync("admin");
        var page = await admin.GetStringAsync("/catalogues/at-risk/NC06/deactivate");
        Assert.Contains("1 trẻ đang được phân loại theo tình huống này", page, StringComparison.Ordinal);

        var unconfirmed = await admin.PostFormAsync("/catalogues/at-risk/NC06/deactivate", new() { ["Input.Reason"] = "Gộp vào NC03" });
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vui lòng đánh dấu ô xác nhận.", await unconfirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await FindAsync("NC06"))!.IsActive);

        var confirmed = await admin.PostFormAsync("/catalogues/at-risk/NC06/deactivate", new() { ["Input.Reason"] = "Gộp vào NC03", ["Input.Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False((await FindAsync("NC06"))!.IsActive);
        Assert.Equal("NC06", await app.WithDbAsync(db => db.ChildClassifications.Where(x => x.ChildId == child.Id).Select(x => x.AtRiskCode).SingleAsync()));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == nameof(AtRiskSituation) && a.Key == "NC06" && a.Action == AuditAction.Update));
        Assert.Equal("Gộp vào NC03", audit.Reason);

        var list = await admin.GetStringAsync("/catalogues/at-risk?status=inactive");
        Assert.Contains("data-code=\"NC06\" data-active=\"false\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-code=\"NC06\"", await admin.GetStringAsync("/catalogues"), StringComparison.Ordinal);

        var back = await admin.PostFormAsync("/catalogues/at-risk/NC06/reactivate", []);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.True((await FindAsync("NC06"))!.IsActive);
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
