using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Activities;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Events;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/events: create and list with the pages' scope, checks and forum warnings.</summary>
public class EventApiTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static JsonObject NewEvent(string unitCode, string theme, string kind = "DienDan", int boys = 15, int girls = 15, int adults = 6) => new()
    {
        ["kind"] = kind, ["unitCode"] = unitCode, ["startDate"] = "2026-06-12", ["venue"] = "Hội trường UBND xã", ["theme"] = theme,
        ["childrenMale"] = boys, ["childrenFemale"] = girls, ["childrenEthnicMinority"] = 20, ["adultsInCharge"] = adults,
        ["volunteers"] = 2, ["guests"] = 6, ["parentalConsentCollected"] = true,
    };

    private static async Task<string[]> ErrorsAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();
    }

    [Fact]
    public async Task Create_ForumWithTooFewAdults_Returns201WithItsWarnings_AndListsWithEnumsAsStrings()
    {
        var client = await app.ApiClientAsync("xa.iatiem");

        var created = await client.PostAsJsonAsync("/api/v1/events", NewEvent("23944", "Diễn đàn API Ia Tiêm", adults: 4));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("DienDan", body.GetProperty("kind").GetString());
        Assert.Equal("2026-06-12", body.GetProperty("endDate").GetString());
        var warning = Assert.Single(body.GetProperty("warnings").EnumerateArray());
        Assert.Equal("Mỗi người phụ trách quản lý không quá 5 trẻ em: 30 trẻ cần ít nhất 6 người phụ trách; mới có 4.", warning.GetString());
        var id = body.GetProperty("id").GetInt32();
        Assert.True(await app.WithDbAsync(db => db.ChildEvents.AnyAsync(e => e.Id == id && e.AdultsInCharge == 4)));

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/events?unit=23944&year=2026&kind=DienDan");
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/v1/events?year=2026&kind=PhatDong")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task List_OfAnotherCommune_IsNotVisible()
    {
        var e = await app.CreateEventAsync("23944", "Sự kiện API chỉ Ia Tiêm thấy");
        var other = await app.ApiClientAsync("xa.iako");

        var list = await other.GetFromJsonAsync<JsonElement>("/api/v1/events");

        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == e.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync("/api/v1/events?unit=23944")).StatusCode);
    }

    [Fact]
    public async Task Create_InAUnitOutsideTheScope_Returns404()
    {
        var client = await app.ApiClientAsync("xa.iako");

        var response = await client.PostAsJsonAsync("/api/v1/events", NewEvent("23944", "Sự kiện API xã khác"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.ChildEvents.AnyAsync(e => e.Theme == "Sự kiện API xã khác")));
    }

    [Fact]
    public async Task Create_ByReadOnlyLeader_Returns403()
    {
        var client = await app.ApiClientAsync("lanhdao");

        var response = await client.PostAsJsonAsync("/api/v1/events", NewEvent("23944", "Sự kiện API lãnh đạo"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_Invalid_Returns400WithVietnameseMessages()
    {
        var client = await app.ApiClientAsync("xa.iatiem");
        var bad = NewEvent("23944", "Sự kiện API sai");
        bad["endDate"] = "2026-06-01";
        bad["childrenMale"] = -2;
        bad.Remove("kind");

        var response = await client.PostAsJsonAsync("/api/v1/events", bad);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Ngày kết thúc không được trước ngày bắt đầu.", errors.GetProperty("endDate")[0].GetString());
        Assert.Equal("Số người không được âm.", errors.GetProperty("childrenMale")[0].GetString());
        Assert.Equal("Vui lòng chọn loại sự kiện (kind).", errors.GetProperty("kind")[0].GetString());

        var wrongKind = NewEvent("23944", "Sự kiện API loại sai");
        wrongKind["kind"] = "Party";
        Assert.Single(await ErrorsAsync(await client.PostAsJsonAsync("/api/v1/events", wrongKind), "kind"));
        Assert.Single(await ErrorsAsync(await client.GetAsync("/api/v1/events?kind=Party"), "kind"));
    }

    [Fact]
    public async Task OpenApi_DescribesTheEventEndpoints()
    {
        var doc = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var path = doc.GetProperty("paths").GetProperty("/api/v1/events");
        Assert.Equal("Events in the user's scope, newest first, 50 a page", path.GetProperty("get").GetProperty("summary").GetString());
        Assert.True(path.GetProperty("post").TryGetProperty("requestBody", out _));
    }
}
