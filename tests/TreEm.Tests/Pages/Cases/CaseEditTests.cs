using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Children;

namespace TreEm.Tests.Pages.Cases;

public class CaseEditTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Url(int id) => $"/cases/{id}/edit";

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync(Url(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ChildPages.FormValues(await response.TextAsync());
    }

    private Task<Case> LoadAsync(int id) => app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == id));

    [Fact]
    public async Task Edit_ValidChange_IsSavedWithTheReasonInTheAudit()
    {
        var c = await app.CreateCaseAsync("23944", description: "Mô tả ban đầu");
        var client = await app.As("xa.iatiem");
        var form = await FormAsync(client, c.Id);
        Assert.Equal("Mô tả ban đầu", form["Input.Description"]);
        Assert.Equal("0", form["Version"]);
        form["Input.Place"] = "Nhà văn hóa thôn 3";
        form["Input.AbuseForms"] = "BocLot";
        form["Input.Reason"] = "Xác minh lại địa điểm";

        var response = await client.PostFormAsync(Url(c.Id), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await LoadAsync(c.Id);
        Assert.Equal("Nhà văn hóa thôn 3", saved.Place);
        Assert.Equal(AbuseForm.BocLot, saved.AbuseForms);
        Assert.Equal(1, saved.Version);
        var key = c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == "Case" && a.Key == key && a.Action == AuditAction.Update));
        Assert.Equal("Xác minh lại địa điểm", entry.Reason);
    }

    [Fact]
    public async Task Edit_WithoutReason_IsRefusedAndNothingSaved()
    {
        var c = await app.CreateCaseAsync("23944");
        var client = await app.As("xa.iatiem");
        var form = await FormAsync(client, c.Id);
        form["Input.Place"] = "Đổi mà không ghi lý do";

        var response = await client.PostFormAsync(Url(c.Id), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng ghi lý do sửa.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("Thôn 1", (await LoadAsync(c.Id)).Place);
    }

    [Fact]
    public async Task Edit_TwoPeopleAtOnce_TheSecondSeesTheFirstsChange_NothingIsLost_ThenSaves()
    {
        var c = await app.CreateCaseAsync("23944", description: "Mô tả gốc");
        var mine = await app.As("xa.iatiem");
        var theirs = await app.As("huyen.chuse");
        var myForm = await FormAsync(mine, c.Id);

        // The district officer saves first.
        var theirForm = await FormAsync(theirs, c.Id);
        theirForm["Input.Place"] = "Bờ suối thôn 4";
        theirForm["Input.Description"] = "Mô tả do huyện bổ sung";
        theirForm["Input.Reason"] = "Bổ sung sau khi xác minh";
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.PostFormAsync(Url(c.Id), theirForm)).StatusCode);

        myForm["Input.ChildCondition"] = "Trẻ đã được đưa đi khám";
        myForm["Input.Reason"] = "Cập nhật tình trạng";
        var stale = await mine.PostFormAsync(Url(c.Id), myForm);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.TextAsync();
        Assert.Contains("Vụ việc vừa được người khác cập nhật.", html, StringComparison.Ordinal);
        Assert.Contains("huyen.chuse", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"conflict-field\">Địa điểm xảy ra</td>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"conflict-after\">Bờ suối thôn 4</td>", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"conflict-field\">Mô tả sự việc</td>", html, StringComparison.Ordinal);
        Assert.Contains("đã thay đổi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("***", html, StringComparison.Ordinal);
        var kept = ChildPages.FormValues(html);
        Assert.Equal("Trẻ đã được đưa đi khám", kept["Input.ChildCondition"]);
        Assert.Equal("Cập nhật tình trạng", kept["Input.Reason"]);
        Assert.Equal("1", kept["Version"]);
        var afterConflict = await LoadAsync(c.Id);
        Assert.Equal("Bờ suối thôn 4", afterConflict.Place);
        Assert.Null(afterConflict.ChildCondition);

        // Having seen the change, the user keeps it and saves again: accepted.
        kept["Input.Place"] = "Bờ suối thôn 4";
        kept["Input.Description"] = "Mô tả do huyện bổ sung";
        var again = await mine.PostFormAsync(Url(c.Id), kept);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var final = await LoadAsync(c.Id);
        Assert.Equal("Bờ suối thôn 4", final.Place);
        Assert.Equal("Mô tả do huyện bổ sung", final.Description);
        Assert.Equal("Trẻ đã được đưa đi khám", final.ChildCondition);
        Assert.Equal(2, final.Version);
    }

    [Fact]
    public async Task Edit_ChairmanWhoDoesNotWorkTheCase_IsForbidden_OtherCommune404()
    {
        var c = await app.CreateCaseAsync("23944");

        CasePages.AssertForbidden(await (await app.As("chutich.iatiem")).GetAsync(Url(c.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("xa.iako")).GetAsync(Url(c.Id))).StatusCode);
    }
}
