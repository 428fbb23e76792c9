using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Plans;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Plans;

/// <summary>The plans pages: list, new (targets editor and its checks), details, edit (concurrency), scope.</summary>
public class PlanPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var path = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/plans/", path, StringComparison.Ordinal);
        return int.Parse(path["/plans/".Length..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task New_ProvinceOfficer_SavesPlanAndTargets_Audited()
    {
        var client = await app.As("tinh");
        var form = PlanTestData.Form("5/KH-2015", "18/03/2015", "Kế hoạch năm 2015 thử",
            ("HCDB_TRO_GIUP_PT", "AtLeast", "98,5"), ("TNTT_SO", "BelowPreviousYear", ""), ("QUY_VAN_DONG", "AtLeast", "4.000.000.000"));
        form["Input.UnitCode"] = "64";
        form["Input.Year"] = "2015";

        var id = IdFrom(await client.PostFormAsync("/plans/new", form));

        var plan = await app.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Targets).Include(p => p.Unit).SingleAsync(p => p.Id == id));
        Assert.Equal("64", plan.Unit!.Code);
        Assert.Equal(2015, plan.Year);
        Assert.Equal(new DateOnly(2015, 3, 18), plan.IssuedOn);
        Assert.Equal("tinh", plan.CreatedBy);
        var targets = plan.Targets.OrderBy(t => t.Order).ToList();
        Assert.Equal(["HCDB_TRO_GIUP_PT", "TNTT_SO", "QUY_VAN_DONG"], targets.Select(t => t.IndicatorCode));
        Assert.Equal(98.5m, targets[0].Value);
        Assert.Null(targets[1].Value);
        Assert.Equal(4_000_000_000m, targets[2].Value);
        var key = id.ToString(CultureInfo.InvariantCulture);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == "Plan" && a.Key == key && a.Action == AuditAction.Insert));
        Assert.Equal("tinh", audit.UserName);
        var targetKeys = targets.Select(t => t.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Entity == "PlanTarget" && a.Action == AuditAction.Insert
            && targetKeys.Contains(a.Key))));

        var details = await (await client.GetAsync($"/plans/{id}")).TextAsync();
        Assert.Contains("Kế hoạch năm 2015 thử", details, StringComparison.Ordinal);
        Assert.Contains("18/03/2015", details, StringComparison.Ordinal);
        Assert.Contains("≥ 98,5 %", details, StringComparison.Ordinal);
        Assert.Contains("≥ 4.000.000.000 đồng", details, StringComparison.Ordinal);
        Assert.Contains("Công văn 375/LĐTBXH-TE", details, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(details, "data-testid=\"target-line\""));
    }

    [Fact]
    public async Task New_InvalidTargets_RefusedInVietnamese_KeepingWhatWasTyped()
    {
        var client = await app.As("tinh");
        var form = PlanTestData.Form("6/KH-2014", "31/02/2014", "Kế hoạch bị từ chối",
            ("HCDB_TRO_GIUP_PT", "AtLeast", "120"), ("TE_BI_XAM_HAI", "AtLeast", ""), ("QUY_VAN_DONG", "AtLeast", "bốn tỷ"));
        form["Input.UnitCode"] = "64";
        form["Input.Year"] = "2014";

        var response = await client.PostFormAsync("/plans/new", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Tỷ lệ phải từ 0 đến 100 %.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng nhập giá trị của chỉ tiêu.", html, StringComparison.Ordinal);
        Assert.Contains("Giá trị phải là một số, ví dụ 98,5 hoặc 4.000.000.000.", html, StringComparison.Ordinal);
        Assert.Contains("Ngày không hợp lệ", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kế hoạch bị từ chối\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"bốn tỷ\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Title == "Kế hoạch bị từ chối")));
    }

    [Fact]
    public async Task New_SecondPlanOfTheSameUnitAndYear_Refused()
    {
        await app.CreatePlanAsync("629", 2013, "1/KH-MY");
        var client = await app.As("huyen.mangyang");
        var form = PlanTestData.Form("2/KH-MY", "01/04/2013", "Kế hoạch trùng", ("HCDB_TRO_GIUP_PT", "AtLeast", "98"));
        form["Input.UnitCode"] = "629";
        form["Input.Year"] = "2013";

        var html = await (await client.PostFormAsync("/plans/new", form)).TextAsync();

        Assert.Contains("Đơn vị này đã có kế hoạch năm 2013 (số 1/KH-MY).", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Title == "Kế hoạch trùng")));
    }

    [Fact]
    public async Task List_ShowsPlansOfTheScopeAndAbove_WithSearchAndEmptyState()
    {
        await app.CreatePlanAsync("64", 2012, "12/KH-TINH", "Kế hoạch tỉnh năm 2012");
        await app.CreatePlanAsync("633", 2012, "12/KH-CHUSE", "Kế hoạch Chư Sê năm 2012");
        await app.CreatePlanAsync("629", 2012, "12/KH-MANGYANG", "Kế hoạch Mang Yang năm 2012");

        var chuSe = await app.As("huyen.chuse");
        var list = await (await chuSe.GetAsync("/plans?year=2012")).TextAsync();
        Assert.Contains("12/KH-TINH", list, StringComparison.Ordinal);
        Assert.Contains("12/KH-CHUSE", list, StringComparison.Ordinal);
        Assert.DoesNotContain("12/KH-MANGYANG", list, StringComparison.Ordinal);

        var searched = await (await chuSe.GetAsync("/plans?year=2012&q=chu%20se")).TextAsync();
        Assert.Contains("12/KH-CHUSE", searched, StringComparison.Ordinal);
        Assert.DoesNotContain("12/KH-TINH", searched, StringComparison.Ordinal);

        var province = await (await (await app.As("tinh")).GetAsync("/plans?year=2012&sort=unit")).TextAsync();
        Assert.Contains("12/KH-MANGYANG", province, StringComparison.Ordinal);
        Assert.True(province.IndexOf("12/KH-TINH", StringComparison.Ordinal) < province.IndexOf("12/KH-MANGYANG", StringComparison.Ordinal));

        var none = await (await chuSe.GetAsync("/plans?year=2012&q=khong%20co%20ke%20hoach%20nay")).TextAsync();
        Assert.Contains("Không có kế hoạch nào phù hợp.", none, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await chuSe.GetAsync("/plans?unit=629")).StatusCode);
    }

    [Fact]
    public async Task Details_OfAnotherDistrict_Returns404_AndEditWithoutPlanWrite_Returns403()
    {
        var plan = await app.CreatePlanAsync("633", 2011, "11/KH-CHUSE");

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("huyen.mangyang")).GetAsync($"/plans/{plan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("huyen.mangyang")).GetAsync($"/plans/{plan.Id}/edit")).StatusCode);
        var leader = await app.As("lanhdao");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/plans/{plan.Id}")).StatusCode);
        AssertForbidden(await leader.GetAsync($"/plans/{plan.Id}/edit"));
        // A commune reads its district's plan (the plan in force for it) but does not change it.
        var commune = await app.As("xa.iatiem");
        Assert.Equal(HttpStatusCode.OK, (await commune.GetAsync($"/plans/{plan.Id}")).StatusCode);
        AssertForbidden(await commune.GetAsync($"/plans/{plan.Id}/edit"));
    }

    [Fact]
    public async Task Edit_ChangesPlanAndTargets_RemovingNeedsConfirmation()
    {
        var plan = await app.CreatePlanAsync("633", 2010, "10/KH-CHUSE");
        var targets = plan.Targets.OrderBy(t => t.Order).ToList();
        var client = await app.As("huyen.chuse");
        var form = EditForm(plan, "10/KH-CHUSE sửa");
        form["Input.Targets[0].Value"] = "99";
        form["Input.Targets[2].Remove"] = "true";

        var refused = await (await client.PostFormAsync($"/plans/{plan.Id}/edit", form)).TextAsync();
        Assert.Contains("Hãy đánh dấu «Tôi xác nhận xóa các chỉ tiêu đã chọn» để xóa chỉ tiêu.", refused, StringComparison.Ordinal);
        Assert.Equal(3, await app.WithDbAsync(db => db.PlanTargets.CountAsync(t => t.PlanId == plan.Id)));

        form["Input.ConfirmRemove"] = "true";
        form["Input.Targets[3].IndicatorCode"] = "TNTT_SO";
        form["Input.Targets[3].Comparator"] = "BelowPreviousYear";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/plans/{plan.Id}/edit", form)).StatusCode);

        var saved = await app.WithDbAsync(db => db.Plans.AsNoTracking().Include(p => p.Targets).SingleAsync(p => p.Id == plan.Id));
        Assert.Equal("10/KH-CHUSE sửa", saved.Number);
        Assert.Equal(plan.Version + 1, saved.Version);
        Assert.Equal(99m, saved.Targets.Single(t => t.Id == targets[0].Id).Value);
        Assert.DoesNotContain(saved.Targets, t => t.Id == targets[2].Id);
        Assert.Contains(saved.Targets, t => t.IndicatorCode == "TNTT_SO" && t.Comparator == TargetComparator.BelowPreviousYear);
        var key = targets[2].Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == "PlanTarget" && a.Key == key && a.Action == AuditAction.Delete)));
    }

    [Fact]
    public async Task Edit_StaleVersion_KeepsWhatWasTyped_AndSaysWhoChanged()
    {
        var plan = await app.CreatePlanAsync("64", 2009, "9/KH-TINH");
        var client = await app.As("tinh");
        // Someone else saves first (the admin), moving the version on.
        var admin = await app.As("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/plans/{plan.Id}/edit", EditForm(plan, "9/KH-TINH (admin)"))).StatusCode);

        var stale = EditForm(plan, "9/KH-TINH của tôi");
        var response = await client.PostFormAsync($"/plans/{plan.Id}/edit", stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("data-testid=\"conflict\"", html, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch này vừa được admin sửa lúc", html, StringComparison.Ordinal);
        Assert.Contains("value=\"9/KH-TINH của tôi\"", html, StringComparison.Ordinal);
        Assert.Equal("9/KH-TINH (admin)", await app.WithDbAsync(db => db.Plans.Where(p => p.Id == plan.Id).Select(p => p.Number).SingleAsync()));
    }

    private static Dictionary<string, string> EditForm(Plan plan, string number)
    {
        var form = new Dictionary<string, string>
        {
            ["Version"] = plan.Version.ToString(CultureInfo.InvariantCulture),
            ["Input.Number"] = number, ["Input.IssuedOn"] = "18/03/" + plan.Year.ToString(CultureInfo.InvariantCulture), ["Input.Title"] = plan.Title,
            ["Input.LegalBases"] = plan.LegalBases, ["Input.Tasks"] = plan.Tasks,
        };
        var targets = plan.Targets.OrderBy(t => t.Order).ToList();
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            form[$"Input.Targets[{i}].Id"] = t.Id.ToString(CultureInfo.InvariantCulture);
            form[$"Input.Targets[{i}].Order"] = t.Order.ToString(CultureInfo.InvariantCulture);
            form[$"Input.Targets[{i}].IndicatorCode"] = t.IndicatorCode;
            form[$"Input.Targets[{i}].Comparator"] = t.Comparator.ToString();
            form[$"Input.Targets[{i}].Value"] = t.Value?.ToString(CultureInfo.InvariantCulture) ?? "";
            form[$"Input.Targets[{i}].Text"] = t.Text;
        }
        return form;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
