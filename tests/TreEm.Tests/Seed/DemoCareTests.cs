using Microsoft.EntityFrameworkCore;
using TreEm.Domain.Care;
using TreEm.Domain.Programmes;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Seed;

/// <summary>The demo programmes and alternative care (the test demo has no children: programmes and caregivers only).</summary>
public class DemoCareTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    [Fact]
    public async Task DemoCare_SeedsTheProvinceProgrammesAndChuSeCaregivers()
    {
        var programmes = await app.WithDbAsync(db => db.ScreeningProgrammes.AsNoTracking().Include(p => p.Unit).ToListAsync());
        Assert.Contains(programmes, p => p.Name == DemoCare.Heart2020 && p.Kind == ProgrammeKind.TimBamSinh && p.Year == 2020 && p.Unit!.Code == "64");
        Assert.Contains(programmes, p => p.Name == DemoCare.Heart2021 && p.Kind == ProgrammeKind.TimBamSinh && p.Year == 2021);
        Assert.Contains(programmes, p => p.Name == DemoCare.Cleft2021 && p.Kind == ProgrammeKind.SutMoiHoHam);

        var givers = await app.WithDbAsync(db => db.AlternativeCareGivers.AsNoTracking().Include(g => g.Unit).ToListAsync());
        Assert.InRange(givers.Count, 3, 10);
        Assert.All(givers, g => Assert.StartsWith("/64/633/", g.Unit!.Path, StringComparison.Ordinal));
        Assert.Contains(givers, g => g.Kinship == Kinship.KhongPhaiNguoiThan && CareRules.ChecksPass(g));
        Assert.Contains(givers, g => !CareRules.ChecksPass(g));

        var client = await app.SignInAsync("tinh");
        var page = await client.GetStringAsync("/programmes?year=2021");
        Assert.Contains(DemoCare.Heart2021, page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoCare.Heart2020, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoCare_SecondRun_AddsNothing()
    {
        Assert.Equal(0, await app.WithDbAsync(db => DemoCare.SeedAsync(db, app.Clock)));
        Assert.Equal(1, await app.WithDbAsync(db => db.ScreeningProgrammes.CountAsync(p => p.Name == DemoCare.Heart2020)));
    }
}
