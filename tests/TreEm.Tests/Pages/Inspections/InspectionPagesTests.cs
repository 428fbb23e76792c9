using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Activities;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Cases;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Inspections;

/// <summary>The inspection pages. Each test works on its own inspected commune: tests share the fixture and run in random order.</summary>
public class InspectionPagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private Task<InspectionVisit> AddAsync(string unitCode, string inspectorCode, DateOnly date, string subject, DateOnly? due = null) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var inspector = await db.Units.SingleAsync(u => u.Code == inspectorCode);
            var v = new InspectionVisit
            {
                UnitId = unit.Id, InspectorUnitId = inspector.Id, Date = date, Subject = subject, Findings = "Kết quả kiểm tra.",
                FollowUpDue = due, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.InspectionVisits.Add(v);
            await db.SaveChangesAsync();
            return v;
        });

    private static Dictionary<string, string> Form(string unit, string inspector, string subject) => new()
    {
        ["Input.UnitCode"] = unit, ["Input.InspectorUnitCode"] = inspector, ["Input.Date"] = "10/11/2026", ["Input.Subject"] = subject,
        ["Input.Members"] = "Phòng LĐTBXH huyện Chư Sê", ["Input.Findings"] = "Sổ theo dõi trẻ em chưa cập nhật.",
        ["Input.Recommendations"] = "Cập nhật sổ hằng tháng.", ["Input.FollowUpDue"] = "31/12/2026",
    };

    [Fact]
    public async Task New_ByCommuneWorker_Returns403()
    {
        var client = await app.As("xa.iatiem");

        CasePages.AssertForbidden((await client.GetAsync("/inspections/new")));
        // The anti-forgery token comes from a page the worker may open.
        var post = await client.PostFormAsync("/inspections/new", Form("23944", "23944", "Xã tự kiểm tra"), getUrl: "/communication/new");

        CasePages.AssertForbidden(post);
        Assert.False(await app.WithDbAsync(db => db.InspectionVisits.AnyAsync(v => v.Subject == "Xã tự kiểm tra")));
    }

    [Fact]
    public async Task New_ByDistrict_OfItsCommune_IsSeenByTheCommuneButNotByAnother()
    {
        var district = await app.As("huyen.chuse");

        var response = await district.PostFormAsync("/inspections/new", Form("23944", "633", "Kiểm tra công tác BVTE xã Ia Tiêm 2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = await app.WithDbAsync(db => db.InspectionVisits.Include(v => v.InspectorUnit).SingleAsync(v => v.Subject == "Kiểm tra công tác BVTE xã Ia Tiêm 2026"));
        Assert.Equal("633", visit.InspectorUnit!.Code);
        Assert.Equal(new DateOnly(2026, 12, 31), visit.FollowUpDue);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "InspectionVisit" && e.Action == AuditAction.Insert
            && e.Key == visit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.UserName == "huyen.chuse")));

        var commune = await app.As("xa.iatiem");
        var details = await (await commune.GetAsync($"/inspections/{visit.Id}")).TextAsync();
        Assert.Contains("Sổ theo dõi trẻ em chưa cập nhật.", details, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"follow-up-link\"", details, StringComparison.Ordinal);
        Assert.Contains("Kiểm tra công tác BVTE xã Ia Tiêm 2026", await (await commune.GetAsync("/inspections")).TextAsync(), StringComparison.Ordinal);

        var other = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/inspections/{visit.Id}")).StatusCode);
        Assert.DoesNotContain("Kiểm tra công tác BVTE xã Ia Tiêm 2026", await (await other.GetAsync("/inspections")).TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_WithWrongUnits_KeepsTheFormWithVietnameseMessages()
    {
        var district = await app.As("huyen.chuse");

        var self = await district.PostFormAsync("/inspections/new", Form("633", "633", "Huyện tự kiểm tra mình"));
        Assert.Equal(HttpStatusCode.OK, self.StatusCode);
        var html = await self.TextAsync();
        Assert.Contains("Đơn vị được kiểm tra phải trực thuộc đơn vị kiểm tra.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Huyện tự kiểm tra mình\"", html, StringComparison.Ordinal);

        var outside = await (await app.As("huyen.mangyang")).PostFormAsync("/inspections/new", Form("23944", "629", "Huyện khác kiểm tra"));
        Assert.Equal(HttpStatusCode.OK, outside.StatusCode);
        Assert.Contains("Không tìm thấy đơn vị trong phạm vi của bạn.", await outside.TextAsync(), StringComparison.Ordinal);

        var noFindings = Form("23977", "633", "Thiếu kết quả");
        noFindings["Input.Findings"] = "";
        noFindings["Input.FollowUpDue"] = "01/01/2020";
        var missing = await (await district.PostFormAsync("/inspections/new", noFindings)).TextAsync();
        Assert.Contains("Vui lòng ghi kết quả kiểm tra.", missing, StringComparison.Ordinal);
        Assert.Contains("Hạn khắc phục không được trước ngày kiểm tra.", missing, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.InspectionVisits.AnyAsync(v => v.Subject == "Huyện tự kiểm tra mình" || v.Subject == "Thiếu kết quả")));
    }

    [Fact]
    public async Task FollowUp_Overdue_IsFlagged_UntilTheDistrictRecordsItDone()
    {
        // Ia Glai (23950), a commune of Chư Sê no other test uses; the clock is at 30/11/2026.
        var visit = await AddAsync("23950", "633", new DateOnly(2026, 9, 1), "Giám sát Ia Glai", due: new DateOnly(2026, 10, 31));
        var district = await app.As("huyen.chuse");
        var list = await (await district.GetAsync("/inspections?unit=23950&overdue=1")).TextAsync();
        Assert.Contains("Giám sát Ia Glai", list, StringComparison.Ordinal);
        Assert.Contains("1 cuộc kiểm tra, giám sát; 1 cuộc quá hạn khắc phục.", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overdue\"", list, StringComparison.Ordinal);

        var empty = await district.PostFormAsync($"/inspections/{visit.Id}/follow-up", new() { ["Input.DoneOn"] = "25/11/2026", ["Input.Note"] = "", ["Version"] = "0" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Vui lòng ghi kết quả khắc phục.", await empty.TextAsync(), StringComparison.Ordinal);

        var done = await district.PostFormAsync($"/inspections/{visit.Id}/follow-up",
            new() { ["Input.DoneOn"] = "25/11/2026", ["Input.Note"] = "Đã cập nhật sổ theo dõi.", ["Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await (await district.GetAsync("/inspections?unit=23950")).TextAsync();
        Assert.Contains("Đã khắc phục ngày 25/11/2026", after, StringComparison.Ordinal);
        Assert.Contains("1 cuộc kiểm tra, giám sát; 0 cuộc quá hạn khắc phục.", after, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "InspectionVisit" && e.Action == AuditAction.Update
            && e.Key == visit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task FollowUp_ByTheInspectedCommuneWorker_Returns403()
    {
        var visit = await AddAsync("23977", "633", new DateOnly(2026, 8, 1), "Giám sát Ia Ko", due: new DateOnly(2026, 9, 30));
        var worker = await app.As("xa.iako");

        CasePages.AssertForbidden((await worker.GetAsync($"/inspections/{visit.Id}/follow-up")));
        var post = await worker.PostFormAsync($"/inspections/{visit.Id}/follow-up",
            new() { ["Input.DoneOn"] = "25/11/2026", ["Input.Note"] = "Tự ghi", ["Version"] = "0" }, getUrl: "/communication/new");
        CasePages.AssertForbidden(post);
        Assert.Null(await app.WithDbAsync(db => db.InspectionVisits.Where(v => v.Id == visit.Id).Select(v => v.FollowUpDoneOn).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iatiem")).GetAsync($"/inspections/{visit.Id}/follow-up")).StatusCode);
    }

    [Fact]
    public async Task Export_HasTheRows_AndIsAudited()
    {
        await AddAsync("23794", "629", new DateOnly(2017, 5, 5), "=1+1 Kon Dơng", due: new DateOnly(2017, 6, 30));
        var client = await app.As("huyen.mangyang");

        var response = await client.GetAsync("/inspections/export?unit=23794&year=2017");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH CUỘC KIỂM TRA, GIÁM SÁT", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["E"], "'=1+1 Kon Dơng"));
        Assert.Equal("x", row["H"]);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == AuditAction.Export && e.Entity == "InspectionVisit"));
        Assert.Equal("unit=23794&year=2017", audit.Key);
    }
}
