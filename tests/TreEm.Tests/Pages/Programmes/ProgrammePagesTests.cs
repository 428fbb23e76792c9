using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.Programmes;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Programmes;

public class ProgrammePagesTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    private Task<ScreeningProgramme> ProgrammeAsync(string unitCode, string name, int year = 2026, ProgrammeKind kind = ProgrammeKind.TimBamSinh) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var p = new ScreeningProgramme { UnitId = unit.Id, Name = name, Kind = kind, Year = year, Partner = "Bệnh viện Tim Tâm Đức", CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            db.ScreeningProgrammes.Add(p);
            await db.SaveChangesAsync();
            return p;
        });

    private Task<ProgrammeChild> EnrolAsync(int programmeId, int childId, int unitId, Action<ProgrammeChild>? configure = null) =>
        app.WithDbAsync(async db =>
        {
            var pc = new ProgrammeChild { ProgrammeId = programmeId, ChildId = childId, UnitId = unitId, CreatedAt = app.Clock.GetUtcNow().UtcDateTime };
            configure?.Invoke(pc);
            db.ProgrammeChildren.Add(pc);
            await db.SaveChangesAsync();
            return pc;
        });

    [Fact]
    public async Task New_ByCommuneWorker_CreatesTheProgrammeAudited()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/programmes/new", new()
        {
            ["Input.Name"] = "Khám sàng lọc khuyết tật xã Ia Tiêm 2026", ["Input.Kind"] = "KhuyetTat", ["Input.Year"] = "2026",
            ["Input.UnitCode"] = "23944", ["Input.Partner"] = "Trung tâm Y tế huyện Chư Sê",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var p = await app.WithDbAsync(db => db.ScreeningProgrammes.AsNoTracking().SingleAsync(x => x.Name == "Khám sàng lọc khuyết tật xã Ia Tiêm 2026"));
        Assert.Equal(ProgrammeKind.KhuyetTat, p.Kind);
        Assert.Equal("/programmes/" + Id(p.Id), response.Headers.Location!.OriginalString);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(ScreeningProgramme) && a.Key == Id(p.Id) && a.UserName == "xa.iatiem")));
    }

    [Fact]
    public async Task New_MissingNameOrUnitOutsideScope_IsRefusedAndKeepsInput()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/programmes/new", new()
        {
            ["Input.Name"] = "", ["Input.Kind"] = "TimBamSinh", ["Input.Year"] = "2026", ["Input.UnitCode"] = "23977", ["Input.Partner"] = "Bệnh viện Nhi Gia Lai",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Vui lòng nhập tên chương trình.", html, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy đơn vị có mã 23977 mà bạn được quyền ghi.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bệnh viện Nhi Gia Lai\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ScreeningProgrammes.AnyAsync(x => x.Partner == "Bệnh viện Nhi Gia Lai")));
    }

    [Fact]
    public async Task New_ByLeaderWithoutWriteRight_IsForbidden()
    {
        AssertForbidden(await (await app.As("lanhdao")).GetAsync("/programmes/new"));
    }

    [Fact]
    public async Task List_ShowsProvinceProgrammeToCommunes_CountsOnlyTheirChildren_AndHidesOtherCommunesProgrammes()
    {
        var province = await ProgrammeAsync("64", "Khám tim bẩm sinh toàn tỉnh 2026 (kiểm thử danh sách)");
        var iako = await ProgrammeAsync("23977", "Khám sàng lọc riêng xã Ia Ko 2026");
        var tiem = await app.CreateChildAsync("23944-02", "Rơ Mah Khám Tim");
        var ko = await app.CreateChildAsync("23977-02", "Ksor Khám Tim");
        await EnrolAsync(province.Id, tiem.Id, tiem.UnitId, pc => { pc.ScreenedOn = new DateOnly(2026, 6, 1); pc.Result = ScreeningResult.CanPhauThuat; });
        await EnrolAsync(province.Id, ko.Id, ko.UnitId, pc => { pc.ScreenedOn = new DateOnly(2026, 6, 1); pc.Result = ScreeningResult.BinhThuong; });

        var html = await (await (await app.As("xa.iatiem")).GetAsync("/programmes?year=2026&kind=TimBamSinh")).TextAsync();

        Assert.Contains("Khám tim bẩm sinh toàn tỉnh 2026 (kiểm thử danh sách)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Khám sàng lọc riêng xã Ia Ko 2026", html, StringComparison.Ordinal);
        var row = html[html.IndexOf("Khám tim bẩm sinh toàn tỉnh 2026 (kiểm thử danh sách)", StringComparison.Ordinal)..];
        Assert.Contains("data-testid=\"need-surgery\">1<", row[..row.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iatiem")).GetAsync("/programmes/" + Id(iako.Id))).StatusCode);

        var details = await (await (await app.As("xa.iatiem")).GetAsync("/programmes/" + Id(province.Id))).TextAsync();
        Assert.Contains("Rơ Mah Khám Tim", details, StringComparison.Ordinal);
        Assert.DoesNotContain("Ksor Khám Tim", details, StringComparison.Ordinal);
        var none = await (await (await app.As("xa.iatiem")).GetAsync("/programmes/" + Id(province.Id) + "?result=CanTheoDoi")).TextAsync();
        Assert.Contains("Chưa có trẻ nào trong danh sách.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddChildren_ByListAndPicker_AddsManagedChildrenOnce()
    {
        var p = await ProgrammeAsync("633", "Khám sứt môi huyện Chư Sê 2026", kind: ProgrammeKind.SutMoiHoHam);
        var a = await app.CreateChildAsync("23944-03", "Siu Thêm Một");
        var b = await app.CreateChildAsync("23944-03", "Siu Thêm Hai");
        var client = await app.As("xa.iatiem");
        var url = $"/programmes/{Id(p.Id)}/children/add";

        var picker = await (await client.GetAsync(url + "?unit=23944-03")).TextAsync();
        Assert.Contains("Siu Thêm Hai", picker, StringComparison.Ordinal);
        var response = await client.PostFormAsync(url, new() { ["Input.RegisterIds"] = Id(a.Id), ["Input.ChildIds"] = Id(b.Id) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var again = await client.PostFormAsync(url, new() { ["Input.RegisterIds"] = $"{Id(a.Id)}, {Id(b.Id)}" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        var rows = await app.WithDbAsync(db => db.ProgrammeChildren.AsNoTracking().Where(x => x.ProgrammeId == p.Id).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(a.UnitId, r.UnitId));
    }

    [Fact]
    public async Task AddChildren_ChildOfAnotherCommune_IsRefusedNamingTheId()
    {
        var p = await ProgrammeAsync("64", "Khám tim kiểm thử thêm trẻ xã khác 2026");
        var other = await app.CreateChildAsync("23977-03", "Nay Xã Khác Thêm");

        var response = await (await app.As("xa.iatiem")).PostFormAsync($"/programmes/{Id(p.Id)}/children/add", new() { ["Input.RegisterIds"] = Id(other.Id) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Không tìm thấy trẻ đang quản lý trong phạm vi của bạn với mã: " + Id(other.Id) + ".", await response.TextAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ProgrammeChildren.AnyAsync(x => x.ChildId == other.Id)));
    }

    [Fact]
    public async Task ChildRecord_SurgeryBeforeScreening_IsRefusedAndKeepsInput_ThenAValidResultIsSavedAndReadIsAudited()
    {
        var p = await ProgrammeAsync("64", "Khám tim kiểm thử kết quả 2026");
        var child = await app.CreateChildAsync("23944-04", "Kpă Phẫu Thuật");
        var pc = await EnrolAsync(p.Id, child.Id, child.UnitId);
        var client = await app.As("xa.iatiem");
        var url = $"/programmes/{Id(p.Id)}/children/{Id(pc.Id)}";

        var bad = await client.PostFormAsync(url, new()
        {
            ["Input.ScreenedOn"] = "10/06/2026", ["Input.Result"] = "CanPhauThuat", ["Input.SurgeryDone"] = "true", ["Input.SurgeryDate"] = "01/06/2026",
            ["Input.Hospital"] = "", ["Input.ReferredTo"] = "Bệnh viện Tim Tâm Đức", ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var html = await bad.TextAsync();
        Assert.Contains("Ngày phẫu thuật không được trước ngày khám.", html, StringComparison.Ordinal);
        Assert.Contains("Vui lòng ghi bệnh viện phẫu thuật.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bệnh viện Tim Tâm Đức\"", html, StringComparison.Ordinal);

        var good = await client.PostFormAsync(url, new()
        {
            ["Input.ScreenedOn"] = "10/06/2026", ["Input.Result"] = "CanPhauThuat", ["Input.SurgeryDone"] = "true", ["Input.SurgeryDate"] = "20/08/2026",
            ["Input.Hospital"] = "Bệnh viện Tim Tâm Đức", ["Input.Version"] = "0",
        });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var saved = await app.WithDbAsync(db => db.ProgrammeChildren.AsNoTracking().SingleAsync(x => x.Id == pc.Id));
        Assert.True(saved.SurgeryDone);
        Assert.Equal(new DateOnly(2026, 8, 20), saved.SurgeryDate);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(ProgrammeChild) && a.Key == Id(pc.Id) && a.Action == AuditAction.Read)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(ProgrammeChild) && a.Key == Id(pc.Id) && a.Action == AuditAction.Update)));
    }

    [Fact]
    public async Task ChildRecord_OtherCommune_Returns404_AndReaderWithoutWrite_IsForbidden()
    {
        var p = await ProgrammeAsync("64", "Khám tim kiểm thử phạm vi 2026");
        var child = await app.CreateChildAsync("23944-01", "Rơ Châm Phạm Vi");
        var pc = await EnrolAsync(p.Id, child.Id, child.UnitId);
        var url = $"/programmes/{Id(p.Id)}/children/{Id(pc.Id)}";

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync(url)).StatusCode);
        var chairman = await app.As("chutich.iatiem");
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync(url)).StatusCode);
        AssertForbidden(await chairman.PostFormAsync(url, new() { ["Input.ScreenedOn"] = "01/06/2026", ["Input.Version"] = "0" }));
        Assert.Null((await app.WithDbAsync(db => db.ProgrammeChildren.AsNoTracking().SingleAsync(x => x.Id == pc.Id))).ScreenedOn);
    }

    [Fact]
    public async Task Export_HasTheHeaderAndRowsNeutralisesFormulasAndIsAudited()
    {
        var p = await ProgrammeAsync("625", "Khám tim KBang 2026 xuất Excel");
        var child = await app.CreateChildAsync("23638", "Đinh Xuất Chương Trình");
        await EnrolAsync(p.Id, child.Id, child.UnitId, pc => { pc.ScreenedOn = new DateOnly(2026, 5, 5); pc.Result = ScreeningResult.CanTheoDoi; pc.Note = "=SUM(A1)"; });

        var response = await (await app.As("tinh")).GetAsync($"/programmes/{Id(p.Id)}/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH TRẺ EM THAM GIA CHƯƠNG TRÌNH", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["C"], "Đinh Xuất Chương Trình"));
        Assert.Equal("Cần theo dõi", row["G"]);
        Assert.Equal("'=SUM(A1)", row["L"]);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.Entity == "ProgrammeChild" && a.Key == "programme=" + Id(p.Id))));
    }
}
