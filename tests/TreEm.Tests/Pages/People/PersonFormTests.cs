using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.People;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.People;

/// <summary>New, edit and end of work of a person: rules, scope, concurrency and audit.</summary>
public class PersonFormTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> Fields(string name, PersonKind kind, string unit, string start = "01/03/2026", string version = "") => new()
    {
        ["Input.FullName"] = name, ["Input.Kind"] = kind.ToString(), ["Input.UnitCode"] = unit, ["Input.Position"] = "Công chức Văn hóa – Xã hội",
        ["Input.FullTime"] = "true", ["Input.Sex"] = "Nu", ["Input.BirthYear"] = "1988", ["Input.Phone"] = "0905123456",
        ["Input.StartDate"] = start, ["Input.Note"] = "", ["Version"] = version,
    };

    private static int IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString["/people/".Length..], CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task New_CommuneWorker_IsSavedSearchableAndAudited()
    {
        var client = await app.As("xa.iatiem");

        var id = IdFrom(await client.PostFormAsync("/people/new", Fields("Rơ Chăm H'Mới", PersonKind.CanBoXa, "23944")));

        var person = await app.WithDbAsync(db => db.People.Include(p => p.Unit).AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(("Rơ Chăm H'Mới", "ro cham h'moi", "23944"), (person.FullName, person.NameSearch, person.Unit!.Code));
        Assert.Equal(new DateOnly(2026, 3, 1), person.StartDate);
        Assert.True(person.FullTime);
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Entity == nameof(Person) && a.Key == key && a.Action == AuditAction.Insert)));
    }

    [Fact]
    public async Task New_CollaboratorOfACommune_IsRefusedWithMessageAndKeepsInput()
    {
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync("/people/new", Fields("Ksor Sai Cấp", PersonKind.CongTacVien, "23944"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains(PeopleRules.UnitMismatchVillage, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Ksor Sai Cấp\"", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Ksor Sai Cấp")));
    }

    [Fact]
    public async Task New_FutureStartAndUnitOutsideWriteScope_AreRefused()
    {
        var client = await app.As("xa.iako");

        var html = await (await client.PostFormAsync("/people/new", Fields("Nay Tương Lai", PersonKind.CanBoXa, "23944", start: "01/12/2026"))).TextAsync();

        Assert.Contains(PeopleRules.StartInFuture, html, StringComparison.Ordinal);
        Assert.Contains("Đơn vị này không có hoặc bạn không được cập nhật cán bộ của đơn vị này.", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.People.AnyAsync(p => p.FullName == "Nay Tương Lai")));
    }

    [Fact]
    public async Task New_UserWithoutPeopleWrite_IsForbidden()
    {
        PeopleTestData.AssertForbidden(await (await app.As("lanhdao")).GetAsync("/people/new"));
        PeopleTestData.AssertForbidden(await (await app.As("chutich.iatiem")).GetAsync("/people/new"));
    }

    [Fact]
    public async Task Edit_ReadOnlyUserForbidden_OtherCommune404()
    {
        var person = await app.AddPersonAsync("23944", "Siu Không Sửa", PersonKind.CanBoXa);
        var url = $"/people/{person.Id}/edit";

        var chairman = await app.As("chutich.iatiem");
        PeopleTestData.AssertForbidden(await chairman.GetAsync(url));
        PeopleTestData.AssertForbidden(await chairman.PostFormAsync(url, Fields("Siu Đã Sửa", PersonKind.CanBoXa, "23944", "01/01/2020", "0"), getUrl: $"/people/{person.Id}"));
        Assert.Equal("Siu Không Sửa", (await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id))).FullName);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Edit_CurrentVersion_SavesTheChange()
    {
        var person = await app.AddPersonAsync("23950", "Rơ Mah Cũ", PersonKind.CanBoXa);
        var client = await app.As("huyen.chuse");

        var response = await client.PostFormAsync($"/people/{person.Id}/edit", Fields("Rơ Mah Mới", PersonKind.CanBoXa, "23950", "01/01/2020", "0"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal(("Rơ Mah Mới", "ro mah moi", 1), (saved.FullName, saved.NameSearch, saved.Version));
    }

    [Fact]
    public async Task Edit_StaleVersion_ShowsTheConflictKeepsInputAndOverwritesNothing()
    {
        var person = await app.AddPersonAsync("23953", "Kpă Ban Đầu", PersonKind.CanBoXa);
        await app.WithDbAsync(async db =>
        {
            var p = await db.People.SingleAsync(x => x.Id == person.Id);
            p.Phone = "0912000111";
            await db.SaveChangesAsync();
        });
        var client = await app.As("huyen.chuse");

        var response = await client.PostFormAsync($"/people/{person.Id}/edit", Fields("Kpă Của Tôi", PersonKind.CanBoXa, "23953", "01/01/2020", "0"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Hồ sơ này vừa được người khác sửa.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kpă Của Tôi\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Version\" value=\"1\"", html, StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal(("Kpă Ban Đầu", "0912000111"), (saved.FullName, saved.Phone));
    }

    [Fact]
    public async Task End_NeedsConfirmation_ThenEndsTheWorkAndAuditsTheReason()
    {
        var person = await app.AddPersonAsync("23956", "Puih Nghỉ Hưu", PersonKind.CanBoXa);
        var client = await app.As("huyen.chuse");
        var url = $"/people/{person.Id}/end";

        var refused = await client.PostFormAsync(url, new() { ["Input.EndDate"] = "15/11/2026", ["Input.Reason"] = "Nghỉ hưu", ["Input.Version"] = "0" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vui lòng đánh dấu xác nhận trước khi kết thúc công tác.", await refused.TextAsync(), StringComparison.Ordinal);
        Assert.Null((await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id))).EndDate);

        var ended = await client.PostFormAsync(url, new()
        {
            ["Input.EndDate"] = "15/11/2026", ["Input.Reason"] = "Nghỉ hưu", ["Input.Confirm"] = "true", ["Input.Version"] = "0",
        });

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var saved = await app.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == person.Id));
        Assert.Equal(new DateOnly(2026, 11, 15), saved.EndDate);
        var key = person.Id.ToString(CultureInfo.InvariantCulture);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Entity == nameof(Person) && a.Key == key && a.Action == AuditAction.Update));
        Assert.Equal("Nghỉ hưu", audit.Reason);
        var list = await (await client.GetAsync("/people?unit=23956")).TextAsync();
        Assert.Contains("Không có cán bộ, cộng tác viên nào phù hợp.", list, StringComparison.Ordinal);
    }
}
