using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Data;

/// <summary>Runs on SQLite and on PostgreSQL (the test script runs the suite once with each).</summary>
public class DatabaseTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task Migrations_MatchTheModel() =>
        Assert.False(await app.WithDbAsync(db => Task.FromResult(db.Database.HasPendingModelChanges())),
            "The model has changes that no migration captures: add a migration to both migrations projects.");

    [Fact]
    public async Task Migrations_AreAllApplied() =>
        Assert.Empty(await app.WithDbAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));

    [Fact]
    public async Task Provider_IsTheOneUnderTest()
    {
        var provider = await app.WithDbAsync(db => Task.FromResult(db.Database.ProviderName!));
        Assert.Contains(TestDatabase.UsePostgres ? "Npgsql" : "Sqlite", provider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VietnameseText_RoundTrips()
    {
        const string name = "Làng Đăk Ơ Ring – Ksor H'Nhi, Rơ Mah Thị Lan (ặ ẫ ỵ ữ Ợ)";
        await app.WithDbAsync(async db =>
        {
            var parent = await db.Units.SingleAsync(u => u.Code == "23944");
            db.Units.Add(new OrgUnit { Code = "rt-1", Name = name, NameSearch = VietnameseText.Normalize(name), TypeCode = "thon", ParentId = parent.Id, Path = parent.Path + "rt-1/" });
            await db.SaveChangesAsync();
        });
        var stored = await app.WithDbAsync(db => db.Units.AsNoTracking().Where(u => u.Code == "rt-1").Select(u => new { u.Name, u.NameSearch }).SingleAsync());
        Assert.Equal(name, stored.Name);
        Assert.Equal(VietnameseText.Normalize(name), stored.NameSearch);
        // And the normalised column finds it without diacritics.
        var found = await app.WithDbAsync(db => db.Units.AsNoTracking().CountAsync(u => u.NameSearch.Contains("dak o ring")));
        Assert.Equal(1, found);
    }

    [Fact]
    public async Task Instants_ComeBackAsUtc()
    {
        var at = await app.WithDbAsync(db => db.Users.AsNoTracking().Select(u => u.CreatedAt).FirstAsync());
        Assert.Equal(DateTimeKind.Utc, at.Kind);
    }
}
