using Microsoft.EntityFrameworkCore;
using TreEm.Security;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Users;

public class UsersPagingTests(TreEmApp app) : IClassFixture<TreEmApp>
{
    [Fact]
    public async Task List_MoreThan25Users_IsPaged()
    {
        await app.WithDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "23977");
            for (var i = 1; i <= 20; i++)
            {
                db.Users.Add(new AppUser
                {
                    UserName = $"trang.{i:00}", NormalizedUserName = $"TRANG.{i:00}", FullName = $"Người dùng {i:00}",
                    CreatedAt = app.Clock.GetUtcNow().UtcDateTime, SecurityStamp = Guid.NewGuid().ToString(),
                    Roles = [new RoleAssignment { Role = Role.CommuneWorker, UnitId = unit.Id, CreatedAt = app.Clock.GetUtcNow().UtcDateTime }],
                });
            }
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync("admin");

        var first = await client.GetStringAsync("/users");
        Assert.Equal(25, UsersPageHelpers.Logins(first).Count);
        Assert.Contains("Trang 1/2", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/users?p=2\"", first, StringComparison.Ordinal);

        var second = UsersPageHelpers.Logins(await client.GetStringAsync("/users?p=2"));
        Assert.Equal(7, second.Count);
        Assert.Empty(second.Intersect(UsersPageHelpers.Logins(first)));

        // Filters survive paging.
        var filtered = await client.GetStringAsync("/users?unit=23977");
        Assert.Equal(21, UsersPageHelpers.Logins(filtered).Count);
        Assert.DoesNotContain("Trang 1/2", filtered, StringComparison.Ordinal);
    }
}
