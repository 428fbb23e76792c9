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

    /// <summary>How many demo children fill the demo province when <see cref="Demo"/> is on (0: none). Small by default so
    /// that a demo starts in seconds; `seed-demo --children 450000` builds a province at real scale.</summary>
    public int DemoChildren { get; set; } = 1000;

    /// <summary>Add the demo partner agencies and cases when <see cref="Demo"/> is on. Test classes that build their own
    /// cases turn it off so that counts and lists start empty.</summary>
    public bool DemoCases { get; set; } = true;

    /// <summary>Seed of the demo population: the same seed gives the same children.</summary>
    public int DemoSeed { get; set; } = 2021;

    /// <summary>A folder searched first for the fonts of PDF documents (Times New Roman or Liberation Serif .ttf files);
    /// the system font folders are searched after it. See Documents/DocumentFonts.</summary>
    public string? FontsFolder { get; set; }

    /// <summary>Apply pending migrations at start. On by default; a production operator may run `migrate` instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
