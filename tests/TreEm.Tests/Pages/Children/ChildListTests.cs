using System.Net;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;
using static TreEm.Tests.Pages.Children.ChildListTestData;

namespace TreEm.Tests.Pages.Children;

/// <summary>
/// The children list: search, scope, filters, paging and sorting. The tests share one database, so each one
/// names its children with a word of its own and searches for it.
/// </summary>
public class ChildListTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    // ---- search ----

    [Fact]
    public async Task Search_IgnoresCaseAndDiacritics()
    {
        var an = await app.CreateChildAsync("23944-01", "Nguyễn Văn An");
        var binh = await app.CreateChildAsync("23944-01", "Nguyễn Thị Bình");
        var client = await app.SignInAsync("xa.iatiem");

        var plain = ChildIds(await client.GetStringAsync(Search("nguyen van")));
        var upper = ChildIds(await client.GetStringAsync(Search("NGUYỄN VĂN")));

        Assert.Contains(an.Id, plain);
        Assert.DoesNotContain(binh.Id, plain);
        Assert.Contains(an.Id, upper);
        Assert.DoesNotContain(binh.Id, upper);
    }

    [Fact]
    public async Task Search_FindsEthnicMinorityNameWithApostrophe()
    {
        var nhi = await app.CreateChildAsync("23944-02", "Ksor H'Nhi");
        var client = await app.SignInAsync("xa.iatiem");
        Assert.Contains(nhi.Id, ChildIds(await client.GetStringAsync(Search("ksor"))));
        Assert.Contains(nhi.Id, ChildIds(await client.GetStringAsync(Search("h'nhi"))));
    }

    [Fact]
    public async Task Search_PlainDFindsĐ()
    {
        var mai = await app.CreateChildAsync("23944-03", "Đặng Thị Mai");
        var client = await app.SignInAsync("xa.iatiem");
        Assert.Contains(mai.Id, ChildIds(await client.GetStringAsync(Search("dang thi mai"))));
        Assert.Contains(mai.Id, ChildIds(await client.GetStringAsync(Search("dang"))));
    }

    [Fact]
    public async Task Search_IdentityNumber_FindsItsChild()
    {
        var child = await app.CreateChildAsync("23944-01", "Rơ Mah Định Danh", identityNumber: "064216000123");
        await app.CreateChildAsync("23944-01", "Rơ Mah Định Danh Khác", identityNumber: "064216000999");
        var client = await app.SignInAsync("xa.iatiem");
        Assert.Equal([child.Id], ChildIds(await client.GetStringAsync(Search("064216000123"))));
    }

    // ---- scope ----

    [Fact]
    public async Task Scope_CommuneWorker_SeesVillageOfTheCommuneButNotAnotherCommune()
    {
        var village = await app.CreateChildAsync("23944-02", "Kpă Phạmvi Một");
        var other = await app.CreateChildAsync("23977", "Kpă Phạmvi Hai");

        var commune = ChildIds(await (await app.SignInAsync("xa.iatiem")).GetStringAsync(Search("phamvi")));
        var district = ChildIds(await (await app.SignInAsync("huyen.chuse")).GetStringAsync(Search("phamvi")));
        var otherDistrict = await (await app.SignInAsync("huyen.mangyang")).GetStringAsync(Search("phamvi"));

        Assert.Equal([village.Id], commune);
        Assert.Equal([village.Id, other.Id], district.Order());
        Assert.Empty(ChildIds(otherDistrict));
        Assert.Contains("data-testid=\"empty\"", otherDistrict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scope_MovedChild_ReceivingCommuneManagesIt_SendingCommuneStillSeesItWithItsNewUnit()
    {
        var child = await app.CreateChildAsync("23944-01", "Siu Chuyểnđi");
        await app.MoveAsync(child.Id, "23977");
        var receiving = await app.SignInAsync("xa.iako");
        var sending = await app.SignInAsync("xa.iatiem");

        var atReceiving = await receiving.GetStringAsync(Search("chuyendi"));
        var atSending = await sending.GetStringAsync(Search("chuyendi"));

        // The child is under management (đang quản lý) at Ia Ko: the default list of both communes shows it.
        Assert.Equal([child.Id], ChildIds(atReceiving));
        Assert.DoesNotContain("data-testid=\"moved-out\"", atReceiving, StringComparison.Ordinal);
        Assert.Equal([child.Id], ChildIds(atSending));
        Assert.Contains("Xã Ia Ko", atSending, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"moved-out\"", atSending, StringComparison.Ordinal);
        // Filtering by the sending commune's own units takes the current unit: the child has left them.
        Assert.Empty(ChildIds(await sending.GetStringAsync(Search("chuyendi", "&unit=23944"))));
        Assert.Equal([child.Id], ChildIds(await receiving.GetStringAsync(Search("chuyendi", "&unit=23977"))));
    }

    [Fact]
    public async Task List_PartnerAgency_Returns404()
    {
        await app.CreateChildAsync("23944-01", "Nay Đốitác");
        var client = await app.SignInAsync("congan.chuse");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/children")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Search("doitac"))).StatusCode);
    }

    [Fact]
    public async Task List_Anonymous_IsSentToSignIn()
    {
        var response = await app.Anonymous().GetAsync("/children");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    // ---- filters ----

    [Fact]
    public async Task Filter_Unit_TakesItsSubtree()
    {
        var inVillage = await app.CreateChildAsync("23944-01", "Rcom Donvi Một");
        var inCommune = await app.CreateChildAsync("23944", "Rcom Donvi Hai");
        var elsewhere = await app.CreateChildAsync("23977-01", "Rcom Donvi Ba");
        var client = await app.SignInAsync("huyen.chuse");

        var commune = await client.GetStringAsync(Search("donvi", "&unit=23944"));
        var village = ChildIds(await client.GetStringAsync(Search("donvi", "&unit=23944-01")));

        Assert.Equal([inVillage.Id, inCommune.Id], ChildIds(commune).Order());
        Assert.DoesNotContain(elsewhere.Id, ChildIds(commune));
        Assert.Contains("thuộc Xã Ia Tiêm và các đơn vị trực thuộc", commune, StringComparison.Ordinal);
        Assert.Equal([inVillage.Id], village);
    }

    [Fact]
    public async Task Filter_UnitOutsideScope_ShowsAMessageAndNoRows()
    {
        await app.CreateChildAsync("23977-01", "Rcom Ngoàiđơnvị");
        var client = await app.SignInAsync("xa.iatiem");
        var html = await client.GetStringAsync(Search("ngoaidonvi", "&unit=23977"));
        Assert.Empty(ChildIds(html));
        Assert.Contains("Không tìm thấy đơn vị có mã 23977.", html, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy đơn vị có mã 99999.", await client.GetStringAsync("/children?unit=99999"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_Group_OneGroupOrAnyGroup()
    {
        var disabled = await app.CreateChildAsync("23944-01", "Ksor Nhómđb Một");
        var orphan = await app.CreateChildAsync("23944-01", "Ksor Nhómđb Hai");
        var hiv = await app.CreateChildAsync("23944-01", "Ksor Nhómđb Ba");
        var none = await app.CreateChildAsync("23944-01", "Ksor Nhómđb Bốn");
        await app.AddSpecialCircumstanceAsync(disabled.Id, "d");
        await app.AddSpecialCircumstanceAsync(orphan.Id, "a");
        await app.AddSpecialCircumstanceAsync(hiv.Id, "đ");
        // A classification that ended is not current: it does not count.
        await app.AddSpecialCircumstanceAsync(none.Id, "d", new DateOnly(2020, 1, 1));
        await app.WithDbAsync(async db =>
        {
            var ended = db.ChildClassifications.Single(x => x.ChildId == none.Id);
            ended.EndDate = new DateOnly(2022, 1, 1);
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync("xa.iatiem");

        var groupD = await client.GetStringAsync(Search("nhomdb", "&group=d"));
        var groupĐ = ChildIds(await client.GetStringAsync(Search("nhomdb", "&group=" + Uri.EscapeDataString("đ"))));
        var any = ChildIds(await client.GetStringAsync(Search("nhomdb", "&group=any")));

        Assert.Equal([disabled.Id], ChildIds(groupD));
        Assert.Contains("title=\"Trẻ em khuyết tật\">d</span>", groupD, StringComparison.Ordinal);
        Assert.Equal([hiv.Id], groupĐ);
        Assert.Equal([disabled.Id, orphan.Id, hiv.Id], any.Order());
    }

    [Fact]
    public async Task Filter_AtRisk_OneSituationOrAny()
    {
        var poor = await app.CreateChildAsync("23944-02", "Rahlan Nguycơ Một");
        var orphan = await app.CreateChildAsync("23944-02", "Rahlan Nguycơ Hai");
        await app.CreateChildAsync("23944-02", "Rahlan Nguycơ Ba");
        await app.AddAtRiskAsync(poor.Id, "NC01");
        await app.AddAtRiskAsync(orphan.Id, "NC02");
        var client = await app.SignInAsync("xa.iatiem");

        var one = await client.GetStringAsync(Search("nguyco", "&risk=NC01"));
        var any = ChildIds(await client.GetStringAsync(Search("nguyco", "&risk=any")));

        Assert.Equal([poor.Id], ChildIds(one));
        Assert.Contains("data-testid=\"at-risk-badge\" title=\"Trẻ em thuộc hộ nghèo, hộ cận nghèo\"", one, StringComparison.Ordinal);
        Assert.Equal([poor.Id, orphan.Id], any.Order());
        // The select offers the catalogue's active situations.
        Assert.Contains("<option value=\"NC02\">Trẻ em mồ côi cha hoặc mẹ</option>", one, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_AgeBand_CountsWholeYearsOnTheClocksDay()
    {
        // The test clock reads 30/11/2026.
        var four = await app.CreateChildAsync("23944-03", "Puih Tuổi Bốn", new DateOnly(2021, 12, 1));
        var fiveToday = await app.CreateChildAsync("23944-03", "Puih Tuổi Năm", new DateOnly(2020, 12, 1));
        var sixToday = await app.CreateChildAsync("23944-03", "Puih Tuổi Sáu", new DateOnly(2020, 11, 30));
        var estimatedTen = await app.CreateChildAsync("23944-03", "Puih Tuổi Ước", configure: c =>
        {
            c.DateOfBirth = null;
            c.BirthYear = 2016;
            c.IsBirthYearEstimated = true;
        });
        var eleven = await app.CreateChildAsync("23944-03", "Puih Tuổi Mười Một", new DateOnly(2015, 6, 1));
        var fifteen = await app.CreateChildAsync("23944-03", "Puih Tuổi Mười Lăm", new DateOnly(2010, 12, 1));
        var client = await app.SignInAsync("xa.iatiem");

        Assert.Equal([four.Id, fiveToday.Id], ChildIds(await client.GetStringAsync(Search("puih tuoi", "&age=0-5"))).Order());
        Assert.Equal([sixToday.Id, estimatedTen.Id], ChildIds(await client.GetStringAsync(Search("puih tuoi", "&age=6-10"))).Order());
        Assert.Equal([eleven.Id, fifteen.Id], ChildIds(await client.GetStringAsync(Search("puih tuoi", "&age=11-15"))).Order());
    }

    [Fact]
    public async Task Filter_Sex()
    {
        var boy = await app.CreateChildAsync("23944-04", "Rmah Giớitính Một", sex: Sex.Nam);
        var girl = await app.CreateChildAsync("23944-04", "Rmah Giớitính Hai", sex: Sex.Nu);
        var client = await app.SignInAsync("xa.iatiem");
        Assert.Equal([boy.Id], ChildIds(await client.GetStringAsync(Search("gioitinh", "&sex=Nam"))));
        Assert.Equal([girl.Id], ChildIds(await client.GetStringAsync(Search("gioitinh", "&sex=Nu"))));
    }

    [Fact]
    public async Task Filter_Ethnicity()
    {
        var jrai = await app.CreateChildAsync("23944-04", "Kpuih Dântộc Một", ethnicityCode: "10");
        var bahnar = await app.CreateChildAsync("23944-04", "Kpuih Dântộc Hai", ethnicityCode: "13");
        var client = await app.SignInAsync("xa.iatiem");

        var html = await client.GetStringAsync(Search("dantoc", "&eth=13"));

        Assert.Equal([bahnar.Id], ChildIds(html));
        Assert.Equal([jrai.Id], ChildIds(await client.GetStringAsync(Search("dantoc", "&eth=10"))));
        // The select lists the 54 groups of the catalogue.
        Assert.Contains("<option value=\"13\" selected=\"selected\">Ba-na</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"54\">Rơ-măm</option>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filter_Status_DefaultIsUnderManagement_AllShowsEveryStatus()
    {
        var managed = await app.CreateChildAsync("23944-04", "Ayun Trạngthái Một");
        var died = await app.CreateChildAsync("23944-04", "Ayun Trạngthái Hai", configure: c => c.Status = ChildStatus.TuVong);
        var aged = await app.CreateChildAsync("23944-04", "Ayun Trạngthái Ba", configure: c => c.Status = ChildStatus.Du16Tuoi);
        var client = await app.SignInAsync("xa.iatiem");

        Assert.Equal([managed.Id], ChildIds(await client.GetStringAsync(Search("trangthai"))));
        Assert.Equal([died.Id], ChildIds(await client.GetStringAsync(Search("trangthai", "&status=TuVong"))));
        var all = await client.GetStringAsync(Search("trangthai", "&status=all"));
        Assert.Equal([managed.Id, died.Id, aged.Id], ChildIds(all).Order());
        Assert.Contains("Tử vong", all, StringComparison.Ordinal);
        Assert.Contains("Đủ 16 tuổi", all, StringComparison.Ordinal);
    }

    // ---- paging and sorting ----

    [Fact]
    public async Task Paging_ThirtyChildren_MakeTwoPagesAndThePagerKeepsTheFilters()
    {
        var ids = new List<int>();
        for (var i = 1; i <= 30; i++)
            ids.Add((await app.CreateChildAsync("23944-01", $"Nay Phântrang {i:00}", sex: Sex.Nam)).Id);
        var client = await app.SignInAsync("xa.iatiem");

        var first = await client.GetStringAsync(Search("phantrang", "&sex=Nam"));
        var second = await client.GetStringAsync(Search("phantrang", "&sex=Nam&p=2"));

        Assert.Equal(25, ChildIds(first).Count);
        Assert.Equal(5, ChildIds(second).Count);
        Assert.Equal(ids.Order(), ChildIds(first).Concat(ChildIds(second)).Order());
        Assert.Contains("30 trẻ em", first, StringComparison.Ordinal);
        Assert.Contains("Trang 1/2", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/children?q=phantrang&amp;sex=Nam&amp;p=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/children?q=phantrang&amp;sex=Nam\" rel=\"prev\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sort_ByNormalisedNameBothWays_AndByBirth()
    {
        var tran = await app.CreateChildAsync("23944-02", "Trần Văn Sắpxếp", new DateOnly(2019, 1, 1));
        var dang = await app.CreateChildAsync("23944-02", "Đặng Thị Sắpxếp", new DateOnly(2012, 1, 1));
        var le = await app.CreateChildAsync("23944-02", "Lê Sắpxếp", new DateOnly(2016, 1, 1));
        var an = await app.CreateChildAsync("23944-02", "Âu Sắpxếp", new DateOnly(2020, 1, 1));
        var client = await app.SignInAsync("xa.iatiem");

        Assert.Equal([an.Id, dang.Id, le.Id, tran.Id], ChildIds(await client.GetStringAsync(Search("sapxep"))));
        Assert.Equal([tran.Id, le.Id, dang.Id, an.Id], ChildIds(await client.GetStringAsync(Search("sapxep", "&sort=-name"))));
        Assert.Equal([dang.Id, le.Id, tran.Id, an.Id], ChildIds(await client.GetStringAsync(Search("sapxep", "&sort=dob"))));
        Assert.Equal([an.Id, tran.Id, le.Id, dang.Id], ChildIds(await client.GetStringAsync(Search("sapxep", "&sort=-dob"))));
    }

    [Fact]
    public async Task Sort_ByUnitAndRegistrationDate()
    {
        var inFour = await app.CreateChildAsync("23944-04", "Hiao Thứtự Một");
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var inOne = await app.CreateChildAsync("23944-01", "Hiao Thứtự Hai");
        var client = await app.SignInAsync("xa.iatiem");

        Assert.Equal([inOne.Id, inFour.Id], ChildIds(await client.GetStringAsync(Search("thutu", "&sort=unit"))));
        Assert.Equal([inFour.Id, inOne.Id], ChildIds(await client.GetStringAsync(Search("thutu", "&sort=-unit"))));
        Assert.Equal([inFour.Id, inOne.Id], ChildIds(await client.GetStringAsync(Search("thutu", "&sort=registered"))));
        Assert.Equal([inOne.Id, inFour.Id], ChildIds(await client.GetStringAsync(Search("thutu", "&sort=-registered"))));
    }

    // ---- rows, buttons, empty state ----

    [Fact]
    public async Task Row_ShowsBirthAgeEthnicityPlaceGroupsAndStatus()
    {
        var dated = await app.CreateChildAsync("23944-02", "Nay Hiểnthị Một", new DateOnly(2016, 5, 17), Sex.Nu, "10");
        var estimated = await app.CreateChildAsync("23944", "Nay Hiểnthị Hai", sex: Sex.Nam, ethnicityCode: "13", configure: c =>
        {
            c.DateOfBirth = null;
            c.BirthYear = 2015;
            c.IsBirthYearEstimated = true;
        });
        await app.AddSpecialCircumstanceAsync(dated.Id, "a");
        await app.AddSpecialCircumstanceAsync(dated.Id, "d");
        var client = await app.SignInAsync("xa.iatiem");

        var html = await client.GetStringAsync(Search("hienthi"));

        // "nay hienthi hai" sorts before "nay hienthi mot".
        Assert.Equal([estimated.Id, dated.Id], ChildIds(html));
        Assert.Contains($"<a href=\"/children/{dated.Id}\">Nay Hiểnthị Một</a>", html, StringComparison.Ordinal);
        Assert.Contains("17/05/2016", html, StringComparison.Ordinal);
        Assert.Contains("~2015", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Tuổi\" class=\"num\">10<", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Tuổi\" class=\"num\">~11<", html, StringComparison.Ordinal);
        Assert.Contains("Gia-rai", html, StringComparison.Ordinal);
        Assert.Contains("Ba-na", html, StringComparison.Ordinal);
        Assert.Contains("Làng Ia Tiêm 2, Xã Ia Tiêm", html, StringComparison.Ordinal);
        Assert.Contains("title=\"Trẻ em mồ côi cả cha và mẹ\">a</span>", html, StringComparison.Ordinal);
        Assert.Contains("title=\"Trẻ em khuyết tật\">d</span>", html, StringComparison.Ordinal);
        Assert.Contains("Đang quản lý", html, StringComparison.Ordinal);
        Assert.Contains("data-label=\"Ngày sinh\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_WriterGetsRegisterImportAndExport_InspectorOnlyExport()
    {
        var writer = await (await app.SignInAsync("xa.iatiem")).GetStringAsync(Search("khongcoai", "&sex=Nu"));
        var inspector = await app.SignInAsync("thanhtra");
        var response = await inspector.GetAsync("/children?q=khongcoai");
        var reader = await response.Content.ReadAsStringAsync();

        Assert.Contains("href=\"/children/register\"", writer, StringComparison.Ordinal);
        Assert.Contains("href=\"/children/import\"", writer, StringComparison.Ordinal);
        Assert.Contains("href=\"/children/export?q=khongcoai&amp;sex=Nu\"", writer, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("/children/register", reader, StringComparison.Ordinal);
        Assert.DoesNotContain("/children/import", reader, StringComparison.Ordinal);
        Assert.Contains("href=\"/children/export?q=khongcoai\"", reader, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyState_SaysNothingMatches()
    {
        var client = await app.SignInAsync("xa.iatiem");
        var html = await client.GetStringAsync(Search("khong-co-tre-nao"));
        Assert.Empty(ChildIds(html));
        Assert.Contains("data-testid=\"empty\"", html, StringComparison.Ordinal);
        Assert.Contains("Không có trẻ em nào phù hợp với điều kiện lọc.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyState_NoChildrenInScope_InvitesAWriterToRegister()
    {
        // Mang Yang has no child in this database.
        var html = await (await app.SignInAsync("huyen.mangyang")).GetStringAsync("/children");
        Assert.Empty(ChildIds(html));
        Assert.Contains("Chưa có trẻ em nào đang được quản lý trong phạm vi của bạn.", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"btn\" href=\"/children/register\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_InEnglish_UsesTheEnglishResourcesAndLabels()
    {
        var child = await app.CreateChildAsync("23944-01", "Nay Tiếnganh", sex: Sex.Nu);
        await app.AddSpecialCircumstanceAsync(child.Id, "d");
        var client = await app.SignInAsync("xa.iatiem");
        await client.GetAsync("/lang/en-US?returnUrl=/");

        var html = await client.GetStringAsync(Search("tienganh"));

        Assert.Equal([child.Id], ChildIds(html));
        Assert.Contains("Children register", html, StringComparison.Ordinal);
        Assert.Contains("Register a child", html, StringComparison.Ordinal);
        Assert.Contains("1 child(ren)", html, StringComparison.Ordinal);
        Assert.Contains("Female", html, StringComparison.Ordinal);
        Assert.Contains("Under management", html, StringComparison.Ordinal);
        Assert.Contains("title=\"With disabilities\">d</span>", html, StringComparison.Ordinal);
    }
}
