using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

/// <summary>Merging duplicate records (/children/{id}/merge) and undoing a merge (/children/merges/{id}/undo).</summary>
public class MergeTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static Dictionary<string, string> MergeForm(int other, int survivor, string reason, bool confirm = true) => new()
    {
        ["Input.OtherId"] = other.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.SurvivorId"] = survivor.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.Reason"] = reason,
        ["Input.Confirm"] = confirm ? "true" : "false",
    };

    private static Dictionary<string, string> UndoForm(string reason) => new() { ["Input.Reason"] = reason, ["Input.Confirm"] = "true" };

    /// <summary>Two records of one child in two communes of Chư Sê, the second with two classifications.</summary>
    private async Task<(Child Kept, Child Duplicate)> TwinsAsync(string fullName, DateOnly dob)
    {
        var kept = await app.CreateChildAsync("23944-01", fullName, dob);
        var duplicate = await app.CreateChildAsync("23977-02", fullName, dob);
        await app.AddSpecialCircumstanceAsync(kept.Id, "đ");
        await app.AddSpecialCircumstanceAsync(duplicate.Id, "a");
        await app.AddSpecialCircumstanceAsync(duplicate.Id, "c", new DateOnly(2023, 5, 1));
        return (kept, duplicate);
    }

    private async Task<int> MergeAsync(Child kept, Child duplicate, string reason)
    {
        var district = await app.SignInAsync("huyen.chuse");
        var response = await district.PostFormAsync($"/children/{kept.Id}/merge", MergeForm(duplicate.Id, kept.Id, reason),
            getUrl: $"/children/{kept.Id}/merge?other={duplicate.Id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await app.WithDbAsync(db => db.ChildMerges.Where(m => m.MergedId == duplicate.Id).Select(m => m.Id).SingleAsync());
    }

    [Fact]
    public async Task DistrictOfficer_MergesTwoChuSeRecords_ClassificationsMoveAndTheDuplicateLeavesTheList()
    {
        var (kept, duplicate) = await TwinsAsync("Rơ Ô Thị Nhung", new DateOnly(2014, 2, 2));
        var district = await app.SignInAsync("huyen.chuse");

        var choose = await district.GetStringAsync($"/children/{kept.Id}/merge");
        Assert.Contains($"data-testid=\"candidate\" data-id=\"{duplicate.Id}\"", choose, StringComparison.Ordinal);
        Assert.Contains("Trùng họ tên và ngày sinh", choose, StringComparison.Ordinal);
        var compare = await district.GetStringAsync($"/children/{kept.Id}/merge?other={duplicate.Id}");
        Assert.Contains("data-testid=\"compare\"", compare, StringComparison.Ordinal);

        const string reason = "Cùng một trẻ: trùng họ tên, ngày sinh; gia đình chuyển từ Ia Ko về Ia Tiêm";
        var response = await district.PostFormAsync($"/children/{kept.Id}/merge", MergeForm(duplicate.Id, kept.Id, reason),
            getUrl: $"/children/{kept.Id}/merge?other={duplicate.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{kept.Id}", response.Headers.Location!.OriginalString);
        var (survivor, merged, merge) = await app.WithDbAsync(async db => (
            await db.Children.Include(c => c.Classifications).Include(c => c.StatusHistory).SingleAsync(c => c.Id == kept.Id),
            await db.Children.Include(c => c.Classifications).Include(c => c.StatusHistory).SingleAsync(c => c.Id == duplicate.Id),
            await db.ChildMerges.SingleAsync(m => m.MergedId == duplicate.Id)));
        Assert.Equal(kept.Id, merged.MergedIntoId);
        Assert.Empty(merged.Classifications);
        Assert.Equal(["a", "c", "đ"], survivor.Classifications.Select(x => x.GroupCode!).Order(StringComparer.Ordinal));
        Assert.Equal(kept.Id, merge.SurvivorId);
        Assert.Equal("huyen.chuse", merge.UserName);
        var moved = JsonDocument.Parse(merge.MovedRecords).RootElement.GetProperty("classifications").EnumerateArray().Select(e => e.GetInt32());
        Assert.Equal(survivor.Classifications.Where(x => x.GroupCode != "đ").Select(x => x.Id).Order(), moved.Order());
        Assert.Contains(survivor.StatusHistory, h => h.Reason!.Contains(reason, StringComparison.Ordinal));
        Assert.Contains(merged.StatusHistory, h => h.Reason!.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(ChildStatus.DangQuanLy, merged.Status);

        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Reason == reason).ToListAsync());
        Assert.Contains(audited, e => e.Entity == nameof(ChildMerge) && e.Action == AuditAction.Insert && e.UserName == "huyen.chuse");
        Assert.Contains(audited, e => e.Entity == nameof(Child) && e.Key == duplicate.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.Action == AuditAction.Update);
        Assert.Equal(2, audited.Count(e => e.Entity == nameof(ChildClassification)));

        // The kept record lists the merged one; only an administrator is offered the undo.
        var keptPage = await district.GetStringAsync($"/children/{kept.Id}");
        Assert.Contains("data-testid=\"merged-records\"", keptPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"undo-merge-", keptPage, StringComparison.Ordinal);
        var adminPage = await (await app.SignInAsync("admin")).GetStringAsync($"/children/{kept.Id}");
        Assert.Contains($"data-testid=\"undo-merge-{merge.Id}\"", adminPage, StringComparison.Ordinal);

        var api = await app.ApiClientAsync("huyen.chuse");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/children?q=ro o thi nhung");
        var only = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(kept.Id, only.GetProperty("id").GetInt32());
        Assert.Equal(["a", "c", "đ"], only.GetProperty("specialCircumstanceGroups").EnumerateArray().Select(g => g.GetString()!));
    }

    [Fact]
    public async Task Merge_WithoutConfirmation_IsRefusedAndKeepsWhatWasTyped()
    {
        var (kept, duplicate) = await TwinsAsync("Kpuih Thị Dung", new DateOnly(2015, 6, 6));
        var district = await app.SignInAsync("huyen.chuse");

        var response = await district.PostFormAsync($"/children/{kept.Id}/merge", MergeForm(duplicate.Id, kept.Id, "Lý do đã gõ", confirm: false),
            getUrl: $"/children/{kept.Id}/merge?other={duplicate.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Vui lòng đánh dấu xác nhận trước khi gộp.", html, StringComparison.Ordinal);
        Assert.Contains("Lý do đã gõ", html, StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ChildMerges.AnyAsync(m => m.MergedId == duplicate.Id)));
    }

    [Fact]
    public async Task CommuneWorker_IsRefused()
    {
        var (kept, duplicate) = await TwinsAsync("Rơ Lan Thị Mai", new DateOnly(2016, 7, 7));
        var worker = await app.SignInAsync("xa.iatiem");

        var get = await worker.GetAsync($"/children/{kept.Id}/merge?other={duplicate.Id}");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/loi/403", get.Headers.Location!.AbsolutePath);
        var post = await worker.PostFormAsync($"/children/{kept.Id}/merge", MergeForm(duplicate.Id, kept.Id, "Thử gộp"), getUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/loi/403", post.Headers.Location!.AbsolutePath);
        Assert.Null(await app.WithDbAsync(db => db.Children.Where(c => c.Id == duplicate.Id).Select(c => c.MergedIntoId).SingleAsync()));
    }

    [Fact]
    public async Task DistrictOfficer_RecordOfAnotherDistrict_IsNotFound()
    {
        var chuSe = await app.CreateChildAsync("23944-02", "Đinh Thị Hạnh", new DateOnly(2017, 1, 1));
        var mangYang = await app.CreateChildAsync("23797", "Đinh Thị Hạnh", new DateOnly(2017, 1, 1));
        var district = await app.SignInAsync("huyen.chuse");

        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/children/{mangYang.Id}/merge")).StatusCode);
        var page = await district.GetStringAsync($"/children/{chuSe.Id}/merge");
        Assert.Contains("data-testid=\"no-candidates\"", page, StringComparison.Ordinal);
        var post = await district.PostFormAsync($"/children/{chuSe.Id}/merge", MergeForm(mangYang.Id, chuSe.Id, "Gộp sang huyện khác"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("data-testid=\"other-error\"", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await app.WithDbAsync(db => db.ChildMerges.AnyAsync(m => m.MergedId == mangYang.Id || m.MergedId == chuSe.Id)));
    }

    [Fact]
    public async Task Undo_ByAdministrator_RestoresBothRecords()
    {
        var (kept, duplicate) = await TwinsAsync("Siu H'Ngơn", new DateOnly(2013, 3, 3));
        var mergeId = await MergeAsync(kept, duplicate, "Tưởng là trùng");
        var admin = await app.SignInAsync("admin");

        const string reason = "Hai trẻ sinh đôi, không phải một";
        var response = await admin.PostFormAsync($"/children/merges/{mergeId}/undo", UndoForm(reason));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{duplicate.Id}", response.Headers.Location!.OriginalString);
        var (survivor, restored, merge) = await app.WithDbAsync(async db => (
            await db.Children.Include(c => c.Classifications).SingleAsync(c => c.Id == kept.Id),
            await db.Children.Include(c => c.Classifications).Include(c => c.StatusHistory).SingleAsync(c => c.Id == duplicate.Id),
            await db.ChildMerges.SingleAsync(m => m.Id == mergeId)));
        Assert.Null(restored.MergedIntoId);
        Assert.Equal(["a", "c"], restored.Classifications.Select(x => x.GroupCode!).Order(StringComparer.Ordinal));
        Assert.Equal(["đ"], survivor.Classifications.Select(x => x.GroupCode!));
        Assert.NotNull(merge.UndoneAt);
        Assert.Equal("admin", merge.UndoneBy);
        Assert.Equal(2, restored.StatusHistory.Count);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Entity == nameof(ChildMerge) && e.Reason == reason && e.UserName == "admin")));

        var api = await app.ApiClientAsync("huyen.chuse");
        var list = await api.GetFromJsonAsync<JsonElement>("/api/v1/children?q=siu h'ngon");
        Assert.Equal(2, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Undo_ByDistrictOfficer_IsRefused()
    {
        var (kept, duplicate) = await TwinsAsync("Ksor Thị Blưn", new DateOnly(2012, 4, 4));
        var mergeId = await MergeAsync(kept, duplicate, "Trùng hồ sơ");
        var district = await app.SignInAsync("huyen.chuse");

        var get = await district.GetAsync($"/children/merges/{mergeId}/undo");
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("/loi/403", get.Headers.Location!.AbsolutePath);
        var post = await district.PostFormAsync($"/children/merges/{mergeId}/undo", UndoForm("Tự hoàn tác"), getUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/loi/403", post.Headers.Location!.AbsolutePath);
        Assert.Null(await app.WithDbAsync(db => db.ChildMerges.Where(m => m.Id == mergeId).Select(m => m.UndoneAt).SingleAsync()));
    }

    [Fact]
    public async Task Undo_Twice_IsRefused()
    {
        var (kept, duplicate) = await TwinsAsync("Rcom Thị Hlai", new DateOnly(2011, 12, 24));
        var mergeId = await MergeAsync(kept, duplicate, "Trùng hồ sơ");
        var admin = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/children/merges/{mergeId}/undo", UndoForm("Lần một"))).StatusCode);
        var undoneAt = await app.WithDbAsync(db => db.ChildMerges.Where(m => m.Id == mergeId).Select(m => m.UndoneAt).SingleAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var page = await admin.GetStringAsync($"/children/merges/{mergeId}/undo");
        Assert.Contains("data-testid=\"already-undone\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"undo\"", page, StringComparison.Ordinal);
        var again = await admin.PostFormAsync($"/children/merges/{mergeId}/undo", UndoForm("Lần hai"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Lần gộp này đã được hoàn tác trước đó.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(undoneAt, await app.WithDbAsync(db => db.ChildMerges.Where(m => m.Id == mergeId).Select(m => m.UndoneAt).SingleAsync()));
        Assert.False(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Reason == "Lần hai")));
    }
}
