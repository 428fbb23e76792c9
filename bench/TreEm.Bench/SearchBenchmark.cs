using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;
using TreEm.Web.Seed;

namespace TreEm.Bench;

/// <summary>
/// The register search of the list page on a province at real scale: a fresh PostgreSQL database, migrated, with the
/// demo units and users and a demo population (450,000 children by default). Each search runs the way the list page
/// runs it (<c>VisibleTo(scope)</c> + <see cref="ChildFilter"/> + count + first page of 25 by name) and as one
/// hand-written SQL query with the same meaning; both must return the same rows. Medians of N runs after warm-up.
/// Options: --children N (450000), --seed S (2021), --reps N (15), --trigram 0|1 (1: also measure the name searches
/// with a pg_trgm index created in the throwaway database only), --keep 1 (leave the database for a closer look).
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    public string Name => "search";

    private const int PageSize = 25;

    private sealed record Row(int Id, string FullName, DateOnly? DateOfBirth, int BirthYear, Sex Sex, string Unit);

    private sealed record Case(string Title, string Login, ChildFilter Filter, bool NameSearch);

    private sealed record Measure(string Title, int Count, double TreEmMs, double SqlMs);

    public async Task<string> RunAsync(BenchOptions options)
    {
        var admin = options.Postgres ?? throw new InvalidOperationException("The search benchmark needs PostgreSQL: --pg \"Host=...;Username=...;Database=postgres\" or TREEM_BENCH_PG.");
        var children = options.Number("children", 450_000);
        var seed = options.Number("seed", 2021);
        var reps = options.Number("reps", 15);
        var trigram = options.Number("trigram", 1) == 1;
        var keep = options.Number("keep", 0) == 1;
        var name = "treem_bench_search_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        try
        {
            using var host = BuildHost(cs);
            var sp = host.Services;
            var watch = Stopwatch.StartNew();
            using (var scope = sp.CreateScope())
                await scope.ServiceProvider.GetRequiredService<TreEmDbContext>().Database.MigrateAsync();
            var migrate = watch.Elapsed;
            using (var scope = sp.CreateScope())
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(0, seed);

            Console.WriteLine($"Building {children:N0} children (seed {seed})...");
            watch.Restart();
            int added;
            using (var scope = sp.CreateScope())
                added = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(children, seed);
            var build = watch.Elapsed;
            await ExecuteAsync(cs, "ANALYZE");
            var counts = await CountsAsync(cs);
            var server = await ServerAsync(cs);
            Console.WriteLine($"Built in {build.TotalSeconds:0} s; measuring...");

            var today = Display.Today(TimeProvider.System);
            (int From, int To) band = (6, 10);
            Case[] cases =
            [
                new("Tên \"nguyen van\", cán bộ tỉnh (tinh)", "tinh", new ChildFilter { Query = "nguyen van", Status = ChildStatus.DangQuanLy }, true),
                new("Tên \"nguyen van\", cán bộ huyện Chư Sê (huyen.chuse)", "huyen.chuse", new ChildFilter { Query = "nguyen van", Status = ChildStatus.DangQuanLy }, true),
                new("Nhóm d (khuyết tật), 6–10 tuổi, cán bộ tỉnh", "tinh", new ChildFilter { GroupCode = "d", AgeFrom = band.From, AgeTo = band.To, Status = ChildStatus.DangQuanLy }, false),
                new("Nhóm d (khuyết tật), 6–10 tuổi, cán bộ huyện Chư Sê", "huyen.chuse", new ChildFilter { GroupCode = "d", AgeFrom = band.From, AgeTo = band.To, Status = ChildStatus.DangQuanLy }, false),
            ];
            var results = new List<Measure>();
            foreach (var c in cases) results.Add(await MeasureAsync(sp, cs, c, today, reps));

            var trigramResults = new List<Measure>();
            var plans = new List<(string, string)>();
            foreach (var c in cases.Where(c => c.NameSearch)) plans.Add((c.Title, await PlanAsync(sp, c, today)));
            if (trigram)
            {
                await ExecuteAsync(cs, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
                watch.Restart();
                await ExecuteAsync(cs, "CREATE INDEX bench_children_namesearch_trgm ON children USING gin (\"NameSearch\" gin_trgm_ops)");
                var indexTime = watch.Elapsed;
                await ExecuteAsync(cs, "ANALYZE children");
                foreach (var c in cases.Where(c => c.NameSearch))
                {
                    trigramResults.Add((await MeasureAsync(sp, cs, c, today, reps)) with { Title = c.Title + $" — with a trigram index (built in {indexTime.TotalSeconds:0.0} s)" });
                    trigramResults.Add((await MeasureAsync(sp, cs, c, today, reps, sortByExpression: true)) with { Title = c.Title + " — trigram index, page sorted by an expression" });
                }
                foreach (var c in cases.Where(c => c.NameSearch)) plans.Add((c.Title + " — with the trigram index", await PlanAsync(sp, c, today)));
            }

            return Markdown(children, added, seed, reps, build, migrate, counts, server, results, trigramResults, plans);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (keep) Console.WriteLine($"Database kept: {name}");
            else await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["TreEm:Database"] = connectionString });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("TreEm", LogLevel.Information);
        // Migrating a new database logs the missing history table as an error; it is not one.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Services.AddTreEmData(builder.Configuration);
        builder.Services.AddTreEmSecurity();
        builder.Services.AddScoped<DemoSeeder>();
        return builder.Build();
    }

    /// <param name="sortByExpression">Sort the page by <c>NameSearch || ''</c>: the same order, but the planner can no longer
    /// walk the name index in order (a what-if, for the trigram index to be used by the page query too).</param>
    private static async Task<Measure> MeasureAsync(IServiceProvider sp, string cs, Case c, DateOnly today, int reps, bool sortByExpression = false)
    {
        UserScope scope;
        using (var s = sp.CreateScope())
            scope = await ScopeOfAsync(s.ServiceProvider.GetRequiredService<TreEmDbContext>(), c.Login);
        var prefix = scope.Paths.Single();

        // Same rows both ways, or the comparison means nothing.
        var treem = await TreEmAsync(sp, scope, c.Filter, today, sortByExpression);
        var sql = await SqlAsync(cs, prefix, c.Filter, today, sortByExpression);
        if (treem.Count != sql.Count || !treem.Rows.SequenceEqual(sql.Rows))
            throw new InvalidOperationException($"{c.Title}: TreEm found {treem.Count} ({string.Join(",", treem.Rows.Take(5).Select(r => r.Id))}…), SQL {sql.Count} ({string.Join(",", sql.Rows.Take(5).Select(r => r.Id))}…)");

        for (var i = 0; i < 3; i++)
        {
            await TreEmAsync(sp, scope, c.Filter, today, sortByExpression);
            await SqlAsync(cs, prefix, c.Filter, today, sortByExpression);
        }
        var a = new List<double>();
        var b = new List<double>();
        for (var i = 0; i < reps; i++)
        {
            var w = Stopwatch.StartNew();
            await TreEmAsync(sp, scope, c.Filter, today, sortByExpression);
            a.Add(w.Elapsed.TotalMilliseconds);
            w.Restart();
            await SqlAsync(cs, prefix, c.Filter, today, sortByExpression);
            b.Add(w.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"  {c.Title}: {treem.Count} rows, TreEm {Median(a):0.0} ms, SQL {Median(b):0.0} ms");
        return new Measure(c.Title, treem.Count, Median(a), Median(b));
    }

    /// <summary>What the list page does: the scoped query, the filter, a count and the first page by name.</summary>
    private static async Task<(int Count, List<Row> Rows)> TreEmAsync(IServiceProvider sp, UserScope scope, ChildFilter filter, DateOnly today, bool sortByExpression)
    {
        using var s = sp.CreateScope();
        var db = s.ServiceProvider.GetRequiredService<TreEmDbContext>();
        var q = filter.Apply(db.Children.AsNoTracking().VisibleTo(scope), today);
        var count = await q.CountAsync();
        var sorted = sortByExpression ? q.OrderBy(c => c.NameSearch + "") : q.OrderBy(c => c.NameSearch);
        var rows = await sorted.ThenBy(c => c.Id).Take(PageSize)
            .Select(c => new Row(c.Id, c.FullName, c.DateOfBirth, c.BirthYear, c.Sex, c.Unit!.Name))
            .ToListAsync();
        return (count, rows);
    }

    private static async Task<string> PlanAsync(IServiceProvider sp, Case c, DateOnly today)
    {
        try
        {
            return await ExplainAsync(sp, c, today);
        }
        catch (NpgsqlException ex)
        {
            return "(no plan: " + ex.Message + ")";
        }
    }

    private static async Task<string> ExplainAsync(IServiceProvider sp, Case c, DateOnly today)
    {
        using var s = sp.CreateScope();
        var db = s.ServiceProvider.GetRequiredService<TreEmDbContext>();
        var scope = await ScopeOfAsync(db, c.Login);
        var q = c.Filter.Apply(db.Children.AsNoTracking().VisibleTo(scope), today).OrderBy(x => x.NameSearch).ThenBy(x => x.Id).Take(PageSize).Select(x => x.Id);
        // The command EF Core would send, with its parameters, explained by the server.
        await using var cmd = q.CreateDbCommand();
        cmd.CommandText = "EXPLAIN " + cmd.CommandText;
        await db.Database.OpenConnectionAsync();
        var plan = new StringBuilder();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(0));
        return plan.ToString();
    }

    /// <summary>The same search written by hand: one count and one page, with the scope as a path prefix.</summary>
    private static async Task<(int Count, List<Row> Rows)> SqlAsync(string cs, string prefix, ChildFilter f, DateOnly today, bool sortByExpression)
    {
        var where = new StringBuilder("""
            c."MergedIntoId" IS NULL AND c."Status" = @status
            AND (u."Path" LIKE @prefix OR EXISTS (SELECT 1 FROM child_status_changes h JOIN units fu ON fu."Id" = h."FromUnitId"
                                                 WHERE h."ChildId" = c."Id" AND fu."Path" LIKE @prefix))
            """);
        var parameters = new List<NpgsqlParameter>
        {
            new("status", f.Status.ToString()),
            new("prefix", prefix + "%"),
        };
        if (!string.IsNullOrEmpty(f.Query))
        {
            where.Append(" AND c.\"NameSearch\" LIKE @name");
            parameters.Add(new("name", "%" + TreEm.Domain.VietnameseText.Normalize(f.Query) + "%"));
        }
        if (!string.IsNullOrEmpty(f.GroupCode))
        {
            where.Append("""
                 AND EXISTS (SELECT 1 FROM child_classifications x WHERE x."ChildId" = c."Id" AND x."Kind" = 'SpecialCircumstance'
                             AND x."GroupCode" = @group AND x."StartDate" <= @today AND (x."EndDate" IS NULL OR x."EndDate" > @today))
                """);
            parameters.Add(new("group", f.GroupCode));
            parameters.Add(new("today", today));
        }
        if (f.AgeFrom is { } from && f.AgeTo is { } to)
        {
            var (earliest, latest) = ChildRules.BirthRangeForAges(from, to, today);
            where.Append("""
                 AND ((c."DateOfBirth" BETWEEN @earliest AND @latest) OR (c."DateOfBirth" IS NULL AND c."BirthYear" BETWEEN @minYear AND @maxYear))
                """);
            parameters.Add(new("earliest", earliest));
            parameters.Add(new("latest", latest));
            parameters.Add(new("minYear", today.Year - to));
            parameters.Add(new("maxYear", today.Year - from));
        }
        var from1 = "FROM children c JOIN units u ON u.\"Id\" = c.\"UnitId\" WHERE " + where;
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        int count;
        await using (var cmd = new NpgsqlCommand("SELECT count(*) " + from1, conn))
        {
            foreach (var p in parameters) cmd.Parameters.Add(p.Clone());
            count = Convert.ToInt32(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        var rows = new List<Row>();
        await using (var cmd = new NpgsqlCommand($"""SELECT c."Id", c."FullName", c."DateOfBirth", c."BirthYear", c."Sex", u."Name" {from1} ORDER BY c."NameSearch"{(sortByExpression ? " || ''" : "")}, c."Id" LIMIT {PageSize}""", conn))
        {
            foreach (var p in parameters) cmd.Parameters.Add(p.Clone());
            await using var reader = await cmd.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add(new Row(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                    reader.GetInt32(3), Enum.Parse<Sex>(reader.GetString(4)), reader.GetString(5)));
        }
        return (count, rows);
    }

    private static async Task<UserScope> ScopeOfAsync(TreEmDbContext db, string login)
    {
        var id = await db.Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync();
        var roles = await db.RoleAssignments.Where(r => r.UserId == id).Select(r => new { r.Role, Path = r.Unit!.Path }).ToListAsync();
        return new UserScope(id, roles.Select(r => (r.Role, r.Path)).ToList()).For(Capabilities.ChildRegisterRead);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string cs)
    {
        var result = new Dictionary<string, long>();
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        foreach (var table in new[] { "children", "caregivers", "child_classifications", "audit_entries" })
        {
            await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
            result[table] = Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        await using (var size = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", conn))
            result["size:" + (string)(await size.ExecuteScalarAsync())!] = 0;
        return result;
    }

    private static async Task<string> ServerAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var parts = new List<string>();
        foreach (var setting in new[] { "server_version", "shared_buffers", "work_mem", "fsync" })
        {
            await using var cmd = new NpgsqlCommand($"SHOW {setting}", conn);
            parts.Add($"{setting} {await cmd.ExecuteScalarAsync()}");
        }
        return string.Join(", ", parts);
    }

    private static async Task ExecuteAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Markdown(int children, int added, int seed, int reps, TimeSpan build, TimeSpan migrate, Dictionary<string, long> counts,
        string server, List<Measure> results, List<Measure> trigram, List<(string Title, string Plan)> plans)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(inv, $"## Search of the register ({children:N0} children)");
        md.AppendLine();
        md.AppendLine(inv, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, PostgreSQL ({server}); a fresh database, migrated in {migrate.TotalSeconds:0.0} s.");
        md.AppendLine();
        md.AppendLine(inv, $"**Population.** `seed-demo --children {children} --seed {seed}` wrote {added:N0} children in {build.TotalSeconds:0} s ({added / Math.Max(build.TotalSeconds, 0.001):N0} children/s), with " +
            $"{counts["caregivers"]:N0} caregivers, {counts["child_classifications"]:N0} classifications and {counts["audit_entries"]:N0} audit rows (every insert is audited, in batches of 2,000 children per save); " +
            $"database size {counts.Keys.First(k => k.StartsWith("size:", StringComparison.Ordinal))[5..]}.");
        md.AppendLine();
        md.AppendLine(inv, $"**Searches.** What the list page runs — `db.Children.VisibleTo(scope)` + `ChildFilter` + count + first page of {PageSize} ordered by name — against one hand-written SQL query with the same meaning (the same rows are checked). Median of {reps} runs after 3 warm-up runs, each with a new DbContext or connection. On a shared machine the absolute times of two runs can differ by a factor of two; the ratios hold.");
        md.AppendLine();
        md.AppendLine("| search | rows | TreEm (EF Core) | hand-written SQL | ratio |");
        md.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in results.Concat(trigram))
            md.AppendLine(inv, $"| {r.Title} | {r.Count:N0} | {r.TreEmMs:0.0} ms | {r.SqlMs:0.0} ms | {r.TreEmMs / r.SqlMs:0.00} |");
        md.AppendLine();
        if (trigram.Count > 0)
        {
            md.AppendLine("The trigram rows add `CREATE EXTENSION pg_trgm; CREATE INDEX ... ON children USING gin (\"NameSearch\" gin_trgm_ops)` in the benchmark database only: it is not part of the migrations. " +
                "The index serves the count at once; the first page only when its ORDER BY is an expression (`NameSearch || ''`, same order), else the planner walks the name index from \"a\" until it reaches the matches.");
            md.AppendLine();
        }
        md.AppendLine("<details><summary>Plans of the name searches (first page) as EF Core sends them</summary>");
        md.AppendLine();
        foreach (var (title, p) in plans)
        {
            md.AppendLine(inv, $"{title}:");
            md.AppendLine();
            md.AppendLine("```");
            md.AppendLine(p.TrimEnd());
            md.AppendLine("```");
            md.AppendLine();
        }
        md.AppendLine("</details>");
        return md.ToString();
    }
}
