using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Api;

/// <summary>/api/v1/children: scope, filters, validation, duplicates and optimistic concurrency over HTTP.</summary>
public class ChildApiTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static JsonObject NewChild(string fullName, string unitCode, string dateOfBirth = "2017-04-12") => new()
    {
        ["fullName"] = fullName,
        ["dateOfBirth"] = dateOfBirth,
        ["sex"] = "Nam",
        ["ethnicityCode"] = "10",
        ["unitCode"] = unitCode,
        ["poverty"] = "Ngheo",
        ["schooling"] = "TieuHoc",
        ["hasHealthInsurance"] = true,
        ["caregivers"] = new JsonArray(new JsonObject
        {
            ["relation"] = "Me", ["fullName"] = "Rơ Châm H'Lan", ["birthYear"] = 1990, ["phone"] = "0905 123 456",
            ["isMainCaregiver"] = true,
        }),
    };

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string[] Errors(JsonElement problem, string field) =>
        problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static List<int> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();

    [Fact]
    public async Task List_FiltersByNameUnitAndGroup_AndPages()
    {
        var a = await app.CreateChildAsync("23944-01", "Phạm Thanh Hà", new DateOnly(2015, 1, 2));
        var b = await app.CreateChildAsync("23944-02", "Phạm Thanh Hải", new DateOnly(2016, 2, 3));
        var c = await app.CreateChildAsync("23944", "Phạm Thanh Hưng", new DateOnly(2017, 3, 4));
        var d = await app.CreateChildAsync("23977", "Phạm Thanh Hòa", new DateOnly(2018, 4, 5));
        await app.AddSpecialCircumstanceAsync(b.Id, "đ");
        var client = await app.ApiClientAsync("huyen.chuse");

        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=PHẠM THANH");
        Assert.Equal(4, all.GetProperty("total").GetInt32());
        Assert.Equal([a.Id, b.Id, c.Id, d.Id], Ids(all));
        var first = all.GetProperty("items")[0];
        Assert.Equal("Phạm Thanh Hà", first.GetProperty("fullName").GetString());
        Assert.Equal("2015-01-02", first.GetProperty("dateOfBirth").GetString());
        Assert.Equal("23944-01", first.GetProperty("unitCode").GetString());
        Assert.Equal("Nu", first.GetProperty("sex").GetString());

        var inCommune = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=pham thanh&unit=23944");
        Assert.Equal([a.Id, b.Id, c.Id], Ids(inCommune));

        var inGroup = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=pham thanh&group=đ");
        var only = Assert.Single(inGroup.GetProperty("items").EnumerateArray());
        Assert.Equal(b.Id, only.GetProperty("id").GetInt32());
        Assert.Equal("đ", only.GetProperty("specialCircumstanceGroups")[0].GetString());

        var page1 = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=pham thanh&pageSize=3");
        var page2 = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=pham thanh&pageSize=3&page=2");
        Assert.Equal([a.Id, b.Id, c.Id], Ids(page1));
        Assert.Equal([d.Id], Ids(page2));
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(3, page2.GetProperty("pageSize").GetInt32());
        Assert.Equal(4, page2.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_PageSizeOver100_Returns400()
    {
        var client = await app.ApiClientAsync("huyen.chuse");
        var response = await client.GetAsync("/api/v1/children?pageSize=101");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Số dòng mỗi trang phải từ 1 đến 100."], Errors(await ProblemAsync(response), "pageSize"));
    }

    [Fact]
    public async Task List_CommuneWorker_SeesOnlyTheirCommune_AndAnotherUnitIs404()
    {
        var mine = await app.CreateChildAsync("23944-03", "Siu Thị Ngọc Mai");
        await app.CreateChildAsync("23977-01", "Siu Thị Ngọc Lan");
        var client = await app.ApiClientAsync("xa.iatiem");

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/children?q=siu thi ngoc");
        Assert.Equal([mine.Id], Ids(list));

        var other = await client.GetAsync("/api/v1/children?unit=23977");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        await ProblemAsync(other);
    }

    [Fact]
    public async Task Get_InScope_ReturnsTheRecordAndWritesAReadAuditEntry()
    {
        var child = await app.CreateChildAsync("23944-02", "Nay H'Bia", new DateOnly(2014, 8, 9), identityNumber: "064214000123");
        var client = await app.ApiClientAsync("xa.iatiem");

        var body = await client.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}");

        Assert.Equal("Nay H'Bia", body.GetProperty("fullName").GetString());
        Assert.Equal("2014-08-09", body.GetProperty("dateOfBirth").GetString());
        Assert.Equal(2014, body.GetProperty("birthYear").GetInt32());
        Assert.Equal("064214000123", body.GetProperty("identityNumber").GetString());
        Assert.Equal("23944-02", body.GetProperty("unitCode").GetString());
        Assert.Equal("DangQuanLy", body.GetProperty("status").GetString());
        Assert.EndsWith("Z", body.GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        var key = child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var read = await app.WithDbAsync(db => db.AuditEntries.SingleOrDefaultAsync(e =>
            e.Entity == "Child" && e.Key == key && e.Action == AuditAction.Read));
        Assert.NotNull(read);
        Assert.Equal("xa.iatiem", read.UserName);
    }

    [Theory]
    [InlineData("xa.iatiem")]
    [InlineData("huyen.mangyang")]
    public async Task Get_And_Put_OutOfScope_Return404(string login)
    {
        var child = await app.CreateChildAsync("23977-02", "Kpă Thị Sen");
        var client = await app.ApiClientAsync(login);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/children/{child.Id}")).StatusCode);
        var update = NewChild("Kpă Thị Sen Sửa", "23977-02");
        update["version"] = child.Version;
        var put = await client.PutAsJsonAsync($"/api/v1/children/{child.Id}", update);
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal("Kpă Thị Sen", await app.WithDbAsync(db => db.Children.Where(c => c.Id == child.Id).Select(c => c.FullName).SingleAsync()));
    }

    [Fact]
    public async Task Partner_GetsNotFoundForEverything()
    {
        var child = await app.CreateChildAsync("23944-01", "Rơ Lan Thị Hoa");
        var client = await app.ApiClientAsync("congan.chuse");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/children")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/children?unit=633")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/children", NewChild("Rơ Lan Văn Nam", "23944-01"))).StatusCode);
        var update = NewChild("Rơ Lan Thị Hoa", "23944-01");
        update["version"] = 0;
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"/api/v1/children/{child.Id}", update)).StatusCode);
    }

    [Fact]
    public async Task Post_Valid_Returns201WithLocationAndTheRecord()
    {
        var client = await app.ApiClientAsync("xa.iatiem");
        var body = NewChild("Ksor Văn Thắng", "23944-04");
        body["identityNumber"] = "064217000456";
        body["specialCircumstances"] = new JsonArray(new JsonObject { ["group"] = "a", ["subgroup"] = "a.3", ["startDate"] = "2024-06-01", ["note"] = "Sống với bà ngoại" });
        body["atRisk"] = new JsonArray(new JsonObject { ["code"] = "NC01", ["startDate"] = "2025-01-01" });

        var response = await client.PostAsJsonAsync("/api/v1/children", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/children/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Ksor Văn Thắng", created.GetProperty("fullName").GetString());
        Assert.Equal("2017-04-12", created.GetProperty("dateOfBirth").GetString());
        Assert.Equal("Nam", created.GetProperty("sex").GetString());
        Assert.Equal("Ngheo", created.GetProperty("poverty").GetString());
        Assert.Equal("23944-04", created.GetProperty("unitCode").GetString());
        Assert.Equal(await app.WithDbAsync(db => db.Units.Where(u => u.Code == "23944-04").Select(u => u.Name).SingleAsync()),
            created.GetProperty("unitName").GetString());
        Assert.Equal("Rơ Châm H'Lan", created.GetProperty("caregivers")[0].GetProperty("fullName").GetString());
        Assert.Equal("Me", created.GetProperty("caregivers")[0].GetProperty("relation").GetString());
        Assert.Equal("a.3", created.GetProperty("specialCircumstances")[0].GetProperty("subgroup").GetString());
        Assert.Equal("NC01", created.GetProperty("atRisk")[0].GetProperty("code").GetString());

        var saved = await app.WithDbAsync(db => db.Children.Include(c => c.Classifications).Include(c => c.Caregivers).SingleAsync(c => c.Id == id));
        Assert.Equal("ksor van thang", saved.NameSearch);
        Assert.Equal(2, saved.Classifications.Count);
        Assert.True(Assert.Single(saved.Caregivers).IsMainCaregiver);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == "Child" && e.Key == key && e.Action == AuditAction.Insert && e.UserName == "xa.iatiem")));
    }

    [Fact]
    public async Task Post_Invalid_Returns400WithTheVietnameseMessagesOfTheForms()
    {
        var client = await app.ApiClientAsync("xa.iatiem");
        var body = NewChild("", "23944-01", dateOfBirth: "2027-01-01");
        body["caregivers"]![0]!["phone"] = "gọi bà Lan";
        var before = await app.WithDbAsync(db => db.Children.CountAsync());

        var response = await client.PostAsJsonAsync("/api/v1/children", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(["Vui lòng nhập họ và tên."], Errors(problem, "fullName"));
        Assert.Equal(["Ngày sinh không được ở tương lai."], Errors(problem, "dateOfBirth"));
        Assert.Equal(["Số điện thoại chỉ gồm chữ số."], Errors(problem, "caregivers[0].phone"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Children.CountAsync()));
    }

    [Fact]
    public async Task Post_SixteenYearOld_And_UnreadableDate_Return400()
    {
        var client = await app.ApiClientAsync("xa.iatiem");
        var old = await client.PostAsJsonAsync("/api/v1/children", NewChild("Rcom Văn Tú", "23944-01", dateOfBirth: "2010-11-30"));
        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Equal(["Trẻ đã đủ 16 tuổi: không còn thuộc diện trẻ em theo Luật Trẻ em 2016."], Errors(await ProblemAsync(old), "dateOfBirth"));

        var bad = await client.PostAsJsonAsync("/api/v1/children", NewChild("Rcom Văn Tú", "23944-01", dateOfBirth: "30/11/2015"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["Ngày không hợp lệ: hãy ghi theo dạng yyyy-MM-dd."], Errors(await ProblemAsync(bad), "dateOfBirth"));
    }

    [Fact]
    public async Task Post_NotJson_Returns415()
    {
        var client = await app.ApiClientAsync("xa.iatiem");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["fullName"] = "Rcom Văn Tú" });
        var response = await client.PostAsync("/api/v1/children", form);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await ProblemAsync(response);
    }

    [Fact]
    public async Task Post_LikelyDuplicateWithoutConfirmation_Returns409_AndWithConfirmationCreates()
    {
        var existing = await app.CreateChildAsync("23944-01", "Ksor H'Duyên", new DateOnly(2015, 3, 2));
        var client = await app.ApiClientAsync("xa.iatiem");
        var body = NewChild("KSOR H'DUYEN", "23944-02", dateOfBirth: "2015-03-02");

        var response = await client.PostAsJsonAsync("/api/v1/children", body);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        var duplicate = Assert.Single(problem.GetProperty("duplicates").EnumerateArray());
        Assert.Equal("SameNameAndBirthDate", duplicate.GetProperty("reason").GetString());
        Assert.Equal(existing.Id, duplicate.GetProperty("childId").GetInt32());
        Assert.Contains("Trùng họ tên và ngày sinh", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await app.WithDbAsync(db => db.Children.CountAsync(c => c.NameSearch == "ksor h'duyen")));

        body["confirmDuplicates"] = true;
        var confirmed = await client.PostAsJsonAsync("/api/v1/children", body);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Children.CountAsync(c => c.NameSearch == "ksor h'duyen")));
    }

    [Fact]
    public async Task Post_DuplicateOutsideScope_NamesNoOneButGivesTheReason()
    {
        await app.CreateChildAsync("23977-03", "Rah Lan Thị Ngân", new DateOnly(2013, 7, 7), configure: c =>
            c.Caregivers.Add(new Caregiver { Relation = CaregiverRelation.Me, FullName = "Rơ Châm H'Lan", NameSearch = VietnameseText.Normalize("Rơ Châm H'Lan") }));
        var client = await app.ApiClientAsync("xa.iatiem");

        var response = await client.PostAsJsonAsync("/api/v1/children", NewChild("Rah Lan Thị Ngân", "23944-01", dateOfBirth: "2013-01-15"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var duplicate = Assert.Single(JsonDocument.Parse(raw).RootElement.GetProperty("duplicates").EnumerateArray());
        Assert.Equal("SameNameBirthYearAndCaregiver", duplicate.GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, duplicate.GetProperty("childId").ValueKind);
        Assert.Equal(JsonValueKind.Null, duplicate.GetProperty("fullName").ValueKind);
        Assert.DoesNotContain("23977", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IdentityNumberAlreadyUsed_Returns400OnIdentityNumber()
    {
        await app.CreateChildAsync("23977-01", "Đinh Thị Mơ", identityNumber: "064216000999");
        var client = await app.ApiClientAsync("xa.iatiem");
        var body = NewChild("Đinh Văn Khác", "23944-01");
        body["identityNumber"] = "064216000999";

        var response = await client.PostAsJsonAsync("/api/v1/children", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single(Errors(await ProblemAsync(response), "identityNumber"));
        Assert.StartsWith("Số định danh 064216000999 đã có trong sổ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnitOutsideWriteScope_Is404_AndReadOnlyRoleIs403()
    {
        var worker = await app.ApiClientAsync("xa.iatiem");
        var outside = await worker.PostAsJsonAsync("/api/v1/children", NewChild("Nay Văn Xa", "23977-01"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("23977-01", (await ProblemAsync(outside)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var inspector = await app.ApiClientAsync("thanhtra");
        var readOnly = await inspector.PostAsJsonAsync("/api/v1/children", NewChild("Nay Văn Xa", "23944-01"));
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        await ProblemAsync(readOnly);
        Assert.False(await app.WithDbAsync(db => db.Children.AnyAsync(c => c.NameSearch == "nay van xa")));
    }

    [Fact]
    public async Task Put_WithCurrentVersion_Returns200AndTheNextVersion()
    {
        var child = await app.CreateChildAsync("23944-01", "Rơ Mah Thị Bông", new DateOnly(2016, 9, 9));
        var client = await app.ApiClientAsync("xa.iatiem");
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}");
        var version = read.GetProperty("version").GetInt32();
        var body = NewChild("Rơ Mah Thị Bông Hồng", "23944-03", dateOfBirth: "2016-09-09");
        body["version"] = version;

        var response = await client.PutAsJsonAsync($"/api/v1/children/{child.Id}", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version + 1, updated.GetProperty("version").GetInt32());
        Assert.Equal("23944-03", updated.GetProperty("unitCode").GetString());
        var saved = await app.WithDbAsync(db => db.Children.Include(c => c.Caregivers).SingleAsync(c => c.Id == child.Id));
        Assert.Equal("Rơ Mah Thị Bông Hồng", saved.FullName);
        Assert.Equal(version + 1, saved.Version);
        Assert.Equal("Rơ Châm H'Lan", Assert.Single(saved.Caregivers).FullName);
    }

    [Fact]
    public async Task Put_WithStaleVersion_Returns409AndChangesNothing()
    {
        var child = await app.CreateChildAsync("23944-02", "Ksor Thị Lê", new DateOnly(2016, 1, 1));
        var client = await app.ApiClientAsync("xa.iatiem");
        var version = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/children/{child.Id}")).GetProperty("version").GetInt32();
        var first = NewChild("Ksor Thị Lê Na", "23944-02", dateOfBirth: "2016-01-01");
        first["version"] = version;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/children/{child.Id}", first)).StatusCode);

        var stale = NewChild("Ksor Thị Lê Ghi Đè", "23944-02", dateOfBirth: "2016-01-01");
        stale["version"] = version;
        var response = await client.PutAsJsonAsync($"/api/v1/children/{child.Id}", stale);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Equal("xa.iatiem", problem.GetProperty("updatedBy").GetString());
        var saved = await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id));
        Assert.Equal("Ksor Thị Lê Na", saved.FullName);
        Assert.Equal(version + 1, saved.Version);
    }

    [Fact]
    public async Task Put_WithoutVersion_Returns400()
    {
        var child = await app.CreateChildAsync("23944-02", "Siu Văn Tín");
        var client = await app.ApiClientAsync("xa.iatiem");

        var response = await client.PutAsJsonAsync($"/api/v1/children/{child.Id}", NewChild("Siu Văn Tín", "23944-02"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(Errors(await ProblemAsync(response), "version"));
    }

    [Fact]
    public async Task Put_ReadOnlyUserOrAnotherCommune_IsRefused()
    {
        var child = await app.CreateChildAsync("23944-02", "Nay Thị Hiền");
        var inspector = await app.ApiClientAsync("thanhtra");
        var body = NewChild("Nay Thị Hiền", "23944-02");
        body["version"] = child.Version;
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.PutAsJsonAsync($"/api/v1/children/{child.Id}", body)).StatusCode);

        // A move to another commune is a status change with its history, not an edit.
        var district = await app.ApiClientAsync("huyen.chuse");
        var move = NewChild("Nay Thị Hiền", "23977-01");
        move["version"] = child.Version;
        var response = await district.PutAsJsonAsync($"/api/v1/children/{child.Id}", move);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(Errors(await ProblemAsync(response), "unitCode"));
    }

    [Fact]
    public async Task OpenApiDocument_ListsTheFourChildOperations()
    {
        var doc = await app.Anonymous().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        var list = paths.GetProperty("/api/v1/children");
        var one = paths.GetProperty("/api/v1/children/{id}");
        Assert.Equal("ListChildren", list.GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("CreateChild", list.GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("GetChild", one.GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("UpdateChild", one.GetProperty("put").GetProperty("operationId").GetString());
        Assert.True(list.GetProperty("post").GetProperty("responses").TryGetProperty("409", out _));
        Assert.True(one.GetProperty("put").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }
}
