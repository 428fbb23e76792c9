using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Tests.Infrastructure;

namespace TreEm.Tests.Pages.Users;

internal static partial class UsersPageHelpers
{
    [GeneratedRegex("data-login=\"([^\"]+)\"")]
    private static partial Regex LoginPattern();

    [GeneratedRegex("data-testid=\"one-time-password\">([^<]+)<")]
    private static partial Regex PasswordPattern();

    /// <summary>The logins of the rows of a users list page, in order.</summary>
    public static List<string> Logins(string html) => LoginPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The one-time password shown on a result page.</summary>
    public static string OneTimePassword(string html)
    {
        var m = PasswordPattern().Match(html);
        Assert.True(m.Success, "No one-time password on the page");
        return m.Groups[1].Value;
    }

    public static Task<string> UserIdAsync(this TreEmApp app, string login) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync());
}
