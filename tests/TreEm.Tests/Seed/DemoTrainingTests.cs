using Microsoft.EntityFrameworkCore;
using TreEm.Domain.People;
using TreEm.Tests.Infrastructure;
using TreEm.Tests.Pages.Training;
using TreEm.Web.Seed;

namespace TreEm.Tests.Seed;

/// <summary>The demo training with the demo loaded: 2020 and 2021 courses of the province, Chư Sê and Mang Yang.</summary>
public class DemoTrainingTests(TreEmAppWithDemoCases app) : IClassFixture<TreEmAppWithDemoCases>
{
    [Fact]
    public async Task Demo_CoursesOf2020And2021_ByProvinceAndTwoDistricts_WithPartnerParticipants()
    {
        var courses = await app.WithDbAsync(db => db.TrainingCourses.AsNoTracking()
            .Select(c => new { c.Year, c.Unit!.Code, Sessions = c.Sessions.Count, Free = c.Sessions.Sum(s => s.Participants.Count(p => p.PersonId == null)) })
            .ToListAsync());

        Assert.Equal(6, courses.Count);
        Assert.Equal([2020, 2021], courses.Select(c => c.Year).Distinct().Order());
        Assert.Equal(["629", "633", "64"], courses.Select(c => c.Code).Distinct().Order(StringComparer.Ordinal));
        Assert.All(courses, c => Assert.True(c.Sessions >= 1 && c.Free >= 2));
        var hours = await app.WithDbAsync(db => db.TrainingSessions.Select(s => s.Hours).ToListAsync());
        Assert.All(hours, h => Assert.InRange(h, 0.5m, 24m));
    }

    [Fact]
    public async Task Demo_SecondRun_AddsNothing()
    {
        var before = await app.WithDbAsync(db => db.TrainingParticipants.CountAsync());
        Assert.Equal(0, await app.WithDbAsync(db => DemoTraining.SeedAsync(db, app.Clock)));
        Assert.Equal(before, await app.WithDbAsync(db => db.TrainingParticipants.CountAsync()));
    }
}

/// <summary>The demo training over people of the network: most of them attend, not all.</summary>
public class DemoTrainingWithPeopleTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Demo_WithPeople_MostOfficersAttend_NotAll()
    {
        var ids = new List<int>();
        for (var i = 1; i <= 10; i++)
            ids.Add(await app.PersonAsync(i <= 5 ? "23944" : "633", $"Cán bộ Demo {i}", i <= 5 ? PersonKind.CanBoXa : PersonKind.CanBoHuyen));

        var added = await app.WithDbAsync(db => DemoTraining.SeedAsync(db, app.Clock));

        Assert.True(added > 0);
        var attended2021 = await app.WithDbAsync(db => db.TrainingParticipants
            .Where(p => p.PersonId != null && p.Session!.Date.Year == 2021).Select(p => p.PersonId!.Value).Distinct().ToListAsync());
        Assert.InRange(attended2021.Count, 7, 9);
        Assert.All(attended2021, id => Assert.Contains(id, ids));
    }
}
