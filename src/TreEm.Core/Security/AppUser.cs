using Microsoft.AspNetCore.Identity;

namespace TreEm.Security;

/// <summary>A person or a service account that signs in.</summary>
public class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";

    /// <summary>Set for a first-start administrator and for passwords an administrator handed out.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>A disabled user cannot sign in nor use a token; their history stays.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>For a user of a partner agency (police, school...): the agency whose referred cases they see.</summary>
    public int? PartnerAgencyId { get; set; }
    public Domain.Cases.PartnerAgency? PartnerAgency { get; set; }

    public List<RoleAssignment> Roles { get; set; } = [];
}

/// <summary>A role held at a unit: the unit's subtree is the user's scope for that role.</summary>
public class RoleAssignment : Auditing.IHasUnit
{
    int? Auditing.IHasUnit.AuditUnitId => UnitId;

    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public Role Role { get; set; }
    /// <summary>The unit where the role is held; null only for an administrator of the whole installation.</summary>
    public int? UnitId { get; set; }
    public Domain.OrgUnit? Unit { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A personal access token for the REST API. Only its SHA-256 hash is stored.</summary>
public class ApiToken
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token.</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The first characters of the token, so a user can tell their tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}
