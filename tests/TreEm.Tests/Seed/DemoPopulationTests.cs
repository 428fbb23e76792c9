using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Hosting;
using TreEm.Web.Seed;
using TreEm.Web.Seed.Population;

namespace TreEm.Tests.Seed;

/// <summary>The app of the population tests, with 5,000 demo children written once through the real generator.</summary>
public sealed class DemoPopulationFixture : IAsyncLifetime
{
    public const int Count = 5000;
    public const int Seed = 2021;

    public TreEmApp App { get; } = new();
    public int Added { get; private set; }
    public DateOnly Today => Display.Today(App.Clock);

    public async ValueTask InitializeAsync()
    {
        await App.InitializeAsync();
        Added = await SeedAsync(Count);
    }

    public Task<int> SeedAsync(int count) => App.WithDbAsync(db =>
        DemoChildren.SeedAsync(db, DemoSeeder.ProvinceCode, count, Seed, Today, App.Clock.GetUtcNow().UtcDateTime));

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public class DemoPopulationTests(DemoPopulationFixture fixture) : IClassFixture<DemoPopulationFixture>
{
    private TreEmApp App => fixture.App;

    private Task<List<Child>> ProvinceChildrenAsync() => App.WithDbAsync(db => db.Children.AsNoTracking()
        .Include(c => c.Caregivers).Include(c => c.Classifications)
        .Where(c => c.Unit!.Path.StartsWith("/64/"))
        .ToListAsync());

    [Fact]
    public async Task Seed_WritesTheRequestedNumberOfChildren()
    {
        Assert.Equal(DemoPopulationFixture.Count, fixture.Added);
        Assert.Equal(DemoPopulationFixture.Count, await App.WithDbAsync(db => db.Children.CountAsync(c => c.Unit!.Path.StartsWith("/64/"))));
    }

    [Fact]
    public async Task Seed_EveryCommuneHasChildren_InItsVillagesWhereItHasSome()
    {
        var (communes, perUnit) = await App.WithDbAsync(async db =>
        {
            var c = await DemoChildren.CommunesAsync(db, "/64/", fixture.Today);
            var p = await db.Children.GroupBy(x => x.UnitId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
            return (c, p);
        });
        Assert.Equal(220, communes.Count);
        foreach (var c in communes)
        {
            var inVillages = c.VillageIds.Sum(v => perUnit.GetValueOrDefault(v));
            var inCommune = perUnit.GetValueOrDefault(c.UnitId);
            Assert.True(inVillages + inCommune > 0, $"commune {c.Code} has no child");
            if (c.VillageIds.Count > 0) Assert.Equal(0, inCommune);
        }
    }

    [Fact]
    public async Task Seed_Proportions_FollowGiaLai()
    {
        var children = await ProvinceChildrenAsync();
        double n = children.Count;
        var special = children.Where(c => c.Classifications.Any(x => x.Kind == ClassificationKind.SpecialCircumstance)).ToList();
        var disabled = special.Where(c => c.Classifications.Any(x => x.GroupCode == "d")).ToList();
        var atRisk = children.Count(c => c.Classifications.Any(x => x.Kind == ClassificationKind.AtRisk));
        var minority = children.Count(c => c.EthnicityCode != "01");
        var male = children.Count(c => c.Sex == Sex.Nam);

        Assert.InRange(special.Count / n, 0.008, 0.016);
        Assert.InRange(disabled.Count / (double)special.Count, 0.6, 0.9);
        Assert.All(disabled, c => Assert.True(c.DisabilityType is not null && c.DisabilitySeverity is not null, c.FullName));
        Assert.InRange(atRisk / n, 0.19, 0.25);
        Assert.InRange(minority / n, 0.40, 0.55);
        Assert.InRange(children.Count(c => c.EthnicityCode is "10" or "13") / (double)minority, 0.8, 1.0);
        Assert.InRange(male / n, 0.48, 0.54);
        Assert.InRange(children.Count(c => c.Poverty == PovertyStatus.Ngheo) / n, 0.11, 0.19);
        Assert.InRange(children.Count(c => c.Poverty == PovertyStatus.CanNgheo) / n, 0.07, 0.13);
        Assert.InRange(children.Count(c => c.IsBirthYearEstimated) / n, 0.01, 0.06);
    }

    [Fact]
    public async Task Seed_AgesAreZeroToFifteen_AndSchoolingFitsTheAge()
    {
        var today = fixture.Today;
        var children = await ProvinceChildrenAsync();
        Assert.All(children, c =>
        {
            Assert.Null(ChildRules.CheckBirth(c.DateOfBirth, c.IsBirthYearEstimated ? c.BirthYear : null, today));
            Assert.InRange(c.AgeOn(today), 0, 15);
            Assert.Equal(ChildStatus.DangQuanLy, c.Status);
            var age = c.AgeOn(today);
            if (age < 3) Assert.Equal(SchoolingStatus.ChuaDenTuoi, c.Schooling);
            if (age is >= 6 and <= 10) Assert.DoesNotContain(c.Schooling, new[] { SchoolingStatus.MamNon, SchoolingStatus.TrungHocCoSo, SchoolingStatus.TrungHocPhoThong });
            Assert.All(c.Classifications, x => Assert.InRange(x.StartDate, c.DateOfBirth ?? new DateOnly(c.BirthYear, 1, 1), today));
        });
        // Every age is there, in roughly equal numbers.
        var byAge = children.GroupBy(c => c.AgeOn(today)).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(16, byAge.Count);
        Assert.All(byAge.Values, count => Assert.InRange(count, DemoPopulationFixture.Count / 16 * 0.8, DemoPopulationFixture.Count / 16 * 1.2));
    }

    [Fact]
    public async Task Seed_IdentityNumbers_AreUniqueTwelveDigitsOfGiaLai_ForAboutSixtyPercent()
    {
        var children = await ProvinceChildrenAsync();
        var numbers = children.Where(c => c.IdentityNumber is not null).Select(c => c.IdentityNumber!).ToList();
        Assert.InRange(numbers.Count / (double)children.Count, 0.55, 0.65);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.All(children.Where(c => c.IdentityNumber is not null), c =>
        {
            Assert.Null(ChildRules.CheckIdentityNumber(c.IdentityNumber));
            Assert.StartsWith("064", c.IdentityNumber, StringComparison.Ordinal);
            // Sex and century digit, then the two-digit year of birth.
            Assert.Equal(c.Sex == Sex.Nu ? '3' : '2', c.IdentityNumber![3]);
            Assert.Equal((c.BirthYear % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), c.IdentityNumber[4..6]);
        });
    }

    [Fact]
    public async Task Seed_Caregivers_ShareTheFamilyNameThatPassesOn()
    {
        var children = await ProvinceChildrenAsync();
        Assert.InRange(children.Count(c => c.Caregivers.Count > 0) / (double)children.Count, 0.97, 1.0);
        Assert.All(children.Where(c => c.Caregivers.Count > 0), c => Assert.Single(c.Caregivers, g => g.IsMainCaregiver));
        // Kinh children take their father's family name; Jrai children their mother's clan.
        var kinh = children.Where(c => c.EthnicityCode == "01" && c.Caregivers.Any(g => g.Relation == CaregiverRelation.Cha)).ToList();
        Assert.NotEmpty(kinh);
        Assert.All(kinh, c => Assert.Equal(c.FullName.Split(' ')[0], c.Caregivers.Single(g => g.Relation == CaregiverRelation.Cha).FullName.Split(' ')[0]));
        var jrai = children.Where(c => c.EthnicityCode == "10" && c.Caregivers.Any(g => g.Relation == CaregiverRelation.Me)).ToList();
        Assert.NotEmpty(jrai);
        Assert.All(jrai, c => Assert.StartsWith(c.FullName.Split(' ')[0] + " ", c.Caregivers.Single(g => g.Relation == CaregiverRelation.Me).FullName, StringComparison.Ordinal));
        // Orphans of both parents (group a) have no father or mother in the record.
        Assert.All(children.Where(c => c.Classifications.Any(x => x.GroupCode == "a")),
            c => Assert.DoesNotContain(c.Caregivers, g => g.Relation != CaregiverRelation.Khac));
    }

    [Fact]
    public async Task Seed_FeaturedChildren_LiveInTheCollaboratorsVillage_AndAreFoundBySearch()
    {
        var village = await App.WithDbAsync(db => db.Children.AsNoTracking().Where(c => c.Unit!.Code == "23944-01").Select(c => c.FullName).ToListAsync());
        Assert.Contains("Ksor H'Nhi", village);
        Assert.Contains("Nguyễn Văn An", village);
        Assert.True(village.Count >= 4, $"{village.Count} children in 23944-01");
        Assert.True(await App.WithDbAsync(db => db.Children.CountAsync(c => c.Unit!.Path.StartsWith("/64/633/23944/"))) >= 8);

        var found = await App.WithDbAsync(async db => (
            await new ChildFilter { Query = "NGUYỄN VĂN" }.Apply(db.Children, fixture.Today).Where(c => c.Unit!.Code == "23944-01").Select(c => c.FullName).ToListAsync(),
            await new ChildFilter { Query = "ksor" }.Apply(db.Children, fixture.Today).Where(c => c.Unit!.Code == "23944-01").Select(c => c.FullName).ToListAsync()));
        Assert.Contains("Nguyễn Văn An", found.Item1);
        Assert.Contains("Ksor H'Nhi", found.Item2);
    }

    [Fact]
    public async Task Seed_SecondRun_AddsNothing()
    {
        Assert.Equal(0, await fixture.SeedAsync(DemoPopulationFixture.Count));
        Assert.Equal(DemoPopulationFixture.Count, await App.WithDbAsync(db => db.Children.CountAsync(c => c.Unit!.Path.StartsWith("/64/"))));
    }

    [Fact]
    public async Task Generate_SameSeedGivesTheSameChildren_AnotherSeedOthers()
    {
        var (communes, atRisk, subgroups) = await App.WithDbAsync(async db => (
            await DemoChildren.CommunesAsync(db, "/64/", fixture.Today),
            await db.AtRiskSituations.Where(a => a.IsActive).Select(a => a.Code).ToListAsync(),
            await db.SpecialCircumstanceSubgroups.Select(s => s.Code).ToListAsync()));
        var now = App.Clock.GetUtcNow().UtcDateTime;

        List<string> Run(int seed)
        {
            var population = new DemoPopulation(seed, fixture.Today, now, atRisk, subgroups);
            var shares = population.Allocate(communes, 3000);
            return communes.SelectMany(c => population.Generate(c, shares[c.Code]))
                .Select(c => string.Join("|", c.FullName, c.DateOfBirth, c.BirthYear, c.Sex, c.EthnicityCode, c.UnitId, c.IdentityNumber,
                    string.Join(",", c.Caregivers.Select(g => g.FullName)),
                    string.Join(",", c.Classifications.Select(x => x.GroupCode ?? x.AtRiskCode))))
                .ToList();
        }

        var first = Run(7);
        var again = Run(7);
        var other = Run(8);
        Assert.Equal(3000, first.Count);
        Assert.Equal(first, again);
        Assert.Equal(3000, other.Count);
        Assert.True(first.Zip(other).Count(p => p.First == p.Second) < 30, "another seed gives other children");
        Assert.NotEqual(first.Select(r => r.Split('|')[0]).Take(100), other.Select(r => r.Split('|')[0]).Take(100));
    }
}
