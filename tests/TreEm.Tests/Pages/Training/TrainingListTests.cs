using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Training;

/// <summary>The course list, coverage and trained-people views and their .xlsx exports. Each test has its own district.</summary>
public class TrainingListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static List<IDictionary<string, object?>> Sheet(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
    }

    [Fact]
    public async Task List_FiltersByUnitYearAndTopic_WithCounts()
    {
        var a = await app.CourseAsync("629", "Lớp Mang Yang phòng chống tai nạn", 2021, TrainingTopics.PhongChongTaiNan | TrainingTopics.Khac);
        await app.SessionAsync(a, new DateOnly(2021, 5, 1), 4m, [], "Khách A", "Khách B");
        await app.CourseAsync("629", "Lớp Mang Yang chăm sóc thay thế", 2020, TrainingTopics.ChamSocThayThe);
        var client = await app.As("huyen.mangyang");

        var all = await (await client.GetAsync("/training?unit=629")).TextAsync();
        Assert.Contains("2 lớp, 1 buổi, 2 lượt người tham gia.", all, StringComparison.Ordinal);
        var byTopic = await (await client.GetAsync("/training?unit=629&topic=PhongChongTaiNan")).TextAsync();
        Assert.Contains("Lớp Mang Yang phòng chống tai nạn", byTopic, StringComparison.Ordinal);
        Assert.DoesNotContain("Lớp Mang Yang chăm sóc thay thế", byTopic, StringComparison.Ordinal);
        var byYear = await (await client.GetAsync("/training?unit=629&year=2020")).TextAsync();
        Assert.Contains("1 lớp, 0 buổi, 0 lượt người tham gia.", byYear, StringComparison.Ordinal);
        var none = await (await client.GetAsync("/training?unit=629&year=2019")).TextAsync();
        Assert.Contains("Chưa có lớp tập huấn nào phù hợp.", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Courses_NeutralisesFormulasAndIsAudited()
    {
        await app.CourseAsync("625", "=HYPERLINK(\"x\")", 2022);
        var client = await app.As("tinh");

        var r = await client.GetAsync("/training/export?unit=625&year=2022");

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var rows = Sheet(await r.Content.ReadAsByteArrayAsync());
        Assert.Equal("DANH SÁCH LỚP TẬP HUẤN", rows[0]["A"]);
        Assert.Contains(rows, x => Equals(x["C"], "'=HYPERLINK(\"x\")"));
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "TrainingCourse"));
        Assert.Equal("unit=625&year=2022", audit.Key);
    }

    [Fact]
    public async Task Coverage_PerCommune_AndUntrainedOfficers_ExportedAndScoped()
    {
        // Chư Sê: Ia Tiêm has a trained officer and an untrained one; Ia Ko's collaborator is trained.
        var trained = await app.PersonAsync("23944", "Nguyễn Thị Đã Học", PersonKind.CanBoXa);
        await app.PersonAsync("23944", "Võ Văn Chưa Học", PersonKind.CanBoXa);
        var ctv = await app.PersonAsync("23977-02", "Siu Cộng Tác Ia Ko", PersonKind.CongTacVien);
        var course = await app.CourseAsync("633", "Lớp bao phủ Chư Sê", 2023);
        await app.SessionAsync(course, new DateOnly(2023, 6, 1), 4m, [trained, ctv]);
        var district = await app.As("huyen.chuse");

        var html = await (await district.GetAsync("/training/coverage?unit=633&year=2023")).TextAsync();
        Assert.Contains("1/2 cán bộ và 1/1 cộng tác viên đã được tập huấn (67 %).", html, StringComparison.Ordinal);
        Assert.Contains("Võ Văn Chưa Học", html, StringComparison.Ordinal);
        Assert.Contains("Xã Ia Tiêm", html, StringComparison.Ordinal);

        var iako = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync("/training/coverage?unit=23944&year=2023")).StatusCode);
        var own = await (await iako.GetAsync("/training/coverage?year=2023")).TextAsync();
        Assert.Contains("0/0 cán bộ và 1/1 cộng tác viên", own, StringComparison.Ordinal);

        var export = await district.GetAsync("/training/coverage/export?unit=633&year=2023");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = Sheet(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal("ĐỘ BAO PHỦ TẬP HUẤN", rows[0]["A"]);
        Assert.Contains(rows, x => Equals(x["B"], "Võ Văn Chưa Học"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.Entity == "TrainingCoverage")));
    }

    [Fact]
    public async Task People_TrainedInYear_WithHours_AndParticipantsExport()
    {
        var p = await app.PersonAsync("23638", "Đinh Thị Học Giờ", PersonKind.CanBoXa);
        var course = await app.CourseAsync("625", "Lớp KBang giờ học", 2024);
        await app.SessionAsync(course, new DateOnly(2024, 2, 1), 4m, [p], "Cán bộ Trường học KBang");
        await app.SessionAsync(course, new DateOnly(2024, 2, 2), 2.5m, [p]);
        var client = await app.As("tinh");

        var html = await (await client.GetAsync("/training/people?year=2024&unit=625")).TextAsync();
        Assert.Contains("Năm 2024: 1 người trong mạng lưới được tập huấn, tổng 6,5 giờ.", html, StringComparison.Ordinal);
        Assert.Contains("Đinh Thị Học Giờ", html, StringComparison.Ordinal);
        Assert.Contains("Chưa có ai được tập huấn trong năm này.", await (await client.GetAsync("/training/people?year=2019&unit=625")).TextAsync(), StringComparison.Ordinal);

        var iako = await app.As("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync("/training/people?year=2024&unit=625")).StatusCode);
        Assert.DoesNotContain("Đinh Thị Học Giờ", await (await iako.GetAsync("/training/people?year=2024")).TextAsync(), StringComparison.Ordinal);

        var export = await client.GetAsync("/training/people/export?year=2024&unit=625");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = Sheet(await export.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, rows.Count(x => Equals(x["D"], "Đinh Thị Học Giờ")));
        Assert.Single(rows, x => Equals(x["D"], "Cán bộ Trường học KBang"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.Entity == "TrainingParticipant")));
    }

    [Fact]
    public async Task List_InEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("thanhtra");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync("/training?year=2019");

        Assert.Contains("No training course matches.", html, StringComparison.Ordinal);
        Assert.Contains("0 courses, 0 sessions, 0 attendances.", html, StringComparison.Ordinal);
    }
}
