using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TreEm.Data;
using TreEm.Domain.Cases;
using TreEm.Tests.Infrastructure;
using TreEm.Web.Seed;

namespace TreEm.Tests.Seed;

/// <summary>The demo's cases and partner agencies, as the app loads them at start (fake clock 30/11/2026 09:00).</summary>
public class DemoCasesTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    private Task<List<Case>> CasesAsync() => app.WithDbAsync(db => db.Cases.AsNoTracking().WithEverything().ToListAsync());

    [Fact]
    public async Task Demo_HasCasesInThreeCommunes_AtEveryStage()
    {
        var cases = await CasesAsync();

        Assert.InRange(cases.Count, 8, 15);
        var communes = cases.Select(c => c.Unit!.Code).Distinct().ToList();
        Assert.True(communes.Count >= 3, string.Join(", ", communes));
        Assert.Contains(cases, c => c.Unit!.Path.StartsWith("/64/629/", StringComparison.Ordinal));
        foreach (var status in Enum.GetValues<CaseStatus>())
            Assert.Contains(cases, c => c.Status == status);
        Assert.Contains(cases, c => c.RunningSeparation is not null);
        Assert.Contains(cases, c => c.Status == CaseStatus.TiepNhan && c.Steps.Any(s => s.Kind == CaseStepKind.MoLai));
        Assert.Contains(cases, c => c.Status == CaseStatus.DangThucHien && c.Plans.SelectMany(p => p.Tasks).Any(t => t.DoneAt is not null));
        // Every case went through Case.Open: the intake step is recorded, and no case has a step in the future.
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Assert.All(cases, c => Assert.Contains(c.Steps, s => s.Kind == CaseStepKind.TiepNhan && s.CompletedAt <= now));
        Assert.All(cases, c => Assert.All(c.Steps, s => Assert.True(s.OpenedAt <= now)));
    }

    [Fact]
    public async Task Demo_SomeCasesHaveAnOverdueStep_OneIsJustReceived()
    {
        var cases = await CasesAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;

        var overdue = cases.Where(c => c.Steps.Any(s => s.IsOverdue(now))).ToList();
        Assert.True(overdue.Count >= 2, $"{overdue.Count} overdue");
        Assert.Contains(overdue, c => c.Status == CaseStatus.TiepNhan && c.ReceivedAt <= now.AddHours(-12));
        Assert.Contains(cases, c => c.Steps.Any(s => s.Kind == CaseStepKind.DanhGiaBanDau && s.IsOpen && s.DueAt > now && s.DueAt < now.AddHours(12)));
    }

    [Fact]
    public async Task Demo_HotlineCase_HasItsReferenceAndCreator_AndTheHotlineFindsIt()
    {
        var hotline = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "tongdai111"));
        var cases = await CasesAsync();

        var intake = Assert.Single(cases, c => c.Source == CaseSource.TongDai111);
        Assert.StartsWith(DemoCases.HotlineReferencePrefix, intake.HotlineReference, StringComparison.Ordinal);
        Assert.Equal(hotline.Id, intake.CreatedByUserId);
        Assert.Equal(hotline.FullName, intake.ReceiverName);

        var client = await app.ApiClientAsync("tongdai111");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/cases?pageSize=100");
        Assert.Equal([intake.Id], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Demo_PoliceUser_HasItsAgency_AndACaseIsReferredToItWithConsent()
    {
        var (agencies, police) = await app.WithDbAsync(async db => (
            await db.PartnerAgencies.AsNoTracking().Include(a => a.Unit).ToListAsync(),
            await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "congan.chuse")));

        Assert.Equal(["633", "23944", "23944", "629"], new[] { DemoCases.PoliceName, DemoCases.HealthStationName, DemoCases.SchoolName, DemoCases.WomenUnionName }
            .Select(n => agencies.Single(a => a.Name == n).Unit!.Code));
        var agency = agencies.Single(a => a.Name == DemoCases.PoliceName);
        Assert.Equal(PartnerKind.CongAn, agency.Kind);
        Assert.Equal(agency.Id, police.PartnerAgencyId);

        var referred = Assert.Single(await CasesAsync(), c => c.Referrals.Any(r => r.AgencyId == agency.Id));
        var referral = referred.Referrals.Single(r => r.AgencyId == agency.Id);
        Assert.True(referral.ConsentGiven);
        Assert.NotNull(referral.ConsentBy);

        // The police user finds the case referred to it, as a partner: no narrative.
        var client = await app.ApiClientAsync("congan.chuse");
        var details = await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{referred.Id}");
        Assert.Equal("Partner", details.GetProperty("view").GetString());
        Assert.False(details.TryGetProperty("description", out _));
        Assert.Equal(DemoCases.PoliceName, details.GetProperty("referrals")[0].GetProperty("agency").GetString());
    }

    [Fact]
    public async Task Demo_SecondSeedingRun_AddsNothing()
    {
        var before = await app.WithDbAsync(async db => (await db.Cases.CountAsync(), await db.CaseSteps.CountAsync(), await db.PartnerAgencies.CountAsync(), await db.Referrals.CountAsync()));

        using (var scope = app.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);
        var added = await app.WithDbAsync(db => DemoCases.SeedAsync(db, app.Clock));

        Assert.Equal(0, added);
        var after = await app.WithDbAsync(async db => (await db.Cases.CountAsync(), await db.CaseSteps.CountAsync(), await db.PartnerAgencies.CountAsync(), await db.Referrals.CountAsync()));
        Assert.Equal(before, after);
        Assert.True(before.Item1 > 0);
    }
}
