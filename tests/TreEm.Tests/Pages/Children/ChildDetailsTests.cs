using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Children;

public class ChildDetailsTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Get_ChildInScope_ShowsTheRecordCaregiversClassificationsAndHistory()
    {
        var child = await app.CreateChildAsync("23944-01", "Ksor H'Nhi", new DateOnly(2014, 3, 2), identityNumber: "064214000111", configure: c =>
        {
            c.Address = "Tổ 3, đường Hùng Vương";
            c.Schooling = SchoolingStatus.TrungHocCoSo;
            c.DisabilityType = DisabilityType.NgheNoi;
            c.DisabilitySeverity = DisabilitySeverity.Nang;
            c.Caregivers.Add(new Caregiver { Relation = CaregiverRelation.Me, FullName = "Rơ Lan H'Bia", NameSearch = "ro lan h'bia", BirthYear = 1990, Phone = "0905111222", IsMainCaregiver = true });
            c.Caregivers.Add(new Caregiver { Relation = CaregiverRelation.Khac, FullName = "Ksor Blơi", NameSearch = "ksor bloi", RelationshipText = "bà ngoại" });
        });
        await app.AddSpecialCircumstanceAsync(child.Id, "d", new DateOnly(2020, 6, 1));
        await app.WithDbAsync(async db =>
        {
            db.ChildClassifications.Add(new ChildClassification
            {
                ChildId = child.Id, Kind = ClassificationKind.AtRisk, AtRiskCode = "NC02",
                StartDate = new DateOnly(2019, 1, 1), EndDate = new DateOnly(2022, 1, 1), Note = "Đã có người giám hộ",
            });
            var from = await db.Units.SingleAsync(u => u.Code == "23944-02");
            db.ChildStatusChanges.Add(new ChildStatusChange
            {
                ChildId = child.Id, Status = ChildStatus.ChuyenDi, On = new DateOnly(2023, 8, 1), FromUnitId = from.Id, ToUnitId = child.UnitId,
                Reason = "Theo gia đình về làng Tiêm", At = new DateTime(2023, 8, 1, 3, 0, 0, DateTimeKind.Utc), UserName = "xa.iatiem",
            });
            await db.SaveChangesAsync();
        });

        var response = await (await app.As("xa.iatiem")).GetAsync($"/children/{child.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        foreach (var expected in new[]
        {
            "Ksor H'Nhi", "02/03/2014", "12 tuổi", "Nữ", "Gia-rai", "064214000111", "Làng Tiêm, Xã Ia Tiêm, Huyện Chư Sê",
            "Tổ 3, đường Hùng Vương", "Trung học cơ sở", "Khuyết tật nghe, nói", "Nặng", "Đang quản lý",
            "Rơ Lan H'Bia", "0905111222", "Ksor Blơi", "bà ngoại",
            "Trẻ em khuyết tật", "01/06/2020",
            "Trẻ em mồ côi cha hoặc mẹ", "01/01/2022", "Đã có người giám hộ",
            "Theo gia đình về làng Tiêm", "Làng Ia Tiêm 2, Xã Ia Tiêm, Huyện Chư Sê",
        })
            Assert.Contains(expected, html, StringComparison.Ordinal);
        // The at-risk situation has ended: it is listed as past, not current.
        var current = html[html.IndexOf("classifications-current", StringComparison.Ordinal)..html.IndexOf("classifications-past", StringComparison.Ordinal)];
        Assert.DoesNotContain("Trẻ em mồ côi cha hoặc mẹ", current, StringComparison.Ordinal);
        Assert.Contains($"/children/{child.Id}/edit", html, StringComparison.Ordinal);
        Assert.Contains($"/children/{child.Id}/status", html, StringComparison.Ordinal);
        Assert.Contains($"/children/{child.Id}/classifications/add", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MergeLink_OnlyForDistrictAndProvinceOfficers()
    {
        var child = await app.CreateChildAsync("23944", "Rơ Lan Gộpthử");
        var district = await (await app.SignInAsync("huyen.chuse")).GetStringAsync($"/children/{child.Id}");
        var commune = await (await app.SignInAsync("xa.iatiem")).GetStringAsync($"/children/{child.Id}");
        Assert.Contains("data-testid=\"merge-link\"", district, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"merge-link\"", commune, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ChildOfAnotherCommune_Returns404()
    {
        var child = await app.CreateChildAsync("23977", "Nay Thị Hoa");

        var response = await (await app.As("xa.iatiem")).GetAsync($"/children/{child.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Nay Thị Hoa", await response.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PartnerAgency_Returns404()
    {
        var child = await app.CreateChildAsync("23944", "Siu Thị Ngọc");

        var response = await (await app.As("congan.chuse")).GetAsync($"/children/{child.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownChild_Returns404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.As("admin")).GetAsync("/children/987654")).StatusCode);
    }

    [Fact]
    public async Task Get_WritesAReadEntryToTheAuditLog()
    {
        var child = await app.CreateChildAsync("23944", "Rmah Văn Đức");

        var response = await (await app.As("huyen.chuse")).GetAsync($"/children/{child.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(a => a.Entity == "Child" && a.Key == Key(child.Id) && a.Action == AuditAction.Read));
        Assert.Equal("huyen.chuse", entry.UserName);
        Assert.Equal(child.UnitId, entry.UnitId);
    }

    [Fact]
    public async Task Get_Inspector_SeesTheRecordWithoutWriteLinks()
    {
        var child = await app.CreateChildAsync("23977-02", "Kpă Thị Mơ");

        var response = await (await app.As("thanhtra")).GetAsync($"/children/{child.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Kpă Thị Mơ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"write-actions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/edit", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"moved-away\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MergedRecord_ShowsABannerLinkingToTheSurvivor()
    {
        var survivor = await app.CreateChildAsync("23944", "Đinh Thị Lụa");
        var merged = await app.CreateChildAsync("23944", "Đinh Thị Lụa", configure: c => c.MergedIntoId = survivor.Id);

        var html = await (await (await app.As("xa.iatiem")).GetAsync($"/children/{merged.Id}")).TextAsync();

        Assert.Contains("data-testid=\"merged-banner\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/children/{survivor.Id}\" data-testid=\"merged-survivor\"", html, StringComparison.Ordinal);
        // A merged record is history: it is not edited any more.
        Assert.DoesNotContain("data-testid=\"write-actions\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_IsNotAllowed()
    {
        var child = await app.CreateChildAsync("23944", "Rơ Chăm Hiền");
        var client = await app.As("xa.iatiem");

        var response = await client.PostFormAsync($"/children/{child.Id}", [], getUrl: "/children/register");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_InEnglish_ShowsEnglishLabels()
    {
        var child = await app.CreateChildAsync("23944", "Ksor Y Tuấn", sex: Sex.Nam);
        var client = await app.As("xa.iatiem");
        await client.GetAsync("/lang/en-US");

        var html = await (await client.GetAsync($"/children/{child.Id}")).TextAsync();

        Assert.Contains("Date of birth", html, StringComparison.Ordinal);
        Assert.Contains("Male", html, StringComparison.Ordinal);
        Assert.Contains("Status history", html, StringComparison.Ordinal);
    }
}
