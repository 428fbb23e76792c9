namespace TreEm.Auditing;

/// <summary>Who is making the changes the DbContext saves: the signed-in user, a token's owner, or a command.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string UserName { get; }

    /// <summary>The reason the user gave for the change being saved, if any; cleared after each save.</summary>
    string? Reason { get; set; }
}

/// <summary>The actor for command-line work and start-up tasks.</summary>
public sealed class SystemActor : IAuditActor
{
    public SystemActor(string userName = "system") => UserName = userName;
    public string? UserId => null;
    public string UserName { get; }
    public string? Reason { get; set; }
}

/// <summary>Entities whose audit rows carry the unit they belong to.</summary>
public interface IHasUnit
{
    int? AuditUnitId { get; }
}
