using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.People;

/// <summary>Builders of people and committees, written through the real DbContext.</summary>
public static class PeopleTestData
{
    public static Task<Person> AddPersonAsync(this TreEmApp app, string unitCode, string fullName, PersonKind kind,
        DateOnly? start = null, DateOnly? end = null, string position = "Công chức Văn hóa – Xã hội") =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var person = new Person
            {
                UnitId = unit.Id, FullName = fullName, NameSearch = VietnameseText.Normalize(fullName), Kind = kind, Position = position,
                StartDate = start ?? new DateOnly(2020, 1, 1), EndDate = end, CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person;
        });

    /// <summary>A refused write: the cookie client is sent to the 403 page.</summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/loi/403", response.Headers.Location!.AbsolutePath);
    }

    public static Task<Committee> AddCommitteeAsync(this TreEmApp app, string unitCode, string name, CommitteeKind kind, DateOnly? established = null) =>
        app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var committee = new Committee
            {
                UnitId = unit.Id, Name = name, Kind = kind, EstablishedOn = established ?? new DateOnly(2020, 1, 1),
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            db.Committees.Add(committee);
            await db.SaveChangesAsync();
            return committee;
        });
}
