namespace TreEm.Web.Hosting;

/// <summary>Configuration section "TreEm". Command-line switches and TREEM_* variables map onto it.</summary>
public sealed class TreEmOptions
{
    public const string Section = "TreEm";

    /// <summary>Connection string. "Host=..." means PostgreSQL; anything else is a SQLite connection string.
    /// Empty: a SQLite file in <see cref="DataDirectory"/>.</summary>
    public string? Database { get; set; }

    /// <summary>Folder for the SQLite database and uploaded files. Default: "data" under the working folder.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Load the demo province and the demo users at start (idempotent).</summary>
    public bool Demo { get; set; }

    /// <summary>Apply pending migrations at start. On by default; a production operator may run `migrate` instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
