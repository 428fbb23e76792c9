using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain;
using TreEm.Domain.Children;

namespace TreEm.Tests.Infrastructure;

/// <summary>Builders for test records, written through the real DbContext (so they are audited like any change).</summary>
public static class TestData
{
    /// <summary>Registers a child in the unit with the given official code (a commune or a village).</summary>
    public static async Task<Child> CreateChildAsync(this TreEmApp app, string unitCode, string fullName,
        DateOnly? dateOfBirth = null, Sex sex = Sex.Nu, string ethnicityCode = "10", string? identityNumber = null,
        Action<Child>? configure = null)
    {
        return await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == unitCode);
            var dob = dateOfBirth ?? new DateOnly(2016, 5, 17);
            var child = new Child
            {
                FullName = VietnameseText.Clean(fullName),
                NameSearch = VietnameseText.Normalize(fullName),
                DateOfBirth = dob,
                BirthYear = dob.Year,
                Sex = sex,
                EthnicityCode = ethnicityCode,
                IdentityNumber = identityNumber,
                UnitId = unit.Id,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                UpdatedAt = app.Clock.GetUtcNow().UtcDateTime,
            };
            configure?.Invoke(child);
            db.Children.Add(child);
            await db.SaveChangesAsync();
            return child;
        });
    }

    /// <summary>Adds a current classification in one of the 14 groups (letter a…o) to a child.</summary>
    public static Task AddSpecialCircumstanceAsync(this TreEmApp app, int childId, string groupCode, DateOnly? start = null) =>
        app.WithDbAsync(async db =>
        {
            db.ChildClassifications.Add(new ChildClassification
            {
                ChildId = childId, Kind = ClassificationKind.SpecialCircumstance, GroupCode = groupCode,
                StartDate = start ?? new DateOnly(2021, 1, 1),
            });
            await db.SaveChangesAsync();
        });

    public static Task<T> QueryAsync<T>(this TreEmApp app, Func<TreEmDbContext, Task<T>> query) => app.WithDbAsync(query);
}
