using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

public class EditChildTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Url(int id) => $"/children/{id}/edit";

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, int id)
    {
        var response = await client.GetAsync(Url(id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ChildPages.FormValues(await response.TextAsync());
    }

    [Fact]
    public async Task Get_PrefillsTheFormWithTheRecord()
    {
        var child = await app.CreateChildAsync("23944-01", "Kpuih Thị Nga", new DateOnly(2018, 2, 3), identityNumber: "064218000001", configure: c =>
        {
            c.Address = "Nhà số 5";
            c.Caregivers.Add(new Caregiver { Relation = CaregiverRelation.Me, FullName = "Kpuih H'Nô", NameSearch = "kpuih h'no", Phone = "0912000111", IsMainCaregiver = true });
        });

        var form = await FormAsync(await app.As("xa.iatiem"), child.Id);

        Assert.Equal("Kpuih Thị Nga", form["Input.FullName"]);
        Assert.Equal("03/02/2018", form["Input.DateOfBirth"]);
        Assert.Equal("Nu", form["Input.Sex"]);
        Assert.Equal("10", form["Input.EthnicityCode"]);
        Assert.Equal("064218000001", form["Input.IdentityNumber"]);
        Assert.Equal("23944-01", form["Input.UnitCode"]);
        Assert.Equal("Nhà số 5", form["Input.Address"]);
        Assert.Equal("Kpuih H'Nô", form["Input.Caregivers[1].FullName"]);
        Assert.Equal("1", form["Input.MainCaregiver"]);
        Assert.Equal("0", form["Version"]);
    }

    [Fact]
    public async Task Edit_ValidChange_IsSavedAndTheVersionMovesOn()
    {
        var child = await app.CreateChildAsync("23944", "Siu Văn Sửa", new DateOnly(2015, 1, 1));
        var client = await app.As("xa.iatiem");
        var form = await FormAsync(client, child.Id);
        form["Input.FullName"] = "Siu Văn Sửa Lại";
        form["Input.UnitCode"] = "23944-02";
        form["Input.Caregivers[0].FullName"] = "Siu Blơh";

        var response = await client.PostFormAsync(Url(child.Id), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/children/{child.Id}", response.Headers.Location!.OriginalString);
        var saved = await app.WithDbAsync(db => db.Children.AsNoTracking().Include(c => c.Unit).Include(c => c.Caregivers).SingleAsync(c => c.Id == child.Id));
        Assert.Equal("Siu Văn Sửa Lại", saved.FullName);
        Assert.Equal("siu van sua lai", saved.NameSearch);
        Assert.Equal("23944-02", saved.Unit!.Code);
        Assert.Equal("Siu Blơh", Assert.Single(saved.Caregivers).FullName);
        Assert.Equal(1, saved.Version);
    }

    [Fact]
    public async Task Edit_StaleVersion_ShowsTheOtherValueOverwritesNothing_AndASecondSaveSucceeds()
    {
        var child = await app.CreateChildAsync("23944", "Rơ Ô Thị Cũ", new DateOnly(2016, 9, 9), configure: c => c.Address = "Địa chỉ ban đầu");
        var mine = await app.As("xa.iatiem");
        var theirs = await app.As("huyen.chuse");
        var myForm = await FormAsync(mine, child.Id);

        // Someone else saves first.
        var theirForm = await FormAsync(theirs, child.Id);
        theirForm["Input.Address"] = "Địa chỉ của huyện";
        Assert.Equal(HttpStatusCode.Redirect, (await theirs.PostFormAsync(Url(child.Id), theirForm)).StatusCode);

        myForm["Input.Address"] = "Địa chỉ của xã";
        myForm["Input.Notes"] = "Ghi chú của xã";
        var stale = await mine.PostFormAsync(Url(child.Id), myForm);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.TextAsync();
        Assert.Contains("Hồ sơ đã được người khác cập nhật trong lúc bạn sửa.", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Người khác đã lưu\" data-testid=\"conflict-theirs\">Địa chỉ của huyện</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td data-label=\"Bạn đã nhập\" data-testid=\"conflict-yours\">Địa chỉ của xã</td>", html, StringComparison.Ordinal);
        var kept = ChildPages.FormValues(html);
        Assert.Equal("Địa chỉ của xã", kept["Input.Address"]);
        Assert.Equal("Ghi chú của xã", kept["Input.Notes"]);
        Assert.Equal("1", kept["Version"]);
        var afterConflict = await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id));
        Assert.Equal("Địa chỉ của huyện", afterConflict.Address);
        Assert.Null(afterConflict.Notes);

        // The form now carries the version the user has seen: saving again is accepted.
        var again = await mine.PostFormAsync(Url(child.Id), kept);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var final = await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id));
        Assert.Equal("Địa chỉ của xã", final.Address);
        Assert.Equal("Ghi chú của xã", final.Notes);
        Assert.Equal(2, final.Version);
    }

    [Fact]
    public async Task Edit_ChildOfAnotherCommune_Returns404()
    {
        var child = await app.CreateChildAsync("23977", "Ksor Thị Khác");
        var client = await app.As("xa.iatiem");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(child.Id))).StatusCode);
        var post = await client.PostFormAsync(Url(child.Id), ChildPages.NewChild("Đổi Tên", "23977"), getUrl: "/children/register");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("Ksor Thị Khác", (await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id))).FullName);
    }

    // Inspectors read the register but never change it; the edit page does not exist for them (404), like any record
    // outside the user's write scope.
    [Fact]
    public async Task Edit_Inspector_Returns404()
    {
        var child = await app.CreateChildAsync("23944", "Hờ Thị Thanh Tra");
        var client = await app.As("thanhtra");

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/children/{child.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(child.Id))).StatusCode);
    }

    [Fact]
    public async Task Edit_MoveToAnotherCommune_IsRefused()
    {
        var child = await app.CreateChildAsync("23944", "Rmah Văn Ở Yên");
        var client = await app.As("huyen.chuse");
        var form = await FormAsync(client, child.Id);
        Assert.DoesNotContain("value=\"23977\"", await (await client.GetAsync(Url(child.Id))).TextAsync(), StringComparison.Ordinal);
        form["Input.UnitCode"] = "23977";

        var response = await client.PostFormAsync(Url(child.Id), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bạn không được ghi trẻ vào đơn vị này.", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(child.UnitId, (await app.WithDbAsync(db => db.Children.AsNoTracking().SingleAsync(c => c.Id == child.Id))).UnitId);
    }

    [Fact]
    public async Task Edit_IdentityNumberOfAnotherChild_ShowsAFriendlyMessage()
    {
        await app.CreateChildAsync("23977", "Nay Văn Giữ Số", identityNumber: "064216007777");
        var child = await app.CreateChildAsync("23944", "Nay Văn Muốn Số");
        var client = await app.As("xa.iatiem");
        var form = await FormAsync(client, child.Id);
        form["Input.IdentityNumber"] = "064216007777";

        var response = await client.PostFormAsync(Url(child.Id), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Số định danh này đã có trong sổ theo dõi trẻ em", await response.TextAsync(), StringComparison.Ordinal);
    }
}
