using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Security;

namespace TreEm.Web.Security;

/// <summary>Personal access tokens: "treem_" and 40 random characters, stored as a SHA-256 hash.</summary>
public static class ApiTokens
{
    public const string Scheme = "Bearer";
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string NewToken() => "treem_" + RandomNumberGenerator.GetString(Alphabet, 40);

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Creates a token for a user; the plain value is returned once and never stored.</summary>
    public static async Task<string> CreateAsync(TreEmDbContext db, string userId, string name, DateTime now, CancellationToken ct = default)
    {
        var token = NewToken();
        db.ApiTokens.Add(new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            TokenHash = Hash(token),
            Prefix = token[..10],
            CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        return token;
    }
}

public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TreEmDbContext db,
    SignInManager<AppUser> signIn,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return AuthenticateResult.NoResult();
        var hash = ApiTokens.Hash(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking().Include(t => t.User)
            .FirstOrDefaultAsync(t => t.TokenHash == hash && t.RevokedAt == null);
        if (token?.User is null || token.User.IsDisabled) return AuthenticateResult.Fail("Invalid token");
        // Last use is bookkeeping, not a change a person made: it is not audited.
        var now = time.GetUtcNow().UtcDateTime;
        await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        var principal = await signIn.CreateUserPrincipalAsync(token.User);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
