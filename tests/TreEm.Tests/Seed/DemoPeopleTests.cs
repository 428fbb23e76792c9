using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.People;
using TreEm.Security;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Seed;

/// <summary>The demo network: most communes covered, a few gaps, the committees of the province and Chư Sê.</summary>
public class DemoPeopleTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    [Fact]
    public async Task DemoPeople_CoversMostCommunesWithAFewGaps()
    {
        var coverage = await app.WithDbAsync(db => PeopleCoverage.RunAsync(db, UserScope.Everything(null, [Role.Administrator]), "64", new DateOnly(2021, 12, 31)));

        Assert.NotNull(coverage);
        var covered = coverage.Districts.Sum(d => d.CommunesCovered);
        Assert.InRange(covered, coverage.Communes * 8 / 10, coverage.Communes - 3);
        Assert.Contains(coverage.CommunesWithoutWorker, p => p.Code == DemoPeople.CommunesWhoseWorkerLeft[0]);
        Assert.DoesNotContain(coverage.CommunesWithoutWorker, p => p.Code is "23944" or "23977");
        Assert.Equal(DemoPeople.VillageWithoutCollaborator, Assert.Single(coverage.VillagesWithoutCollaborator).Code);
        Assert.DoesNotContain(coverage.CommunesWithoutStandingGroup, p => p.Code is "23944" or "23977");
        var people = await app.WithDbAsync(db => db.People.CountAsync());
        Assert.InRange(people, 200, 400);
        var districtOfficers = await app.WithDbAsync(db => db.People.Where(p => p.Kind == PersonKind.CanBoHuyen).Select(p => p.UnitId).Distinct().CountAsync());
        Assert.Equal(coverage.Districts.Count, districtOfficers);
        Assert.True(await app.WithDbAsync(db => db.People.AnyAsync(p => p.Kind == PersonKind.CanBoXa && p.FullName == "Ksor H'Nhi" && p.UserId != null)));
    }

    [Fact]
    public async Task DemoPeople_ProvinceAndChuSeCommitteesMetIn2020And2021()
    {
        var committees = await app.WithDbAsync(db => db.Committees.AsNoTracking().Include(c => c.Meetings).Include(c => c.Members)
            .Where(c => c.Name == DemoPeople.ProvinceCommitteeName || c.Name == DemoPeople.ChuSeCommitteeName).ToListAsync());

        Assert.Equal(2, committees.Count);
        Assert.All(committees, c =>
        {
            Assert.Equal(CommitteeKind.BanChiDao, c.Kind);
            Assert.True(c.Meetings.Count >= 3);
            Assert.All(c.Meetings, m => Assert.InRange(m.Date.Year, 2020, 2021));
            Assert.Single(c.Members, m => m.Role == CommitteeRole.TruongBan);
        });
        var groups = await app.WithDbAsync(db => db.Committees.Where(c => c.Kind == CommitteeKind.NhomThuongTruc).Select(c => c.Unit!.Code).ToListAsync());
        Assert.Equal(["23944", "23977"], groups.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task DemoPeople_SecondRun_AddsNothing()
    {
        var added = await app.WithDbAsync(db => DemoPeople.SeedAsync(db, app.Clock));

        Assert.Equal(0, added);
        Assert.Equal(1, await app.WithDbAsync(db => db.Committees.CountAsync(c => c.Name == DemoPeople.ProvinceCommitteeName)));
    }
}
