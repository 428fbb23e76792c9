using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Plans;

/// <summary>A district's plan derived from the province's: copy, parent, own number and date; who may derive.</summary>
public class PlanDeriveTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> Form(string unit, string number, string date = "02/04/2021") => new()
    {
        ["Input.UnitCode"] = unit, ["Input.Number"] = number, ["Input.IssuedOn"] = date, ["Input.Title"] = "",
    };

    [Fact]
    public async Task Derive_DistrictOfficer_CopiesTitleTasksAndTargets_WithParentAndOwnNumber()
    {
        var province = await app.CreatePlanAsync("64", 2019, "19/KH-TINH", "Kế hoạch tỉnh năm 2019");
        var client = await app.As("huyen.chuse");

        var form = Form("633", "7/KH-CHUSE-2019", "05/04/2019");
        var response = await client.PostFormAsync($"/plans/{province.Id}/derive", form, $"/plans/{province.Id}/derive?unit=633");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var derived = await app.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Targets).Include(p => p.Unit)
            .SingleAsync(p => p.Number == "7/KH-CHUSE-2019"));
        Assert.Equal("/plans/" + derived.Id.ToString(CultureInfo.InvariantCulture), response.Headers.Location!.OriginalString);
        Assert.Equal("633", derived.Unit!.Code);
        Assert.Equal(province.Id, derived.ParentPlanId);
        Assert.Equal(2019, derived.Year);
        Assert.Equal(new DateOnly(2019, 4, 5), derived.IssuedOn);
        Assert.Equal("Kế hoạch tỉnh năm 2019", derived.Title);
        Assert.Equal(province.Tasks, derived.Tasks);
        Assert.StartsWith("Kế hoạch số 19/KH-TINH ngày 18/03/2019", derived.LegalBases, StringComparison.Ordinal);
        Assert.Equal(province.Targets.OrderBy(t => t.Order).Select(t => (t.IndicatorCode, t.Comparator, t.Value)),
            derived.Targets.OrderBy(t => t.Order).Select(t => (t.IndicatorCode, t.Comparator, t.Value)));
        Assert.Equal("huyen.chuse", derived.CreatedBy);

        var details = await (await client.GetAsync($"/plans/{derived.Id}")).TextAsync();
        Assert.Contains("data-testid=\"parent-plan\"", details, StringComparison.Ordinal);
        var parentPage = await (await client.GetAsync($"/plans/{province.Id}")).TextAsync();
        Assert.Contains("7/KH-CHUSE-2019", parentPage, StringComparison.Ordinal);

        // A second plan of the same district and year is refused.
        var again = await (await client.PostFormAsync($"/plans/{province.Id}/derive", Form("633", "8/KH-CHUSE-2019", "06/04/2019"))).TextAsync();
        Assert.Contains("Đơn vị này đã có kế hoạch năm 2019 (số 7/KH-CHUSE-2019).", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Derive_ForADistrictOutsideTheScope_IsRefused()
    {
        var province = await app.CreatePlanAsync("64", 2018, "18/KH-TINH");
        var client = await app.As("huyen.chuse");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/plans/{province.Id}/derive?unit=629")).StatusCode);
        var html = await (await client.PostFormAsync($"/plans/{province.Id}/derive", Form("629", "1/KH-MY-2018", "05/04/2018"))).TextAsync();
        Assert.Contains("Đơn vị không có, không thuộc đơn vị ban hành kế hoạch này hoặc ngoài phạm vi của bạn.", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Number == "1/KH-MY-2018")));
    }

    [Fact]
    public async Task Derive_WithoutPlanWrite_Returns403_AndPlanOutOfScope_Returns404()
    {
        var province = await app.CreatePlanAsync("64", 2017, "17/KH-TINH");
        var chuSe = await app.CreatePlanAsync("633", 2017, "17/KH-CHUSE", parentId: province.Id);

        AssertForbidden(await (await app.As("lanhdao")).GetAsync($"/plans/{province.Id}/derive"));
        AssertForbidden(await (await app.As("xa.iatiem")).GetAsync($"/plans/{chuSe.Id}/derive"));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("huyen.mangyang")).GetAsync($"/plans/{chuSe.Id}/derive")).StatusCode);
    }

    [Fact]
    public async Task Derive_ProvinceOfficer_ForAnyDistrict_AndDateBeforeTheParentIsRefused()
    {
        var province = await app.CreatePlanAsync("64", 2016, "16/KH-TINH");
        var client = await app.As("tinh");

        var early = await (await client.PostFormAsync($"/plans/{province.Id}/derive", Form("629", "3/KH-MY-2016", "01/01/2016"))).TextAsync();
        Assert.Contains("Kế hoạch của đơn vị không thể ban hành trước kế hoạch cấp trên (18/03/2016).", early, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/plans/{province.Id}/derive", Form("629", "3/KH-MY-2016", "20/03/2016"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var derived = await app.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Unit).SingleAsync(p => p.Number == "3/KH-MY-2016"));
        Assert.Equal("629", derived.Unit!.Code);
        Assert.Equal(province.Id, derived.ParentPlanId);
    }

    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }
}
