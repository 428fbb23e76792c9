using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using TreEm.Data;
using TreEm.Data.Seed;
using TreEm.Domain;
using TreEm.Domain.Importing;
using TreEm.Web.Hosting;
using TreEm.Web.Pages.Children.Import;
using TreEm.Web.Security;
using TreEm.Web.Seed;

namespace TreEm.Bench;

/// <summary>
/// Imports a generated 100,000-row CSV (deterministic) through the real import runner, dry run then commit, on a
/// fresh PostgreSQL database with the demo province; the baseline is a raw binary COPY of the same rows into
/// <c>children</c> of another fresh database. Options: <c>--rows N</c> (default 100000), <c>--seed S</c>.
/// </summary>
public sealed class ImportBenchmark : IBenchmark
{
    public string Name => "import";

    public async Task<string> RunAsync(BenchOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Postgres))
            throw new InvalidOperationException("The import benchmark needs PostgreSQL: --pg \"Host=...;Username=...;Database=postgres\" (or TREEM_BENCH_PG).");
        var rows = options.Number("rows", 100_000);
        var seed = options.Number("seed", 2021);
        var work = Path.Combine(Path.GetTempPath(), "treem-bench-import-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var treemDb = await CreateDatabaseAsync(options.Postgres, "treem_bench_import_");
        var copyDb = await CreateDatabaseAsync(options.Postgres, "treem_bench_copy_");
        try
        {
            // TreEm: the real runner on a migrated database with the demo province and users.
            await using var treem = await AppAsync(treemDb, work);
            var units = await UnitsAsync(treem);
            // The runner deletes the file of a commit: each job gets a copy in the imports folder.
            var csv = Path.Combine(work, "bench.csv");
            var bytes = ImportFile.Write(csv, rows, seed, units, DateOnly.FromDateTime(Display.ToVietnamTime(DateTime.UtcNow)));
            Directory.CreateDirectory(Path.Combine(work, ChildImportFiles.Folder));
            Console.WriteLine($"import: {rows:N0} rows, {bytes / 1024d / 1024d:0.0} MB CSV, {units.Count} units");

            var runner = treem.Services.GetRequiredService<ImportJobRunner>();
            File.Copy(csv, Path.Combine(work, ChildImportFiles.Folder, "bench.csv"), overwrite: true);
            var (dry, drySeconds, dryPeak) = await RunJobAsync(treem, runner, dryRun: true);
            Console.WriteLine($"import: dry run {drySeconds:0.0} s, {dry.CreatedRows:N0} to create, {dry.ErrorRows:N0} errors");
            File.Copy(csv, Path.Combine(work, ChildImportFiles.Folder, "bench.csv"), overwrite: true);
            var (commit, commitSeconds, commitPeak) = await RunJobAsync(treem, runner, dryRun: false);
            Console.WriteLine($"import: commit {commitSeconds:0.0} s, {commit.CreatedRows:N0} created, {commit.ErrorRows:N0} errors");
            if (commit.Status != ImportJobStatus.Completed || commit.CreatedRows != rows)
                throw new InvalidOperationException($"The import did not write every row: {commit.Status} {commit.Message} ({commit.CreatedRows} created, {commit.ErrorRows} errors)");
            var written = await CountAsync(treemDb, "children");
            var audit = await CountAsync(treemDb, "audit_entries");

            // Baseline: the same rows, parsed and COPY'd into children of a fresh database.
            await (await AppAsync(copyDb, work)).DisposeAsync();
            var copySeconds = await CopyAsync(copyDb, csv);
            Console.WriteLine($"import: COPY {copySeconds:0.0} s");

            var server = await ServerAsync(treemDb);
            var ratio = commitSeconds / copySeconds;
            var md = new StringBuilder();
            md.AppendLine(CultureInfo.InvariantCulture, $"Import of a generated CSV of {rows:N0} children ({bytes / 1024d / 1024d:0.0} MB, seed {seed}) on PostgreSQL {server}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}.");
            md.AppendLine();
            md.AppendLine("| Rows | TreEm dry run (s) | TreEm commit (s) | COPY (s) | Ratio commit / COPY | TreEm rows/s (commit) | Peak working set (MB) |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {rows:N0} | {drySeconds:0.0} | {commitSeconds:0.0} | {copySeconds:0.0} | {ratio:0.0}× | {rows / commitSeconds:N0} | {Math.Max(dryPeak, commitPeak) / 1024d / 1024d:N0} |");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture,
                $"TreEm runs the import job as the upload page does (`ImportJobRunner`): it reads the file twice (count and encoding sample, then the rows), maps and validates every row, looks for duplicates in the database one batch of 500 rows at a time, and on commit writes each batch with one `SaveChanges` — children, their caregivers and classifications, and one audit row per record in the same transaction ({written:N0} children, {audit:N0} audit rows after the run). The dry run does all of it but the writes. The baseline parses the same CSV and binary-`COPY`s the children rows only (no caregivers, no classifications, no audit, no checks). Peak working set is the largest of the process sampled every 100 ms during the two runs.");
            return md.ToString();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await DropDatabaseAsync(options.Postgres, treemDb);
            await DropDatabaseAsync(options.Postgres, copyDb);
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<(ImportJob Job, double Seconds, long Peak)> RunJobAsync(WebApplication app, ImportJobRunner runner, bool dryRun)
    {
        var id = Guid.NewGuid();
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
            var user = await db.Users.SingleAsync(u => u.UserName == "tinh");
            db.ImportJobs.Add(new ImportJob
            {
                Id = id, Kind = ImportJobRunner.Kind, FileName = "bench.csv", StoredFile = $"{ChildImportFiles.Folder}/bench.csv",
                DryRun = dryRun, Status = ImportJobStatus.Queued, UserId = user.Id, UserName = user.UserName!, CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        using var memory = new PeakMemory();
        var watch = Stopwatch.StartNew();
        await runner.RunAsync(id);
        var seconds = watch.Elapsed.TotalSeconds;
        using var check = app.Services.CreateScope();
        var job = await check.ServiceProvider.GetRequiredService<TreEmDbContext>().ImportJobs.AsNoTracking().SingleAsync(j => j.Id == id);
        if (job.Status != ImportJobStatus.Completed) throw new InvalidOperationException($"Import job failed: {job.Message}");
        foreach (var f in ImportJobRunner.ReadReport(job)?.Findings.Take(5) ?? [])
            Console.WriteLine($"import: row {f.Row}, {f.Column}: {f.Reason} ({f.Value})");
        return (job, seconds, memory.Peak);
    }

    /// <summary>The application's services on the given database, migrated, with the demo units and users.</summary>
    private static async Task<WebApplication> AppAsync(string connectionString, string dataDirectory)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = dataDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TreEm:Database"] = connectionString,
            ["TreEm:DataDirectory"] = dataDirectory,
        });
        builder.Logging.ClearProviders().AddConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Services.AddTreEmData(builder.Configuration);
        builder.Services.AddTreEmSecurity();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddChildImport();
        var app = builder.Build();
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
        await db.Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        return app;
    }

    private static async Task<List<string>> UnitsAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TreEmDbContext>();
        return await db.Units.AsNoTracking()
            .Where(u => u.Type!.Tier == UnitTier.Commune || u.Type!.Tier == UnitTier.Village)
            .OrderBy(u => u.Code).Select(u => u.Code).ToListAsync();
    }

    private static async Task<double> CopyAsync(string connectionString, string csv)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var cmd = new NpgsqlCommand("SELECT \"Code\", \"Id\" FROM units", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) units[reader.GetString(0)] = reader.GetInt32(1);

        var watch = Stopwatch.StartNew();
        var now = DateTime.UtcNow;
        await using (var import = await conn.BeginBinaryImportAsync(
            "COPY children (\"FullName\", \"NameSearch\", \"DateOfBirth\", \"BirthYear\", \"IsBirthYearEstimated\", \"Sex\", \"EthnicityCode\", " +
            "\"IdentityNumber\", \"UnitId\", \"Address\", \"Poverty\", \"Schooling\", \"HasHealthInsurance\", \"HasCongenitalHeartDisease\", " +
            "\"Status\", \"CreatedAt\", \"UpdatedAt\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            using var text = new StreamReader(csv, Encoding.UTF8);
            string[]? header = null;
            foreach (var row in CsvTable.Read(text))
            {
                if (header is null) { header = row.Fields; continue; }
                string F(ChildColumn c) => row.Fields[Array.IndexOf(header, ChildImportTemplate.Header(c))];
                var dob = ChildRowMapper.ParseDate(F(ChildColumn.DateOfBirth));
                var year = dob?.Year ?? int.Parse(F(ChildColumn.BirthYear), CultureInfo.InvariantCulture);
                var id = F(ChildColumn.IdentityNumber);
                var address = F(ChildColumn.Address);
                var poverty = F(ChildColumn.Poverty) switch { "Nghèo" => "Ngheo", "Cận nghèo" => "CanNgheo", _ => "Khong" };
                await import.StartRowAsync();
                await import.WriteAsync(F(ChildColumn.FullName), NpgsqlDbType.Varchar);
                await import.WriteAsync(VietnameseText.Normalize(F(ChildColumn.FullName)), NpgsqlDbType.Varchar);
                if (dob is { } d) await import.WriteAsync(d, NpgsqlDbType.Date); else await import.WriteNullAsync();
                await import.WriteAsync(year, NpgsqlDbType.Integer);
                await import.WriteAsync(dob is null, NpgsqlDbType.Boolean);
                await import.WriteAsync(F(ChildColumn.Sex) == "Nam" ? "Nam" : "Nu", NpgsqlDbType.Varchar);
                await import.WriteAsync(F(ChildColumn.Ethnicity), NpgsqlDbType.Varchar);
                if (id.Length > 0) await import.WriteAsync(id, NpgsqlDbType.Varchar); else await import.WriteNullAsync();
                await import.WriteAsync(units[F(ChildColumn.UnitCode)], NpgsqlDbType.Integer);
                if (address.Length > 0) await import.WriteAsync(address, NpgsqlDbType.Varchar); else await import.WriteNullAsync();
                await import.WriteAsync(poverty, NpgsqlDbType.Varchar);
                await import.WriteAsync("ChuaDenTuoi", NpgsqlDbType.Varchar);
                await import.WriteAsync(false, NpgsqlDbType.Boolean);
                await import.WriteAsync(false, NpgsqlDbType.Boolean);
                await import.WriteAsync("DangQuanLy", NpgsqlDbType.Varchar);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await import.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await import.WriteAsync(1, NpgsqlDbType.Integer);
            }
            await import.CompleteAsync();
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<string> CreateDatabaseAsync(string admin, string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..10];
        await using var conn = new NpgsqlConnection(admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
        await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task DropDatabaseAsync(string admin, string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var conn = new NpgsqlConnection(admin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Version and durability of the server: a throwaway server often runs with fsync off.</summary>
    private static async Task<string> ServerAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT current_setting('server_version'), current_setting('fsync')", conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetString(0).Split(' ')[0]} (fsync {reader.GetString(1)})";
    }

    private static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }

    /// <summary>Samples the process's working set every 100 ms and keeps the largest value.</summary>
    private sealed class PeakMemory : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public PeakMemory()
        {
            Sample();
            _timer = new Timer(_ => Sample(), null, 100, 100);
        }

        public long Peak
        {
            get
            {
                Sample();
                return Interlocked.Read(ref _peak);
            }
        }

        private void Sample()
        {
            using var p = Process.GetCurrentProcess();
            var ws = p.WorkingSet64;
            long current;
            while (ws > (current = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, ws, current) != current) { }
        }

        public void Dispose() => _timer.Dispose();
    }
}

/// <summary>A deterministic, realistic import file: Kinh, Jrai and Bahnar names, ages 0–15, caregivers, a few
/// special circumstances and at-risk situations. No two rows are the same child by the duplicate rules.</summary>
internal static class ImportFile
{
    private static readonly string[] KinhFamilies = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Phan", "Vũ", "Ngô", "Dương"];
    private static readonly string[] EthnicFamilies = ["Ksor", "Rơ Mah", "Siu", "Rơ Châm", "Kpă", "Nay", "Đinh", "Puih", "Rah Lan", "Hiao", "Rcom", "Kpuih"];
    private static readonly string[] Middles = ["Văn", "Thị", "Minh", "Đức", "Ngọc", "Thanh", "Hồng", "Quốc", "Gia", "Bảo", "Anh", "Thu"];
    private static readonly string[] Givens =
    [
        "An", "Bình", "Hà", "Lan", "Mai", "Hùng", "Minh", "Tuấn", "Đức", "Yến", "Ngọc", "Phúc", "Linh", "Thảo", "Hiếu", "Khánh",
        "Nam", "Hải", "Huy", "Long", "Quân", "Trang", "Nhung", "Hoa", "Vy", "Thư", "Tâm", "Sơn", "Dũng", "Trí", "Nga", "Hương",
        "Phương", "Thắng", "Toàn", "Lộc", "Vinh", "Kiên", "Duy", "Hạnh", "Giang", "Châu", "Uyên", "Khoa", "Tùng", "Nhi", "My", "Trâm",
    ];
    private static readonly string[] EthnicGivens =
    [
        "H'Nhi", "H'Lan", "Thuấn", "Blơi", "H'Bia", "Djuih", "H'Mai", "Ngơl", "H'Yến", "Hyăm", "Tơr", "H'Ly", "Byưn", "H'Điệp", "Kuih", "Nghiêm",
    ];
    private static readonly string[] AtRisk = ["NC01", "NC02", "NC03", "NC04", "NC05", "NC06", "NC07", "NC08", "NC09", "NC10", "NC11"];

    /// <summary>Writes the file; returns its size in bytes.</summary>
    public static long Write(string path, int rows, int seed, List<string> units, DateOnly today)
    {
        var random = new Random(seed);
        var columns = new[]
        {
            ChildColumn.FullName, ChildColumn.DateOfBirth, ChildColumn.BirthYear, ChildColumn.Sex, ChildColumn.Ethnicity,
            ChildColumn.IdentityNumber, ChildColumn.UnitCode, ChildColumn.Address, ChildColumn.Poverty, ChildColumn.FatherName,
            ChildColumn.FatherBirthYear, ChildColumn.MotherName, ChildColumn.MotherBirthYear, ChildColumn.CaregiverPhone,
            ChildColumn.Groups, ChildColumn.AtRisk,
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using (var w = new StreamWriter(path, false, new UTF8Encoding(true)))
        {
            w.Write(string.Join(",", columns.Select(c => ChildImportTemplateFile.Quote(ChildImportTemplate.Header(c)))) + "\r\n");
            var written = 0;
            while (written < rows)
            {
                var ethnic = random.NextDouble() switch { < 0.5 => "01", < 0.85 => "10", < 0.97 => "13", _ => "14" };
                var girl = random.Next(2) == 0;
                var name = Name(random, ethnic, girl);
                var dob = today.AddDays(-random.Next(0, 16 * 365 - 1));
                // An estimated birth year counts from 1 January: only for children clearly under 16.
                var estimated = random.NextDouble() < 0.2 && today.Year - dob.Year < 16;
                // One child per normalised name and birth year: no row is a duplicate of another.
                if (!seen.Add(VietnameseText.Normalize(name) + "|" + dob.Year)) continue;
                var father = random.NextDouble() < 0.8 ? Parent(random, name, ethnic, girl: false) : "";
                var mother = random.NextDouble() < 0.9 ? Parent(random, name, ethnic, girl: true) : "";
                var phone = (father.Length > 0 || mother.Length > 0) && random.NextDouble() < 0.6
                    ? "09" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture) : "";
                var groups = random.NextDouble() < 0.012 ? random.NextDouble() switch { < 0.75 => "d", < 0.88 => "a", < 0.91 => "c", < 0.93 => "e", _ => "b" } : "";
                var atRisk = random.NextDouble() < 0.22 ? AtRisk[random.Next(AtRisk.Length)] : "";
                string[] cells =
                [
                    name,
                    estimated ? "" : dob.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    estimated ? dob.Year.ToString(CultureInfo.InvariantCulture) : "",
                    girl ? "Nữ" : "Nam",
                    ethnic,
                    random.NextDouble() < 0.3 ? "064" + (216_000_000 + written).ToString(CultureInfo.InvariantCulture) : "",
                    units[random.Next(units.Count)],
                    random.NextDouble() < 0.3 ? "Tổ " + random.Next(1, 20).ToString(CultureInfo.InvariantCulture) : "",
                    random.NextDouble() switch { < 0.12 => "Nghèo", < 0.2 => "Cận nghèo", _ => "" },
                    father,
                    father.Length > 0 ? random.Next(1975, 2000).ToString(CultureInfo.InvariantCulture) : "",
                    mother,
                    mother.Length > 0 ? random.Next(1978, 2003).ToString(CultureInfo.InvariantCulture) : "",
                    phone,
                    groups,
                    atRisk,
                ];
                w.Write(string.Join(",", cells.Select(ChildImportTemplateFile.Quote)) + "\r\n");
                written++;
            }
        }
        return new FileInfo(path).Length;
    }

    private static string Name(Random r, string ethnic, bool girl)
    {
        if (ethnic == "01")
        {
            var middle = girl ? (r.Next(3) == 0 ? "Thị" : Middles[r.Next(Middles.Length)]) : Middles[r.Next(Middles.Length)];
            var second = r.Next(3) == 0 ? " " + Givens[r.Next(Givens.Length)] : "";
            return $"{KinhFamilies[r.Next(KinhFamilies.Length)]} {middle} {Givens[r.Next(Givens.Length)]}{second}";
        }
        var given = r.Next(2) == 0 ? EthnicGivens[r.Next(EthnicGivens.Length)] : Givens[r.Next(Givens.Length)];
        var extra = r.Next(2) == 0 ? " " + Givens[r.Next(Givens.Length)] : "";
        return $"{EthnicFamilies[r.Next(EthnicFamilies.Length)]} {given}{extra}";
    }

    private static string Parent(Random r, string child, string ethnic, bool girl)
    {
        var family = child.Split(' ')[0];
        var middle = girl ? "Thị" : "Văn";
        return ethnic == "01"
            ? $"{(girl ? KinhFamilies[r.Next(KinhFamilies.Length)] : family)} {middle} {Givens[r.Next(Givens.Length)]}"
            : $"{EthnicFamilies[r.Next(EthnicFamilies.Length)]} {(girl ? EthnicGivens[r.Next(EthnicGivens.Length)] : Givens[r.Next(Givens.Length)])}";
    }
}
