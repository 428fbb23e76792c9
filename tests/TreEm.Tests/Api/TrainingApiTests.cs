using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Training;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/training: courses, sessions with participants, coverage; refusals and scope.</summary>
public class TrainingApiTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task CreateCourseThenSession_WithPeopleAndFreeNames_ShowsInDetailsListAndCoverage()
    {
        var officer = await app.PersonAsync("629", "Đỗ Văn Huyện Api", PersonKind.CanBoHuyen);
        var client = await app.ApiClientAsync("huyen.mangyang");

        var created = await client.PostAsJsonAsync("/api/v1/training/courses", new JsonObject
        {
            ["unitCode"] = "629", ["title"] = "Lớp API Mang Yang", ["topics"] = new JsonArray("QuanLyTruongHop", "Khac"), ["year"] = 2025,
            ["fundingNote"] = "Ngân sách huyện",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var course = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = course.GetProperty("id").GetInt32();
        Assert.Equal(["QuanLyTruongHop", "Khac"], course.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));

        var session = await client.PostAsJsonAsync($"/api/v1/training/courses/{id}/sessions", new JsonObject
        {
            ["date"] = "2025-04-10", ["hours"] = 4, ["venue"] = "Hội trường huyện Mang Yang", ["trainer"] = "Sở LĐTBXH",
            ["personIds"] = new JsonArray(officer),
            ["participants"] = new JsonArray(new JsonObject { ["fullName"] = "Trần Công An", ["organisation"] = "Công an huyện Mang Yang", ["sex"] = "Nam" }),
        });
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);

        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/training/courses/{id}");
        var participants = details.GetProperty("sessions")[0].GetProperty("participants").EnumerateArray().ToList();
        Assert.Equal(["Đỗ Văn Huyện Api", "Trần Công An"], participants.Select(p => p.GetProperty("fullName").GetString()));
        Assert.Equal("DoiTac", participants[1].GetProperty("kind").GetString());

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/training/courses?unit=629&year=2025");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal((1, 2), (item.GetProperty("sessions").GetInt32(), item.GetProperty("participants").GetInt32()));

        var coverage = await client.GetFromJsonAsync<JsonElement>("/api/v1/training/coverage?unit=629&year=2025");
        Assert.Equal(1, coverage.GetProperty("total").GetProperty("officersTrained").GetInt32());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(TrainingSession) && a.Action == AuditAction.Insert)));
    }

    [Fact]
    public async Task Create_InvalidData_Returns400WithVietnameseMessages()
    {
        var client = await app.ApiClientAsync("huyen.chuse");

        var r = await client.PostAsJsonAsync("/api/v1/training/courses", new JsonObject { ["unitCode"] = "633", ["title"] = "", ["year"] = 1990 });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal("Nhập tên lớp tập huấn.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("Chọn ít nhất một chủ đề.", errors.GetProperty("topics")[0].GetString());

        var id = await app.CourseAsync("633", "Lớp API Chư Sê", 2025);
        var bad = await client.PostAsJsonAsync($"/api/v1/training/courses/{id}/sessions", new JsonObject
        {
            ["date"] = "2025-04-10", ["hours"] = 30, ["venue"] = "",
            ["participants"] = new JsonArray(new JsonObject { ["fullName"] = " " }),
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var badErrors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Số giờ không được quá 24 giờ một ngày.", badErrors.GetProperty("hours")[0].GetString());
        Assert.Equal("Nhập địa điểm.", badErrors.GetProperty("venue")[0].GetString());
        Assert.Equal("Nhập họ và tên người tham gia.", badErrors.GetProperty("participants[0].fullName")[0].GetString());
        Assert.False(await app.WithDbAsync(db => db.TrainingSessions.AnyAsync(s => s.CourseId == id)));
    }

    [Fact]
    public async Task Scope_OtherCommunesCourseOrPerson_Returns404_ReadOnlyUser403()
    {
        var course = await app.CourseAsync("23944", "Lớp API Ia Tiêm", 2025);
        var iako = await app.ApiClientAsync("xa.iako");
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync($"/api/v1/training/courses/{course}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.PostAsJsonAsync($"/api/v1/training/courses/{course}/sessions",
            new JsonObject { ["date"] = "2025-01-02", ["hours"] = 2, ["venue"] = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.GetAsync("/api/v1/training/coverage?unit=23944")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await iako.PostAsJsonAsync("/api/v1/training/courses",
            new JsonObject { ["unitCode"] = "23944", ["title"] = "Lớp lạ", ["topics"] = new JsonArray("Khac"), ["year"] = 2025 })).StatusCode);
        var list = await iako.GetFromJsonAsync<JsonElement>("/api/v1/training/courses");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetInt32() == course);

        var stranger = await app.PersonAsync("23977-03", "Người Ia Ko Api", PersonKind.CongTacVien);
        var tiem = await app.ApiClientAsync("xa.iatiem");
        Assert.Equal(HttpStatusCode.NotFound, (await tiem.PostAsJsonAsync($"/api/v1/training/courses/{course}/sessions",
            new JsonObject { ["date"] = "2025-01-02", ["hours"] = 2, ["venue"] = "X", ["personIds"] = new JsonArray(stranger) })).StatusCode);

        var chairman = await app.ApiClientAsync("chutich.iatiem");
        Assert.Equal(HttpStatusCode.OK, (await chairman.GetAsync($"/api/v1/training/courses/{course}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chairman.PostAsJsonAsync($"/api/v1/training/courses/{course}/sessions",
            new JsonObject { ["date"] = "2025-01-02", ["hours"] = 2, ["venue"] = "X" })).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheTrainingEndpoints()
    {
        var doc = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/training/courses/{id}/sessions", doc, StringComparison.Ordinal);
        Assert.Contains("Training coverage of a unit's network in a year", doc, StringComparison.Ordinal);
    }
}
