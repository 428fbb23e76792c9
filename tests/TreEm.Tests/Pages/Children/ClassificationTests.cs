using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

public class ClassificationTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string AddUrl(int id) => $"/children/{id}/classifications/add";
    private static string EndUrl(int id, int cid) => $"/children/{id}/classifications/{cid}/end";

    private static Dictionary<string, string> Add(string kind, string group = "", string subgroup = "", string atRisk = "",
        string start = "01/10/2026", string note = "") => new()
    {
        ["Input.Kind"] = kind, ["Input.GroupCode"] = group, ["Input.SubgroupCode"] = subgroup, ["Input.AtRiskCode"] = atRisk,
        ["Input.StartDate"] = start, ["Input.Note"] = note,
    };

    private Task<List<ChildClassification>> ClassificationsAsync(int childId) =>
        app.WithDbAsync(db => db.ChildClassifications.AsNoTracking().Where(x => x.ChildId == childId).OrderBy(x => x.Id).ToListAsync());

    [Fact]
    public async Task Add_GroupWithSubgroup_IsShownAsCurrent()
    {
        var child = await app.CreateChildAsync("23944", "Rơ Mah Mồ Côi");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(AddUrl(child.Id), Add("SpecialCircumstance", "a", "a.3", note: "Sống với bà nội"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var x = Assert.Single(await ClassificationsAsync(child.Id));
        Assert.Equal(ClassificationKind.SpecialCircumstance, x.Kind);
        Assert.Equal("a", x.GroupCode);
        Assert.Equal("a.3", x.SubgroupCode);
        Assert.Equal(new DateOnly(2026, 10, 1), x.StartDate);
        Assert.Null(x.EndDate);
        var html = await (await client.GetAsync($"/children/{child.Id}")).TextAsync();
        var current = html[html.IndexOf("classifications-current", StringComparison.Ordinal)..];
        Assert.Contains("Trẻ em mồ côi cả cha và mẹ", current, StringComparison.Ordinal);
        Assert.Contains("Mồ côi cả cha và mẹ, sống với người thân thích", current, StringComparison.Ordinal);
        Assert.Contains("Sống với bà nội", current, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_AtRiskSituation_IsSaved()
    {
        var child = await app.CreateChildAsync("23944", "Ksor Văn Nguy Cơ");

        var response = await (await app.As("xa.iatiem")).PostFormAsync(AddUrl(child.Id), Add("AtRisk", atRisk: "NC05"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var x = Assert.Single(await ClassificationsAsync(child.Id));
        Assert.Equal(ClassificationKind.AtRisk, x.Kind);
        Assert.Equal("NC05", x.AtRiskCode);
        Assert.Null(x.GroupCode);
    }

    [Fact]
    public async Task Add_SubgroupOfAnotherGroup_IsRefused()
    {
        var child = await app.CreateChildAsync("23944", "Siu Thị Lệch Nhóm");

        var response = await (await app.As("xa.iatiem")).PostFormAsync(AddUrl(child.Id), Add("SpecialCircumstance", "b", "a.1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nhóm nhỏ không thuộc nhóm đã chọn.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(await ClassificationsAsync(child.Id));
    }

    [Fact]
    public async Task Add_TheSameGroupWhileItIsOpen_IsRefused()
    {
        var child = await app.CreateChildAsync("23944", "Nay Văn Hai Lần");
        await app.AddSpecialCircumstanceAsync(child.Id, "đ", new DateOnly(2024, 3, 1));

        var response = await (await app.As("xa.iatiem")).PostFormAsync(AddUrl(child.Id), Add("SpecialCircumstance", "đ"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Trẻ đang có phân loại này (từ ngày 01/03/2024). Hãy kết thúc phân loại đó trước khi thêm lại.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Single(await ClassificationsAsync(child.Id));
    }

    [Fact]
    public async Task Add_InactiveAtRiskSituation_IsNeitherOfferedNorAccepted()
    {
        await app.WithDbAsync(async db =>
        {
            var nc11 = await db.AtRiskSituations.SingleAsync(a => a.Code == "NC11");
            nc11.IsActive = false;
            await db.SaveChangesAsync();
        });
        var child = await app.CreateChildAsync("23944", "Hờ Thị Danh Mục");
        var client = await app.As("xa.iatiem");

        var page = await (await client.GetAsync(AddUrl(child.Id))).TextAsync();
        var response = await client.PostFormAsync(AddUrl(child.Id), Add("AtRisk", atRisk: "NC11"));

        Assert.Contains("value=\"NC10\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"NC11\"", page, StringComparison.Ordinal);
        Assert.Contains("Vui lòng chọn tình huống có nguy cơ.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Empty(await ClassificationsAsync(child.Id));
    }

    [Fact]
    public async Task End_SetsTheEndDate_TheClassificationBecomesPast_AndTheReasonIsAudited()
    {
        var child = await app.CreateChildAsync("23944", "Kpă Văn Kết Thúc");
        await app.AddSpecialCircumstanceAsync(child.Id, "h", new DateOnly(2025, 9, 1));
        var x = Assert.Single(await ClassificationsAsync(child.Id));
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync(EndUrl(child.Id, x.Id), new() { ["Input.EndDate"] = "15/11/2026", ["Input.Reason"] = "Đã đi học lại" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 15), Assert.Single(await ClassificationsAsync(child.Id)).EndDate);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == nameof(ChildClassification) && a.Key == x.Id.ToString(CultureInfo.InvariantCulture) && a.Action == AuditAction.Update));
        Assert.Equal("Đã đi học lại", audit.Reason);
        Assert.Equal("xa.iatiem", audit.UserName);
        var html = await (await client.GetAsync($"/children/{child.Id}")).TextAsync();
        Assert.Contains("data-testid=\"classifications-past\"", html, StringComparison.Ordinal);
        Assert.Contains("15/11/2026", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"classifications-empty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_BeforeTheStartDate_IsRefused()
    {
        var child = await app.CreateChildAsync("23944", "Rơ Chăm Ngược");
        await app.AddSpecialCircumstanceAsync(child.Id, "k", new DateOnly(2026, 6, 1));
        var x = Assert.Single(await ClassificationsAsync(child.Id));

        var response = await (await app.As("xa.iatiem")).PostFormAsync(EndUrl(child.Id, x.Id), new() { ["Input.EndDate"] = "31/05/2026", ["Input.Reason"] = "Nhập nhầm" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ngày kết thúc không được trước ngày bắt đầu (01/06/2026).", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await ClassificationsAsync(child.Id)).EndDate);
    }

    [Fact]
    public async Task End_WithoutReason_IsRefused()
    {
        var child = await app.CreateChildAsync("23944", "Ksor Thị Không Lý Do");
        await app.AddSpecialCircumstanceAsync(child.Id, "c");
        var x = Assert.Single(await ClassificationsAsync(child.Id));

        var response = await (await app.As("xa.iatiem")).PostFormAsync(EndUrl(child.Id, x.Id), new() { ["Input.EndDate"] = "30/11/2026", ["Input.Reason"] = "" });

        Assert.Contains("Vui lòng nhập lý do.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Null(Assert.Single(await ClassificationsAsync(child.Id)).EndDate);
    }

    [Fact]
    public async Task Classification_OfAChildOutsideTheWriteScope_Returns404()
    {
        var child = await app.CreateChildAsync("23977", "Nay Thị Xã Khác");
        await app.AddSpecialCircumstanceAsync(child.Id, "d");
        var x = Assert.Single(await ClassificationsAsync(child.Id));

        var iatiem = await app.As("xa.iatiem");
        Assert.Equal(HttpStatusCode.NotFound, (await iatiem.GetAsync(AddUrl(child.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iatiem.GetAsync(EndUrl(child.Id, x.Id))).StatusCode);
        var inspector = await app.As("thanhtra");
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.GetAsync(AddUrl(child.Id))).StatusCode);
        // A classification of another child is not reachable through this child's address.
        var own = await app.CreateChildAsync("23944", "Siu Văn Đường Vòng");
        Assert.Equal(HttpStatusCode.NotFound, (await iatiem.GetAsync(EndUrl(own.Id, x.Id))).StatusCode);
    }
}
