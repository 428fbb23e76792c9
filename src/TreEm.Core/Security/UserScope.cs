namespace TreEm.Security;

/// <summary>
/// What a signed-in user may see: the subtrees (materialised paths) of the units where they hold roles, or
/// everything for an administrator. Built once per request by the web layer. <see cref="For"/> narrows it to the
/// roles that grant a capability (a partner agency's role does not open the child register, for example).
/// </summary>
public sealed class UserScope
{
    public static readonly UserScope Nobody = new(null, []);

    private readonly IReadOnlyList<(Role Role, string Path)> _grants;

    public UserScope(string? userId, IReadOnlyCollection<(Role Role, string Path)> grants, bool all = false)
    {
        UserId = userId;
        _grants = grants.ToList();
        var paths = grants.Select(g => g.Path).Distinct().ToList();
        // A path inside another path adds nothing: keep only the outermost ones.
        Paths = paths
            .Where(p => !paths.Any(o => o != p && p.StartsWith(o, StringComparison.Ordinal)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        Roles = grants.Select(g => g.Role).Where(r => Enum.IsDefined(r)).ToHashSet();
        All = all;
    }

    /// <summary>Every role held at every path; with no roles, a plain filter on the subtrees of the paths.</summary>
    public UserScope(string? userId, IReadOnlyCollection<string> paths, IReadOnlyCollection<Role> roles)
        : this(userId, paths.SelectMany(p => roles.Count == 0 ? [((Role)0, p)] : roles.Select(r => (r, p))).ToList())
    {
        if (paths.Count == 0) Roles = roles.ToHashSet();
    }

    public static UserScope Everything(string? userId, IReadOnlyCollection<Role> roles) =>
        new(userId, roles.Select(r => (r, "/")).ToList(), all: true);

    public string? UserId { get; }

    /// <summary>The partner agency of a partner user: they see the cases referred to it.</summary>
    public int? PartnerAgencyId { get; init; }

    /// <summary>True for administrators: the whole installation.</summary>
    public bool All { get; }

    public IReadOnlyList<string> Paths { get; }
    public IReadOnlySet<Role> Roles { get; }

    public bool Has(Role role) => Roles.Contains(role);

    public bool Covers(string path) => All || Paths.Any(p => path.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The part of the scope that comes from the given roles (administrators keep everything).</summary>
    public UserScope For(IReadOnlySet<Role> roles) =>
        All ? this : new UserScope(UserId, _grants.Where(g => roles.Contains(g.Role)).ToList()) { PartnerAgencyId = PartnerAgencyId };
}
