using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;
using TreEm.Data.Seed;
using TreEm.Domain;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Seed.Population;

namespace TreEm.Web.Seed;

/// <summary>
/// Loads the demo province (Gia Lai 2021, a few villages), one user per role, a population of children
/// (TreEm:DemoChildren, TreEm:DemoSeed), partner agencies and cases at every stage (<see cref="DemoCases"/>).
/// Idempotent: a second run finds everything in place and adds nothing.
/// </summary>
public sealed class DemoSeeder(TreEmDbContext db, UserManager<AppUser> users, TimeProvider time, IOptions<TreEmOptions> options, ILogger<DemoSeeder> log)
{
    /// <summary>The demo province: Gia Lai.</summary>
    public const string ProvinceCode = "64";

    public static string UnitsCsvPath => Path.Combine(AppContext.BaseDirectory, "Seed", "gia-lai-2021-admin-units.csv");

    public static readonly IReadOnlyList<(string Commune, string[] Villages)> Villages =
    [
        ("23944", ["Làng Tiêm", "Làng Ia Tiêm 2", "Làng Blang", "Thôn Hòa Bình"]),
        ("23977", ["Làng Ia Ko 1", "Làng Ia Ko 2", "Thôn Kênh Ba"]),
    ];

    /// <summary>Units, users and the configured number of children. Returns the number of children added.</summary>
    public Task<int> SeedAsync(CancellationToken ct = default) => SeedAsync(options.Value.DemoChildren, options.Value.DemoSeed, ct);

    /// <summary>Units, users and up to <paramref name="children"/> children in the demo province. Returns the number of children added.</summary>
    public async Task<int> SeedAsync(int children, int seed, CancellationToken ct = default)
    {
        await SeedUnitsAsync(ct);
        await SeedUsersAsync(ct);
        var added = children <= 0 ? 0 : await SeedChildrenAsync(children, seed, ct);
        // After the children: some demo cases concern children of the register.
        if (options.Value.DemoCases) await DemoCases.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoFund.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoSupport.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoActivities.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoPeople.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoCare.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoTraining.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoEvents.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoPlans.SeedAsync(db, time, log, ct);
        if (options.Value.DemoCases) await DemoReports.SeedAsync(db, time, log, ct);
        return added;
    }

    private async Task<int> SeedChildrenAsync(int children, int seed, CancellationToken ct)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var added = await DemoChildren.SeedAsync(db, ProvinceCode, children, seed, Display.Today(time), time.GetUtcNow().UtcDateTime, log, ct);
        if (added > 0) log.LogInformation("Demo children loaded: {Added} added in {Seconds:0.0} s (seed {Seed})", added, watch.Elapsed.TotalSeconds, seed);
        return added;
    }

    private async Task SeedUnitsAsync(CancellationToken ct)
    {
        await using (var file = File.OpenRead(UnitsCsvPath))
        {
            var result = await UnitCsvImport.ImportAsync(db, file, dryRun: false, ct);
            if (!result.IsValid)
                throw new InvalidOperationException("Demo units file is invalid: " + string.Join("; ", result.Errors.Select(e => $"{e.Row}: {e.Message}")));
            if (result.Created > 0) log.LogInformation("Demo units loaded: {Created} created", result.Created);
        }
        var units = await db.Units.ToDictionaryAsync(u => u.Code, ct);
        foreach (var (communeCode, names) in Villages)
        {
            var commune = units[communeCode];
            for (var i = 0; i < names.Length; i++)
            {
                var code = DemoUsers.VillageCode(communeCode, i + 1);
                if (units.ContainsKey(code)) continue;
                db.Units.Add(new OrgUnit
                {
                    Code = code,
                    Name = names[i],
                    NameSearch = VietnameseText.Normalize(names[i]),
                    TypeCode = "thon",
                    Parent = commune,
                    Path = OrgUnit.PathFor(commune, code),
                    IsMountainous = true,
                    IsEthnicMinorityArea = true,
                });
            }
        }
        // Gia Lai is a mountainous province of the Central Highlands.
        foreach (var u in units.Values.Where(u => !u.IsMountainous)) u.IsMountainous = true;
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedUsersAsync(CancellationToken ct)
    {
        var units = await db.Units.ToDictionaryAsync(u => u.Code, ct);
        foreach (var demo in DemoUsers.All)
        {
            if (await users.FindByNameAsync(demo.Login) is not null) continue;
            var user = new AppUser
            {
                UserName = demo.Login,
                FullName = demo.FullName,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, DemoUsers.Password);
            if (!created.Succeeded)
                throw new InvalidOperationException($"Demo user {demo.Login}: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            db.RoleAssignments.Add(new RoleAssignment
            {
                UserId = user.Id,
                Role = demo.Role,
                UnitId = demo.UnitCode is null ? null : units[demo.UnitCode].Id,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(ct);
        }
    }
}
