using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.People;

namespace TreEm.Tests.Data;

/// <summary>
/// The coverage query against hand-counted data. Chư Sê (633) has 15 communes and 7 villages (23944-01..04,
/// 23977-01..03); only the first test writes people there.
/// </summary>
public class PeopleCoverageTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    private static readonly UserScope Admin = UserScope.Everything(null, [Role.Administrator]);

    [Fact]
    public async Task Coverage_ChuSe_CountsOnlyWorkersActiveOnTheDay()
    {
        await app.AddPersonAsync("23944", "Ksor H'Phủ", PersonKind.CanBoXa, new(2020, 1, 1));
        await app.AddPersonAsync("23977", "Lê Thị Đã Chuyển", PersonKind.CanBoXa, new(2019, 1, 1), end: new(2025, 12, 31));
        await app.AddPersonAsync("23945", "Siu Sắp Đến", PersonKind.CanBoXa, new(2026, 7, 1));
        await app.AddPersonAsync("23946", "Rơ Mah Bar", PersonKind.CanBoXa, new(2021, 2, 1));
        await app.AddPersonAsync("23947", "Công an viên Bờ Ngoong", PersonKind.DoiTac, new(2021, 2, 1));
        await app.AddPersonAsync("23944-01", "Rơ Châm Một", PersonKind.CongTacVien, new(2020, 1, 1));
        await app.AddPersonAsync("23944-02", "Rơ Châm Hai", PersonKind.CongTacVien, new(2020, 1, 1));
        await app.AddPersonAsync("23977-01", "Nay Ko Một", PersonKind.CongTacVien, new(2020, 1, 1));
        await app.AddPersonAsync("23977-02", "Nay Ko Hai", PersonKind.CongTacVien, new(2020, 1, 1), end: new(2026, 1, 31));
        await app.AddCommitteeAsync("23944", "Nhóm thường trực xã Ia Tiêm", CommitteeKind.NhomThuongTruc);
        await app.AddCommitteeAsync("633", "Ban chỉ đạo huyện Chư Sê", CommitteeKind.BanChiDao);

        var june = await app.WithDbAsync(db => PeopleCoverage.RunAsync(db, Admin, "633", new DateOnly(2026, 6, 1)));

        Assert.NotNull(june);
        Assert.Equal(15, june.Communes);
        Assert.Equal(7, june.Villages);
        var district = Assert.Single(june.Districts);
        Assert.Equal(("633", 15, 2, 7, 3), (district.Code, district.Communes, district.CommunesCovered, district.Villages, district.VillagesCovered));
        Assert.Equal(13, june.CommunesWithoutWorker.Count);
        Assert.Contains(june.CommunesWithoutWorker, p => p.Code == "23977" && p.DistrictName == "Huyện Chư Sê");
        Assert.Contains(june.CommunesWithoutWorker, p => p.Code == "23945");
        Assert.Contains(june.CommunesWithoutWorker, p => p.Code == "23947");
        Assert.DoesNotContain(june.CommunesWithoutWorker, p => p.Code is "23944" or "23946");
        Assert.Equal(["23944-03", "23944-04", "23977-02", "23977-03"], june.VillagesWithoutCollaborator.Select(p => p.Code));
        Assert.Equal(14, june.CommunesWithoutStandingGroup.Count);
        Assert.DoesNotContain(june.CommunesWithoutStandingGroup, p => p.Code == "23944");

        var august = await app.WithDbAsync(db => PeopleCoverage.RunAsync(db, Admin, "633", new DateOnly(2026, 8, 1)));
        Assert.Equal(3, august!.Districts.Single().CommunesCovered);
        var before = await app.WithDbAsync(db => PeopleCoverage.RunAsync(db, Admin, "633", new DateOnly(2025, 6, 1)));
        // In 2025 Ia Ko's worker and its second village's collaborator were still at work.
        Assert.Equal((3, 4), (before!.Districts.Single().CommunesCovered, before.Districts.Single().VillagesCovered));
    }

    [Fact]
    public async Task Coverage_CommuneWorker_SeesOnlyTheirCommuneAndVillages()
    {
        var iako = new UserScope("u", [(Role.CommuneWorker, "/64/633/23977/")]);

        var result = await app.WithDbAsync(db => PeopleCoverage.RunAsync(db, iako, null, new DateOnly(2026, 6, 1)));
        var outside = await app.WithDbAsync(db => PeopleCoverage.RunAsync(db, iako, "23944", new DateOnly(2026, 6, 1)));

        Assert.NotNull(result);
        Assert.Equal((1, 3), (result.Communes, result.Villages));
        Assert.Equal("633", Assert.Single(result.Districts).Code);
        Assert.All(result.VillagesWithoutCollaborator, p => Assert.StartsWith("23977-", p.Code, StringComparison.Ordinal));
        Assert.Null(outside);
    }
}
