namespace TreEm.Web.Hosting;

/// <summary>
/// Splits the command line into an optional admin command, TreEm's own switches (turned into configuration
/// keys) and the rest, which goes to ASP.NET Core unchanged (for example --urls).
/// </summary>
public sealed record CommandLine(string? Command, IReadOnlyList<string> CommandArgs, IReadOnlyDictionary<string, string?> Settings, string[] HostArgs)
{
    public static readonly IReadOnlySet<string> Commands = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "migrate", "seed-demo", "import-units", "create-user", "create-token", "help",
    };

    public static CommandLine Parse(string[] args, Func<string, string?>? environment = null)
    {
        var settings = new Dictionary<string, string?>();
        // TREEM_DB is the short name operators use for the connection string; --db wins over it.
        var fromEnvironment = (environment ?? Environment.GetEnvironmentVariable)("TREEM_DB");
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) settings["TreEm:Database"] = fromEnvironment;
        var host = new List<string>();
        var commandArgs = new List<string>();
        string? command = null;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "--demo":
                    settings["TreEm:Demo"] = "true";
                    break;
                case "--db" when i + 1 < args.Length:
                    settings["TreEm:Database"] = args[++i];
                    break;
                case "--data" when i + 1 < args.Length:
                    settings["TreEm:DataDirectory"] = args[++i];
                    break;
                case "--no-migrate":
                    settings["TreEm:MigrateOnStart"] = "false";
                    break;
                default:
                    if (command is null && host.Count == 0 && !a.StartsWith('-') && Commands.Contains(a))
                        command = a.ToLowerInvariant();
                    else if (command is not null)
                        commandArgs.Add(a);
                    else
                        host.Add(a);
                    break;
            }
        }
        return new CommandLine(command, commandArgs, settings, host.ToArray());
    }
}
