using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Data;
using TreEm.Data.Seed;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;
using TreEm.Web.Seed;

namespace TreEm.Web.Cli;

/// <summary>
/// The admin commands of the one executable: `dotnet run --project src/TreEm.Web -- COMMAND [options]`.
/// They run with the same configuration (--db, --data, TREEM_DB) as the web server, and are audited as "cli".
/// </summary>
public static class AdminCommands
{
    public const string Usage = """
        TreEm admin commands:
          migrate                                   apply pending database migrations
          seed-demo [--children N] [--seed S]       migrate, then load the demo province, demo users and N demo
                                                    children (default TreEm:DemoChildren, 2000; seed 2021);
                                                    --children 450000 builds a province at real scale
          import-units FILE [--dry-run]             import administrative units from CSV
          create-user --user LOGIN --name "NAME" --role ROLE [--unit CODE]
                                                    create a user with a one-time password (printed)
          create-token --user LOGIN --name NAME     create an API token for a user (printed once)
        Options for every command: --db CONNECTION-STRING (or TREEM_DB), --data FOLDER
        Roles: Administrator, ProvinceOfficer, Leader, DistrictOfficer, CommuneWorker, CommuneChairman,
               VillageCollaborator, Partner, Hotline, Inspector
        """;

    public static async Task<int> RunAsync(IServiceProvider root, CommandLine cl)
    {
        using var scope = root.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<TreEmDbContext>();
        var opts = Options(cl.CommandArgs);
        try
        {
            switch (cl.Command)
            {
                case "migrate":
                    await db.Database.MigrateAsync();
                    Console.WriteLine("Database is up to date.");
                    return 0;
                case "seed-demo":
                    return await SeedDemoAsync(sp, db, opts);
                case "import-units":
                    return await ImportUnitsAsync(db, cl.CommandArgs);
                case "create-user":
                    return await CreateUserAsync(sp, db, opts);
                case "create-token":
                    return await CreateTokenAsync(sp, db, opts);
                default:
                    Console.WriteLine(Usage);
                    return cl.Command == "help" ? 0 : 2;
            }
        }
        catch (CommandException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    private static async Task<int> SeedDemoAsync(IServiceProvider sp, TreEmDbContext db, Dictionary<string, string> o)
    {
        var configured = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TreEmOptions>>().Value;
        var children = Number(o, "children", configured.DemoChildren);
        var seed = Number(o, "seed", configured.DemoSeed);
        await db.Database.MigrateAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var added = await sp.GetRequiredService<DemoSeeder>().SeedAsync(children, seed);
        var province = await db.Units.Where(u => u.Code == DemoSeeder.ProvinceCode).Select(u => u.Path).FirstAsync();
        var total = await db.Children.CountAsync(c => c.Unit!.Path.StartsWith(province));
        Console.WriteLine($"Demo data is loaded: {added} children added in {watch.Elapsed.TotalSeconds:0.0} s (seed {seed}); the province has {total} children.");
        return 0;
    }

    private static int Number(Dictionary<string, string> o, string name, int fallback)
    {
        if (!o.TryGetValue(name, out var text)) return fallback;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new CommandException($"--{name} needs a whole number, not '{text}'.");
    }

    private static async Task<int> ImportUnitsAsync(TreEmDbContext db, IReadOnlyList<string> args)
    {
        var file = args.FirstOrDefault(a => !a.StartsWith('-')) ?? throw new CommandException("import-units needs a CSV file.");
        if (!File.Exists(file)) throw new CommandException($"File not found: {file}");
        await using var stream = File.OpenRead(file);
        var result = await UnitCsvImport.ImportAsync(db, stream, dryRun: args.Contains("--dry-run"));
        foreach (var e in result.Errors) Console.WriteLine($"Dòng {e.Row}, cột {e.Column}: {e.Message}");
        Console.WriteLine($"{result.Rows} rows: {result.Created} created, {result.Updated} updated, {result.Unchanged} unchanged; committed: {result.Committed}");
        return result.IsValid ? 0 : 1;
    }

    private static async Task<int> CreateUserAsync(IServiceProvider sp, TreEmDbContext db, Dictionary<string, string> o)
    {
        var login = Required(o, "user");
        if (!Enum.TryParse<Role>(Required(o, "role"), ignoreCase: true, out var role))
            throw new CommandException($"Unknown role '{o["role"]}'.");
        int? unitId = null;
        if (o.TryGetValue("unit", out var code))
            unitId = (await db.Units.FirstOrDefaultAsync(u => u.Code == code) ?? throw new CommandException($"No unit with code {code}.")).Id;
        else if (role != Role.Administrator)
            throw new CommandException("--unit CODE is required for every role but Administrator.");
        var password = AdminBootstrap.NewPassword();
        var user = new AppUser
        {
            UserName = login,
            FullName = o.GetValueOrDefault("name") ?? login,
            MustChangePassword = true,
            CreatedAt = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        var result = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, password);
        if (!result.Succeeded) throw new CommandException(string.Join(" ", result.Errors.Select(e => e.Description)));
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = role, UnitId = unitId, CreatedAt = user.CreatedAt });
        await db.SaveChangesAsync();
        Console.WriteLine($"User {login} created. One-time password (must be changed at first sign-in): {password}");
        return 0;
    }

    private static async Task<int> CreateTokenAsync(IServiceProvider sp, TreEmDbContext db, Dictionary<string, string> o)
    {
        var login = Required(o, "user");
        var name = Required(o, "name");
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == login) ?? throw new CommandException($"No user '{login}'.");
        if (user.IsDisabled) throw new CommandException($"User '{login}' is disabled.");
        var token = await ApiTokens.CreateAsync(db, user.Id, name, sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        Console.WriteLine(token);
        return 0;
    }

    private static Dictionary<string, string> Options(IReadOnlyList<string> args)
    {
        var o = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                o[args[i][2..]] = args[++i];
        return o;
    }

    private static string Required(Dictionary<string, string> o, string name) =>
        o.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : throw new CommandException($"--{name} is required.\n\n{Usage}");

    private sealed class CommandException(string message) : Exception(message);
}
