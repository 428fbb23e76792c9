using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Seed;

/// <summary>
/// A new installation without --demo gets one administrator, "admin", with a random one-time password that is
/// printed once and must be changed at the first sign-in. There is never a fixed default password.
/// </summary>
public sealed class AdminBootstrap(TreEmDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    public const string Login = "admin";

    /// <summary>Returns the one-time password, or null when an administrator already exists.</summary>
    public async Task<string?> EnsureAdministratorAsync(CancellationToken ct = default)
    {
        if (await db.RoleAssignments.AnyAsync(r => r.Role == Role.Administrator, ct)) return null;
        var password = NewPassword();
        var user = await users.FindByNameAsync(Login);
        if (user is null)
        {
            user = new AppUser { UserName = Login, FullName = "Quản trị hệ thống", CreatedAt = time.GetUtcNow().UtcDateTime, MustChangePassword = true };
            Check(await users.CreateAsync(user, password));
        }
        else
        {
            user.MustChangePassword = true;
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
        }
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = Role.Administrator, CreatedAt = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        return password;
    }

    /// <summary>16 characters with upper and lower case letters and digits, as the password rules ask.</summary>
    public static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        var chars = RandomNumberGenerator.GetString(upper + lower + digits, 13)
            + RandomNumberGenerator.GetString(upper, 1) + RandomNumberGenerator.GetString(lower, 1) + RandomNumberGenerator.GetString(digits, 1);
        var array = chars.ToCharArray();
        RandomNumberGenerator.Shuffle(array.AsSpan());
        return new string(array);
    }

    private static void Check(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException(string.Join(" ", r.Errors.Select(e => e.Description)));
    }
}
