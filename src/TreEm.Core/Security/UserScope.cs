namespace TreEm.Security;

/// <summary>
/// What a signed-in user may see: the subtrees (materialised paths) of the units where they hold roles,
/// or everything for an administrator. Built once per request by the web layer.
/// </summary>
public sealed class UserScope
{
    public static readonly UserScope Nobody = new(null, [], []);

    public UserScope(string? userId, IReadOnlyCollection<string> paths, IReadOnlyCollection<Role> roles, bool all = false)
    {
        UserId = userId;
        // A path inside another path adds nothing: keep only the outermost ones.
        Paths = paths.Distinct()
            .Where(p => !paths.Any(o => o != p && p.StartsWith(o, StringComparison.Ordinal)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        Roles = roles.ToHashSet();
        All = all;
    }

    public static UserScope Everything(string? userId, IReadOnlyCollection<Role> roles) => new(userId, [], roles, all: true);

    public string? UserId { get; }

    /// <summary>True for administrators: the whole installation.</summary>
    public bool All { get; }

    public IReadOnlyList<string> Paths { get; }
    public IReadOnlySet<Role> Roles { get; }

    public bool Has(Role role) => Roles.Contains(role);

    public bool Covers(string path) => All || Paths.Any(p => path.StartsWith(p, StringComparison.Ordinal));
}
