namespace TreEm.Security;

/// <summary>Which roles open which part of the system. Scope (where) is separate: see <see cref="UserScope.For"/>.</summary>
public static class Capabilities
{
    /// <summary>Read the child register: everyone who works with children in their units, and inspectors.
    /// Partner agencies and the hotline see children only through the cases referred to them.</summary>
    public static readonly IReadOnlySet<Role> ChildRegisterRead = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.Leader, Role.DistrictOfficer, Role.CommuneWorker,
        Role.CommuneChairman, Role.VillageCollaborator, Role.Inspector,
    };

    /// <summary>Register and update children.</summary>
    public static readonly IReadOnlySet<Role> ChildRegisterWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker, Role.VillageCollaborator,
    };

    /// <summary>Merge duplicate records (district and province officers).</summary>
    public static readonly IReadOnlySet<Role> ChildMerge = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer,
    };
}
