using System.Net;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TreEm.Auditing;
using TreEm.Domain.People;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.People;

/// <summary>The people list, details and export. Each test works in communes of its own.</summary>
public class PeopleListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task List_ShowsOnlyTheUsersScope_AndSearchIgnoresDiacritics()
    {
        await app.AddPersonAsync("23944", "Ksor H'Lữ Danh Sách", PersonKind.CanBoXa);
        await app.AddPersonAsync("23977", "Lê Văn Ko Danh Sách", PersonKind.CanBoXa);

        var iako = await (await (await app.As("xa.iako")).GetAsync("/people")).TextAsync();
        Assert.Contains("Lê Văn Ko Danh Sách", iako, StringComparison.Ordinal);
        Assert.DoesNotContain("Ksor H'Lữ Danh Sách", iako, StringComparison.Ordinal);

        var district = await app.As("huyen.chuse");
        var found = await (await district.GetAsync("/people?q=h%27lu+danh+sach")).TextAsync();
        Assert.Contains("Ksor H'Lữ Danh Sách", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Văn Ko Danh Sách", found, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync("/people?unit=23944")).StatusCode);
    }

    [Fact]
    public async Task List_FormerPeople_AreListedOnlyWhenAskedOrOnAPastDay()
    {
        await app.AddPersonAsync("23641", "Đinh Thị Đã Nghỉ", PersonKind.CanBoXa, new(2020, 1, 1), end: new(2024, 3, 31));
        var client = await app.As("tinh");

        var current = await (await client.GetAsync("/people?unit=23641")).TextAsync();
        var withFormer = await (await client.GetAsync("/people?unit=23641&former=1")).TextAsync();
        var in2023 = await (await client.GetAsync("/people?unit=23641&date=01/06/2023")).TextAsync();

        Assert.DoesNotContain("Đinh Thị Đã Nghỉ", current, StringComparison.Ordinal);
        Assert.Contains("Không có cán bộ, cộng tác viên nào phù hợp.", current, StringComparison.Ordinal);
        Assert.Contains("Đinh Thị Đã Nghỉ", withFormer, StringComparison.Ordinal);
        Assert.Contains("Đinh Thị Đã Nghỉ", in2023, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_SortedByNameDescending_ReversesTheOrder()
    {
        await app.AddPersonAsync("23644", "An Thị Đầu", PersonKind.CanBoXa);
        await app.AddPersonAsync("23644", "Y Thị Cuối", PersonKind.DoiTac);
        var client = await app.As("tinh");

        var asc = await (await client.GetAsync("/people?unit=23644")).TextAsync();
        var desc = await (await client.GetAsync("/people?unit=23644&sort=name_desc")).TextAsync();

        Assert.True(asc.IndexOf("An Thị Đầu", StringComparison.Ordinal) < asc.IndexOf("Y Thị Cuối", StringComparison.Ordinal));
        Assert.True(desc.IndexOf("An Thị Đầu", StringComparison.Ordinal) > desc.IndexOf("Y Thị Cuối", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_HasTheRowsNeutralisesFormulasAndIsAudited()
    {
        await app.AddPersonAsync("23647", "Nay Xuất Excel", PersonKind.CanBoXa, position: "=HYPERLINK(\"x\")");
        var client = await app.As("tinh");

        var response = await client.GetAsync("/people/export?unit=23647");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("DANH SÁCH CÁN BỘ, CỘNG TÁC VIÊN BẢO VỆ TRẺ EM", rows[0]["A"]);
        var row = Assert.Single(rows, r => Equals(r["B"], "Nay Xuất Excel"));
        Assert.Equal("'=HYPERLINK(\"x\")", row["D"]);
        Assert.Equal("23647", row["G"]);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == AuditAction.Export && a.Entity == "Person"));
        Assert.Equal("unit=23647", audit.Key);
        Assert.Equal("tinh", audit.UserName);
    }

    [Fact]
    public async Task Details_PersonOfAnotherCommune_Returns404_AndReadersSeeNoEditLink()
    {
        var person = await app.AddPersonAsync("23944", "Siu H'Chi Tiết", PersonKind.CanBoXa);
        var url = $"/people/{person.Id}";

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync(url)).StatusCode);
        var own = await (await (await app.As("xa.iatiem")).GetAsync(url)).TextAsync();
        Assert.Contains("Siu H'Chi Tiết", own, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"edit\"", own, StringComparison.Ordinal);
        var leader = await (await (await app.As("lanhdao")).GetAsync(url)).TextAsync();
        Assert.Contains("Siu H'Chi Tiết", leader, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"edit\"", leader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_InEnglish_UsesTheEnglishResources()
    {
        var client = await app.SignInAsync("huyen.mangyang");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync("/people?unit=23821");

        Assert.Contains("Officers and collaborators", html, StringComparison.Ordinal);
        Assert.Contains("No officer or collaborator matches.", html, StringComparison.Ordinal);
    }
}
