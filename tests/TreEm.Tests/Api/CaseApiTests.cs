using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/cases: the intake contract (exact JSON names), what each user sees of a case, list filters, OpenAPI.</summary>
public class CaseApiTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A valid intake of the hotline, as the hotline's system would send it.</summary>
    private JsonObject HotlineIntake(string unitCode, string reference, DateTime? receivedAt = null) => new()
    {
        ["source"] = "TongDai111",
        ["hotlineReference"] = reference,
        ["unitCode"] = unitCode,
        ["receivedAt"] = Iso(receivedAt ?? Now.AddMinutes(-30)),
        ["abuseForms"] = new JsonArray("BaoLuc", "BoMac"),
        ["description"] = "Người dân báo trẻ thường xuyên bị bỏ đói và bị đánh khi cha say rượu.",
        ["place"] = "Làng Ia Ko 2",
        ["allegedPerpetrator"] = "Cha của trẻ",
        ["reporter"] = new JsonObject { ["name"] = "Nguyễn Văn Bình", ["phone"] = "0905 111 222" },
        ["children"] = new JsonArray(
            new JsonObject { ["fullName"] = "Rơ Mah H'Yến", ["estimatedAge"] = 9, ["sex"] = "Nu" },
            new JsonObject { ["dateOfBirth"] = "2019-03-04", ["sex"] = "KhongRo" }),
    };

    private static JsonObject WorkerIntake(string unitCode, DateTime receivedAt) => new()
    {
        ["source"] = "TruongHoc",
        ["unitCode"] = unitCode,
        ["receivedAt"] = Iso(receivedAt),
        ["abuseForms"] = new JsonArray("BoRoi"),
        ["description"] = "Giáo viên báo trẻ nghỉ học nhiều ngày, ở nhà một mình.",
        ["children"] = new JsonArray(new JsonObject { ["fullName"] = "Ksor Thắng", ["estimatedAge"] = 11, ["sex"] = "Nam" }),
    };

    private static StringContent Json(string raw) => new(raw, Encoding.UTF8, "application/json");

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, JsonNode body) =>
        await client.PostAsync("/api/v1/cases", Json(body.ToJsonString()));

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    private static async Task<int> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync(response)).GetProperty("id").GetInt32();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await ReadAsync(response);
    }

    private static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static List<int> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    private Task<int> CaseCountAsync() => app.WithDbAsync(db => db.Cases.CountAsync());

    [Fact]
    public async Task Post_HotlineIntake_Returns201WithTheCaseAndTheInitialAssessmentDue12HoursAfterReceipt()
    {
        var client = await app.ApiClientAsync("tongdai111");
        var received = Now.AddMinutes(-30);
        var raw = $$"""
            {
              "source": "TongDai111",
              "hotlineReference": "111-2611-0001",
              "unitCode": "23977",
              "receivedAt": "{{Iso(received)}}",
              "abuseForms": ["BaoLuc", "BoMac"],
              "description": "Người dân báo trẻ thường xuyên bị bỏ đói.",
              "reporter": { "name": "Nguyễn Văn Bình", "phone": "0905 111 222" },
              "children": [
                { "fullName": "Rơ Mah H'Yến", "estimatedAge": 9, "sex": "Nu" },
                { "fullName": "", "dateOfBirth": "2019-03-04", "sex": "KhongRo" }
              ]
            }
            """;

        var response = await client.PostAsync("/api/v1/cases", Json(raw));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ReadAsync(response);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/cases/{id}", response.Headers.Location?.ToString());
        Assert.Equal($"VV-{id:D6}", body.GetProperty("code").GetString());
        Assert.Equal("TiepNhan", body.GetProperty("status").GetString());
        Assert.Equal("23977", body.GetProperty("unitCode").GetString());
        Assert.Equal("TongDai111", body.GetProperty("source").GetString());
        Assert.Equal("111-2611-0001", body.GetProperty("hotlineReference").GetString());
        Assert.Equal(Iso(received), body.GetProperty("receivedAt").GetString());
        Assert.Equal(["BaoLuc", "BoMac"], body.GetProperty("abuseForms").EnumerateArray().Select(f => f.GetString()));
        var steps = body.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["TiepNhan", "DanhGiaBanDau"], steps.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(Iso(Now), steps[0].GetProperty("completedAt").GetString());
        var assess = steps[1];
        Assert.Equal(Iso(received.AddHours(12)), assess.GetProperty("dueAt").GetString());
        Assert.EndsWith("Z", assess.GetProperty("openedAt").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, assess.GetProperty("completedAt").ValueKind);
        Assert.False(assess.GetProperty("overdue").GetBoolean());
        // The hotline follows the status of its intake, not the narrative it sent.
        Assert.Equal("Status", body.GetProperty("view").GetString());
        Assert.False(body.TryGetProperty("description", out _));

        var saved = await app.WithDbAsync(db => db.Cases.Include(c => c.Children).SingleAsync(c => c.Id == id));
        var hotline = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "tongdai111"));
        Assert.Equal(hotline.Id, saved.CreatedByUserId);
        Assert.Equal("Nguyễn Văn Bình", saved.ReporterName);
        Assert.Equal(2, saved.Children.Count);
        Assert.All(saved.Children, c => Assert.True(c.IsProvisional));
        Assert.Equal(9, saved.Children.Single(c => c.FullName == "Rơ Mah H'Yến").EstimatedAge);
    }

    [Fact]
    public async Task Post_ReceivedAtWithAnOffset_IsStoredAndAnsweredInUtc_WithoutOffsetIsRefused()
    {
        var client = await app.ApiClientAsync("xa.iako");
        var received = Now.AddHours(-1);
        var body = WorkerIntake("23977", received);
        body["receivedAt"] = received.AddHours(7).ToString("yyyy-MM-dd'T'HH:mm:ss'+07:00'", CultureInfo.InvariantCulture);

        var response = await PostAsync(client, body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Iso(received), (await ReadAsync(response)).GetProperty("receivedAt").GetString());

        body["receivedAt"] = received.AddHours(7).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var refused = await ProblemAsync(await PostAsync(client, body), HttpStatusCode.BadRequest);
        Assert.StartsWith("Thời điểm tiếp nhận phải ghi theo ISO 8601 kèm múi giờ", Errors(refused, "receivedAt").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_HotlineIntake_HotlineSeesStatusAndSteps_CommuneWorkerSeesTheNarrative()
    {
        var hotline = await app.ApiClientAsync("tongdai111");
        var received = Now.AddHours(-2);
        var id = await CreatedIdAsync(await PostAsync(hotline, HotlineIntake("23977", "111-2611-0002", received)));

        var asHotline = await ReadAsync(await hotline.GetAsync($"/api/v1/cases/{id}"));
        Assert.Equal("TiepNhan", asHotline.GetProperty("status").GetString());
        Assert.Equal("111-2611-0002", asHotline.GetProperty("hotlineReference").GetString());
        Assert.Equal("23977", asHotline.GetProperty("unitCode").GetString());
        var due = asHotline.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "DanhGiaBanDau");
        Assert.Equal(Iso(received.AddHours(12)), due.GetProperty("dueAt").GetString());
        foreach (var hidden in new[] { "description", "place", "allegedPerpetrator", "reporter", "children" })
            Assert.False(asHotline.TryGetProperty(hidden, out _), hidden);
        Assert.Equal(2, asHotline.GetProperty("childCount").GetInt32());

        var worker = await app.ApiClientAsync("xa.iako");
        var asWorker = await ReadAsync(await worker.GetAsync($"/api/v1/cases/{id}"));
        Assert.Equal("Full", asWorker.GetProperty("view").GetString());
        Assert.Equal("Người dân báo trẻ thường xuyên bị bỏ đói và bị đánh khi cha say rượu.", asWorker.GetProperty("description").GetString());
        Assert.Equal("Làng Ia Ko 2", asWorker.GetProperty("place").GetString());
        Assert.Equal("Cha của trẻ", asWorker.GetProperty("allegedPerpetrator").GetString());
        Assert.Contains("Rơ Mah H'Yến", asWorker.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("fullName").GetString()));

        // Both reads are in the audit log.
        var key = id.ToString(CultureInfo.InvariantCulture);
        var readers = await app.WithDbAsync(db => db.AuditEntries
            .Where(e => e.Entity == "Case" && e.Key == key && e.Action == AuditAction.Read).Select(e => e.UserName).ToListAsync());
        Assert.Contains("tongdai111", readers);
        Assert.Contains("xa.iako", readers);
    }

    [Theory]
    [InlineData("xa.iatiem")]
    [InlineData("huyen.mangyang")]
    [InlineData("congan.chuse")]
    public async Task Get_CaseOfAnotherCommune_Returns404(string login)
    {
        var worker = await app.ApiClientAsync("xa.iako");
        var id = await CreatedIdAsync(await PostAsync(worker, WorkerIntake("23977", Now.AddHours(-1))));

        var other = await app.ApiClientAsync(login);
        var response = await other.GetAsync($"/api/v1/cases/{id}");

        await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, Ids(await other.GetFromJsonAsync<JsonElement>("/api/v1/cases?pageSize=100")));
    }

    [Fact]
    public async Task Post_UnitOutsideTheIntakeScope_Returns404_UnitSeenWithoutIntakeRole_Returns403()
    {
        var before = await CaseCountAsync();

        var otherCommune = await PostAsync(await app.ApiClientAsync("xa.iatiem"), WorkerIntake("23977", Now));
        var problem = await ProblemAsync(otherCommune, HttpStatusCode.NotFound);
        Assert.Contains("23977", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        await ProblemAsync(await PostAsync(await app.ApiClientAsync("lanhdao"), WorkerIntake("23944", Now)), HttpStatusCode.Forbidden);
        await ProblemAsync(await PostAsync(await app.ApiClientAsync("admin"), WorkerIntake("23944", Now)), HttpStatusCode.Forbidden);
        Assert.Equal(before, await CaseCountAsync());
    }

    [Theory]
    [InlineData("source", "source", "\"TongDai113\"", "Nguồn tin phải là một trong: TongDai111, CongAn, TruongHoc, YTe, GiaDinh, HangXom, TreEm, UbndXa, Web, Khac.")]
    [InlineData("abuseForms[1]", "abuseForms", "[\"BaoLuc\", \"DanhNhau\"]", "Hình thức xâm hại phải là một trong: BaoLuc, BocLot, XamHaiTinhDuc, MuaBan, BoRoi, BoMac, Khac.")]
    [InlineData("children[0].sex", "children", "[{\"fullName\": \"A\", \"estimatedAge\": 5, \"sex\": \"Trai\"}]", "Giới tính phải là Nam, Nu hoặc KhongRo.")]
    [InlineData("description", "description", null, "Vui lòng nhập nội dung sự việc.")]
    [InlineData("description", "description", "\"   \"", "Vui lòng nhập nội dung sự việc.")]
    [InlineData("children", "children", "[]", "Vụ việc phải có ít nhất một trẻ em.")]
    [InlineData("children", "children", null, "Vụ việc phải có ít nhất một trẻ em.")]
    [InlineData("hotlineReference", "hotlineReference", null, "Thông tin từ Tổng đài 111 phải có mã số của Tổng đài.")]
    [InlineData("abuseForms", "abuseForms", "[]", "Chọn ít nhất một hình thức xâm hại.")]
    [InlineData("receivedAt", "receivedAt", "\"2099-01-01T00:00:00Z\"", "Thời điểm tiếp nhận không được ở tương lai.")]
    [InlineData("children[0].dateOfBirth", "children", "[{\"fullName\": \"A\", \"sex\": \"Nam\"}]", "Nhập ngày sinh hoặc tuổi ước tính (estimatedAge) của trẻ.")]
    [InlineData("unitCode", "unitCode", "\"633\"", "Vụ việc thuộc xã, phường, thị trấn nơi xảy ra: hãy dùng mã của xã (không dùng mã thôn, huyện hoặc tỉnh).")]
    public async Task Post_InvalidIntake_Returns400WithTheVietnameseMessage_AndOpensNoCase(string field, string property, string? rawValue, string message)
    {
        var client = await app.ApiClientAsync("tongdai111");
        var body = HotlineIntake("23977", "111-INVALID");
        body.Remove(property);
        if (rawValue is not null) body[property] = JsonNode.Parse(rawValue);
        var before = await CaseCountAsync();

        var problem = await ProblemAsync(await PostAsync(client, body), HttpStatusCode.BadRequest);

        Assert.Equal([message], Errors(problem, field));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task Post_ChildIdOfTheRegister_LinksTheChild_ChildNotVisibleIsA400()
    {
        var child = await app.CreateChildAsync("23944-02", "Siu H'Lan", new DateOnly(2016, 8, 9));
        var intake = WorkerIntake("23944", Now.AddHours(-1));
        intake["children"] = new JsonArray(new JsonObject { ["childId"] = child.Id });

        var created = await PostAsync(await app.ApiClientAsync("xa.iatiem"), intake);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var linked = (await ReadAsync(created)).GetProperty("children").EnumerateArray().Single();
        Assert.Equal(child.Id, linked.GetProperty("childId").GetInt32());
        Assert.Equal("Siu H'Lan", linked.GetProperty("fullName").GetString());
        Assert.False(linked.GetProperty("provisional").GetBoolean());

        // Ia Ko's worker and the hotline do not see this child in the register.
        foreach (var login in new[] { "xa.iako", "tongdai111" })
        {
            var other = WorkerIntake("23977", Now.AddHours(-1));
            other["children"] = new JsonArray(new JsonObject { ["childId"] = child.Id });
            var problem = await ProblemAsync(await PostAsync(await app.ApiClientAsync(login), other), HttpStatusCode.BadRequest);
            Assert.Equal([$"Không tìm thấy trẻ có mã {child.Id} trong sổ theo dõi thuộc phạm vi của bạn."], Errors(problem, "children[0].childId"));
        }
    }

    [Fact]
    public async Task Post_SameHotlineReferenceAgain_Returns409WithTheCaseAlreadyOpened()
    {
        var client = await app.ApiClientAsync("tongdai111");
        var id = await CreatedIdAsync(await PostAsync(client, HotlineIntake("23944", "111-2611-0003")));
        var before = await CaseCountAsync();

        var problem = await ProblemAsync(await PostAsync(client, HotlineIntake("23944", "111-2611-0003")), HttpStatusCode.Conflict);

        Assert.Equal(id, problem.GetProperty("caseId").GetInt32());
        Assert.Contains($"VV-{id:D6}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task Post_IsAudited_WithoutTheNarrativeInTheLog()
    {
        var client = await app.ApiClientAsync("tongdai111");
        var id = await CreatedIdAsync(await PostAsync(client, HotlineIntake("23977", "111-2611-0004")));

        var key = id.ToString(CultureInfo.InvariantCulture);
        var entry = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Entity == "Case" && e.Key == key && e.Action == AuditAction.Insert));
        Assert.Equal("tongdai111", entry.UserName);
        Assert.Contains("111-2611-0004", entry.NewValues, StringComparison.Ordinal);
        Assert.DoesNotContain("bỏ đói", entry.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_FiltersByUnitStatusAndOverdue_WithTheClock()
    {
        var iaTiem = await app.ApiClientAsync("xa.iatiem");
        var late = await CreatedIdAsync(await PostAsync(iaTiem, WorkerIntake("23944", Now.AddHours(-20))));
        var fresh = await CreatedIdAsync(await PostAsync(iaTiem, WorkerIntake("23944", Now.AddHours(-1))));
        var iaKo = await CreatedIdAsync(await PostAsync(await app.ApiClientAsync("xa.iako"), WorkerIntake("23977", Now)));
        var district = await app.ApiClientAsync("huyen.chuse");

        var inIaTiem = await district.GetFromJsonAsync<JsonElement>("/api/v1/cases?unit=23944&pageSize=100");
        Assert.Contains(late, Ids(inIaTiem));
        Assert.Contains(fresh, Ids(inIaTiem));
        Assert.DoesNotContain(iaKo, Ids(inIaTiem));
        Assert.All(inIaTiem.GetProperty("items").EnumerateArray(), i => Assert.Equal("23944", i.GetProperty("unitCode").GetString()));
        var row = inIaTiem.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == late);
        Assert.Equal($"VV-{late:D6}", row.GetProperty("code").GetString());
        Assert.Equal("TruongHoc", row.GetProperty("source").GetString());
        Assert.Equal(["BoRoi"], row.GetProperty("abuseForms").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("DanhGiaBanDau", row.GetProperty("nextDue").GetProperty("kind").GetString());
        Assert.Equal(Iso(Now.AddHours(-8)), row.GetProperty("nextDue").GetProperty("dueAt").GetString());
        Assert.True(row.GetProperty("overdue").GetBoolean());
        Assert.False(row.TryGetProperty("description", out _));

        var overdue = await district.GetFromJsonAsync<JsonElement>("/api/v1/cases?unit=23944&overdue=true&pageSize=100");
        Assert.Contains(late, Ids(overdue));
        Assert.DoesNotContain(fresh, Ids(overdue));
        Assert.All(overdue.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("overdue").GetBoolean()));
        var onTime = await district.GetFromJsonAsync<JsonElement>("/api/v1/cases?unit=23944&overdue=false&pageSize=100");
        Assert.Contains(fresh, Ids(onTime));
        Assert.DoesNotContain(late, Ids(onTime));

        var received = await district.GetFromJsonAsync<JsonElement>("/api/v1/cases?status=TiepNhan&pageSize=100");
        Assert.Contains(iaKo, Ids(received));
        Assert.All(received.GetProperty("items").EnumerateArray(), i => Assert.Equal("TiepNhan", i.GetProperty("status").GetString()));
        var closed = await district.GetFromJsonAsync<JsonElement>("/api/v1/cases?status=DaDong&pageSize=100");
        Assert.DoesNotContain(late, Ids(closed));
        Assert.All(closed.GetProperty("items").EnumerateArray(), i => Assert.Equal("DaDong", i.GetProperty("status").GetString()));

        var page = await district.GetFromJsonAsync<JsonElement>("/api/v1/cases?unit=23944&pageSize=1&page=2");
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);

        // Twelve hours later the fresh intake is overdue too.
        app.Clock.Advance(TimeSpan.FromHours(12));
        var later = await district.GetFromJsonAsync<JsonElement>("/api/v1/cases?unit=23944&overdue=true&pageSize=100");
        Assert.Contains(fresh, Ids(later));

        var bad = await ProblemAsync(await district.GetAsync("/api/v1/cases?status=Moi&overdue=maybe"), HttpStatusCode.BadRequest);
        Assert.StartsWith("Trạng thái phải là một trong: TiepNhan", Errors(bad, "status").Single(), StringComparison.Ordinal);
        Assert.Equal(["Tham số overdue phải là true hoặc false."], Errors(bad, "overdue"));
        await ProblemAsync(await iaTiem.GetAsync("/api/v1/cases?unit=23977"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_Hotline_SeesOnlyItsOwnIntakes()
    {
        var hotline = await app.ApiClientAsync("tongdai111");
        var own = await CreatedIdAsync(await PostAsync(hotline, HotlineIntake("23944", "111-2611-0005")));
        var other = await CreatedIdAsync(await PostAsync(await app.ApiClientAsync("xa.iatiem"), WorkerIntake("23944", Now)));

        var list = await hotline.GetFromJsonAsync<JsonElement>("/api/v1/cases?pageSize=100");

        Assert.Contains(own, Ids(list));
        Assert.DoesNotContain(other, Ids(list));
        await ProblemAsync(await hotline.GetAsync($"/api/v1/cases/{other}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheCasePathsAndTheIntakeContract()
    {
        var doc = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = doc.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/cases").TryGetProperty("post", out var post));
        Assert.True(paths.GetProperty("/api/v1/cases").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/cases/{id}").TryGetProperty("get", out _));
        Assert.True(post.GetProperty("responses").TryGetProperty("201", out _));
        var request = doc.GetProperty("components").GetProperty("schemas").GetProperty("CaseCreateRequest").GetProperty("properties");
        foreach (var name in new[] { "source", "hotlineReference", "unitCode", "receivedAt", "abuseForms", "description", "reporter", "children" })
            Assert.True(request.TryGetProperty(name, out _), name);
    }
}
