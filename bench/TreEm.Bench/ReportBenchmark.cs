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
using TreEm.Data.Indicators;
using TreEm.Data.Reports;
using TreEm.Domain.Indicators;
using TreEm.Domain.Reports;
using TreEm.Security;
using TreEm.Web.Hosting;
using TreEm.Web.Security;
using TreEm.Web.Seed;

namespace TreEm.Bench;

/// <summary>
/// The province report at real scale (issue 6 item 9): a fresh PostgreSQL database with the demo units and users, the
/// demo population (450,000 children by default, as the search benchmark builds it) and, generated in bulk by SQL for
/// 2020 and 2021, what the report counts besides children: support records, abuse cases with their children and steps,
/// injuries, events, communication activities, officers and their training, funds and their ledgers. TreEm's way is
/// what a draft report computes, <see cref="ReportFigureBuilder.ComputeAsync"/> for the province and the year 2021
/// (the year and the same period of 2020); the baseline is one hand-written SQL query per appendix figure for each of
/// the two years, with the same meaning; the values must be equal. Medians of N runs after warm-up.
/// Options: --children N (450000), --seed S (2021), --reps N (7), --keep 1 (leave the database).
/// </summary>
public sealed class ReportBenchmark : IBenchmark
{
    public string Name => "report";

    /// <summary>"On time" is judged at this instant, both ways.</summary>
    private static readonly DateTime Now = new(2022, 1, 15, 0, 0, 0, DateTimeKind.Utc);

    private const string ProvinceLogin = "tinh";

    public async Task<string> RunAsync(BenchOptions options)
    {
        var admin = options.Postgres ?? throw new InvalidOperationException("The report benchmark needs PostgreSQL: --pg \"Host=...;Username=...;Database=postgres\" or TREEM_BENCH_PG.");
        var children = options.Number("children", 450_000);
        var seed = options.Number("seed", 2021);
        var reps = options.Number("reps", 7);
        var keep = options.Number("keep", 0) == 1;
        var name = "treem_bench_report_" + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        try
        {
            using var host = BuildHost(cs);
            var sp = host.Services;
            using (var scope = sp.CreateScope())
                await scope.ServiceProvider.GetRequiredService<TreEmDbContext>().Database.MigrateAsync();
            using (var scope = sp.CreateScope())
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(0, seed);

            Console.WriteLine($"Building {children:N0} children (seed {seed})...");
            var watch = Stopwatch.StartNew();
            using (var scope = sp.CreateScope())
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(children, seed);
            var population = watch.Elapsed;
            Console.WriteLine($"Population in {population.TotalSeconds:0} s; generating the records the report counts...");
            watch.Restart();
            await ReportData.GenerateAsync(cs, seed);
            var records = watch.Elapsed;
            await ExecuteAsync(cs, "ANALYZE");
            var counts = await CountsAsync(cs);
            var server = await ServerAsync(cs);
            Console.WriteLine($"Records in {records.TotalSeconds:0} s; measuring...");

            UserScope userScope;
            TreEm.Domain.OrgUnit province;
            using (var s = sp.CreateScope())
            {
                var db = s.ServiceProvider.GetRequiredService<TreEmDbContext>();
                userScope = await ScopeOfAsync(db, ProvinceLogin);
                province = await db.Units.AsNoTracking().Include(u => u.Type).SingleAsync(u => u.Code == DemoSeeder.ProvinceCode);
            }
            var period = FigurePeriod.Year(2021);

            // Same figures both ways, or the comparison means nothing.
            var treem = await TreEmAsync(sp, userScope, province, period);
            var sql = await ReportSql.RunAsync(cs, province.Path, period, Now);
            var compared = ReportSql.Compare(treem, sql.Values);

            for (var i = 0; i < 2; i++)
            {
                await TreEmAsync(sp, userScope, province, period);
                await ReportSql.RunAsync(cs, province.Path, period, Now);
            }
            var a = new List<double>();
            var b = new List<double>();
            var perFigure = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            for (var i = 0; i < reps; i++)
            {
                var w = Stopwatch.StartNew();
                await TreEmAsync(sp, userScope, province, period);
                a.Add(w.Elapsed.TotalMilliseconds);
                w.Restart();
                var run = await ReportSql.RunAsync(cs, province.Path, period, Now);
                b.Add(w.Elapsed.TotalMilliseconds);
                foreach (var (code, ms) in run.Times)
                {
                    if (!perFigure.TryGetValue(code, out var list)) perFigure[code] = list = [];
                    list.Add(ms);
                }
            }
            Console.WriteLine($"  province report 2021: TreEm {Median(a):0} ms, SQL {Median(b):0} ms ({compared} values compared)");
            return Markdown(children, seed, reps, population, records, counts, server, treem.Count, compared, Median(a), Median(b),
                perFigure.ToDictionary(p => p.Key, p => Median(p.Value)));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (keep) Console.WriteLine($"Database kept: {name}");
            else await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    /// <summary>What a draft report computes: every figure of the province for the year, beside the previous year.</summary>
    private static async Task<List<ReportFigure>> TreEmAsync(IServiceProvider sp, UserScope scope, TreEm.Domain.OrgUnit unit, FigurePeriod period)
    {
        using var s = sp.CreateScope();
        var db = s.ServiceProvider.GetRequiredService<TreEmDbContext>();
        return await ReportFigureBuilder.ComputeAsync(db, scope, unit, period, Now);
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["TreEm:Database"] = connectionString });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("TreEm", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Services.AddTreEmData(builder.Configuration);
        builder.Services.AddTreEmSecurity();
        builder.Services.AddScoped<DemoSeeder>();
        return builder.Build();
    }

    private static async Task<UserScope> ScopeOfAsync(TreEmDbContext db, string login)
    {
        var id = await db.Users.Where(u => u.UserName == login).Select(u => u.Id).SingleAsync();
        var roles = await db.RoleAssignments.Where(r => r.UserId == id).Select(r => new { r.Role, Path = r.Unit!.Path }).ToListAsync();
        return new UserScope(id, roles.Select(r => (r.Role, r.Path)).ToList());
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string cs)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        foreach (var table in new[]
                 {
                     "children", "child_classifications", "support_records", "cases", "case_children", "case_steps", "injury_records",
                     "child_events", "communication_activities", "people", "training_sessions", "training_participants", "fund_entries",
                 })
        {
            await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {table}", conn);
            result[table] = Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
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
        await using (var size = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", conn))
            parts.Add($"database size {await size.ExecuteScalarAsync()}");
        return string.Join(", ", parts);
    }

    internal static async Task ExecuteAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1800 };
        await cmd.ExecuteNonQueryAsync();
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Markdown(int children, int seed, int reps, TimeSpan population, TimeSpan records, Dictionary<string, long> counts,
        string server, int rows, int compared, double treemMs, double sqlMs, Dictionary<string, double> perFigure)
    {
        var inv = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.AppendLine(inv, $"## Province report ({children:N0} children)");
        md.AppendLine();
        md.AppendLine(inv, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, PostgreSQL ({server}).");
        md.AppendLine();
        var tables = string.Join(", ", counts.Select(c => string.Create(inv, $"{c.Value:N0} {c.Key}")));
        md.AppendLine(inv, $"**Data.** `seed-demo --children {children} --seed {seed}` ({population.TotalSeconds:0} s), then the records a report counts, generated in bulk by SQL for 2020 and 2021 in {records.TotalSeconds:0} s: {tables}.");
        md.AppendLine();
        md.AppendLine(inv, $"**Report.** TreEm: `ReportFigureBuilder.ComputeAsync` for the province (user `{ProvinceLogin}`) and the year 2021 — every indicator of the catalogue with its breakdowns, for 2021 and for 2020 beside it, through `VisibleTo(scope)` ({rows:N0} figure rows). " +
            $"Baseline: one hand-written SQL query per figure (the total and its breakdowns in one `GROUPING SETS` query), for each of the two years, on one connection. {compared:N0} values were compared and are equal. " +
            $"Median of {reps} runs after 2 warm-up runs.");
        md.AppendLine();
        md.AppendLine("| report | TreEm (EF Core) | hand-written SQL | ratio |");
        md.AppendLine("|---|---:|---:|---:|");
        md.AppendLine(inv, $"| Province, year 2021 with 2020 beside it | {treemMs:0} ms | {sqlMs:0} ms | {treemMs / sqlMs:0.00} |");
        md.AppendLine();
        md.AppendLine("<details><summary>Time of each hand-written query (median, both years)</summary>");
        md.AppendLine();
        md.AppendLine("| figure | SQL |");
        md.AppendLine("|---|---:|");
        foreach (var (code, ms) in perFigure.OrderByDescending(p => p.Value))
            md.AppendLine(inv, $"| {code} | {ms:0.0} ms |");
        md.AppendLine();
        md.AppendLine("</details>");
        return md.ToString();
    }
}

/// <summary>
/// The records a province report counts besides children, generated in bulk by SQL for 2020 and 2021 (the bench
/// database only; nothing is audited): support for every classified child and a few others, abuse cases for 0.4 % of
/// the children with their children and steps (some late), injuries for 0.6 %, the districts' and some communes'
/// events, communication activities, officers with their training, funds with receipts, disbursements and reversals.
/// </summary>
internal static class ReportData
{
    private const string Days = "floor(random() * 731)::int";

    public static async Task GenerateAsync(string cs, int seed)
    {
        string[] statements =
        [
            string.Create(CultureInfo.InvariantCulture, $"SELECT setseed({(seed % 1000) / 1000.0 - 0.5:0.000})"),
            // Support: one to three records for each classified child, one for 3 % of the others.
            $"""
            INSERT INTO support_records ("ChildId", "UnitId", "Date", "FormCode", "Level", "Source", "ValueVnd", "CreatedAt", "Provider")
            SELECT c."Id", c."UnitId", DATE '2020-01-01' + {Days}, f.codes[1 + floor(random() * cardinality(f.codes))::int], 'HoTro',
                   (ARRAY['NganSachTrungUong','NganSachTinh','NganSachHuyen','NganSachXa','QuyBaoTro','NhaTaiTro','Khac'])[1 + floor(random() * 7)::int],
                   (1 + floor(random() * 20)) * 100000, now(), 'bench'
            FROM children c
            CROSS JOIN (SELECT array_agg("Code" ORDER BY "Code") AS codes FROM support_forms) f
            CROSS JOIN LATERAL generate_series(1, CASE
                WHEN EXISTS (SELECT 1 FROM child_classifications x WHERE x."ChildId" = c."Id") THEN 1 + floor(random() * 3)::int + c."Id" * 0
                WHEN random() < 0.03 THEN 1 ELSE 0 END) g
            """,
            // Abuse cases: the child's id is kept in HotlineReference to attach the child.
            """
            INSERT INTO cases ("UnitId", "ReceivedAt", "AbuseForms", "Channel", "Concern", "Description", "Place", "ReceiverName", "Source",
                               "Status", "CreatedAt", "UpdatedAt", "ReporterAnonymous", "Version", "HotlineReference")
            SELECT c."UnitId", t.at, (ARRAY[1,1,1,2,4,4,8,16,32,64,5,0])[1 + floor(random() * 12)::int], 'DienThoai', 'BiXamHai', 'bench',
                   'bench', 'bench', 'TongDai111', (ARRAY['TiepNhan','DangThucHien','DaDong','DaDong'])[1 + floor(random() * 4)::int],
                   t.at, t.at, false, 0, c."Id"::text
            FROM children c
            CROSS JOIN LATERAL (SELECT TIMESTAMPTZ '2019-12-31 17:00:00+00' + random() * INTERVAL '731 days' + c."Id" * INTERVAL '0 s' AS at) t
            WHERE random() < 0.004
            """,
            """
            INSERT INTO case_children ("CaseId", "ChildId", "Sex")
            SELECT k."Id", ch."Id", ch."Sex" FROM cases k JOIN children ch ON ch."Id" = k."HotlineReference"::int WHERE k."Description" = 'bench'
            """,
            """
            INSERT INTO case_children ("CaseId", "ChildId", "Sex", "FullName")
            SELECT k."Id", NULL, (ARRAY['Nam','Nu','KhongRo'])[1 + floor(random() * 3)::int], 'bench' FROM cases k
            WHERE k."Description" = 'bench' AND random() < 0.2
            """,
            """
            INSERT INTO case_steps ("CaseId", "Kind", "OpenedAt", "DueAt", "CompletedAt")
            SELECT k."Id", 'TiepNhan', k."ReceivedAt", NULL, k."ReceivedAt" FROM cases k WHERE k."Description" = 'bench'
            UNION ALL
            SELECT k."Id", 'DanhGiaBanDau', k."ReceivedAt", k."ReceivedAt" + INTERVAL '12 hours', k."ReceivedAt" + random() * INTERVAL '16 hours'
            FROM cases k WHERE k."Description" = 'bench'
            UNION ALL
            SELECT k."Id", 'DanhGiaCuThe', k."ReceivedAt", k."ReceivedAt" + INTERVAL '7 days',
                   CASE WHEN random() < 0.9 THEN k."ReceivedAt" + random() * INTERVAL '9 days' END
            FROM cases k WHERE k."Description" = 'bench'
            """,
            $"""
            INSERT INTO injury_records ("UnitId", "ChildId", "Date", "Kind", "Outcome", "Sex", "EthnicityCode", "Place", "CreatedAt", "Version")
            SELECT c."UnitId", c."Id", DATE '2020-01-01' + {Days},
                   (ARRAY['DuoiNuoc','DuoiNuoc','GiaoThong','GiaoThong','Bong','NgaTeNga','NgaTeNga','DienGiat','NgoDoc','VatNuoiCan','Khac'])[1 + floor(random() * 11)::int],
                   CASE WHEN random() < 0.08 THEN 'TuVong' ELSE 'BiThuong' END, c."Sex", c."EthnicityCode", 'bench', now(), 0
            FROM children c WHERE random() < 0.006
            """,
            """
            INSERT INTO child_events ("UnitId", "Kind", "Theme", "Venue", "StartDate", "EndDate", "AdultsInCharge", "ChildrenEthnicMinority",
                                      "ChildrenFemale", "ChildrenMale", "Guests", "OtherAdults", "Volunteers", "ParentalConsentCollected", "CreatedAt", "Version")
            SELECT u."Id", k.kind, 'bench', 'bench', s.d, s.d + 2, 5, 40, 60, 55, 10, 20, 8, true, now(), 0
            FROM units u JOIN unit_types t ON t."Code" = u."TypeCode"
            CROSS JOIN generate_series(2020, 2021) y
            CROSS JOIN (VALUES ('ThangHanhDong', 6, 0.9), ('DienDan', 7, 0.7), ('TrungThu', 9, 0.9)) k(kind, month, p)
            CROSS JOIN LATERAL (SELECT make_date(y, k.month, 1 + floor(random() * 20)::int + u."Id" * 0) AS d) s
            WHERE (t."Tier" = 'District' AND random() < k.p) OR (t."Tier" = 'Commune' AND random() < k.p * 0.3)
            """,
            $"""
            INSERT INTO communication_activities ("UnitId", "Channel", "Topic", "Title", "Date", "Reach", "ChildrenReached", "EthnicMinorityArea",
                                                  "RemoteArea", "CreatedAt", "Version")
            SELECT u."Id", (ARRAY['BaoChi','Internet','PanoApPhich','ToRoi','TruyenThongTrucTiep','LoaTruyenThanh','Khac'])[1 + floor(random() * 7)::int],
                   (ARRAY['QuyenTreEm','PhongChongXamHai','PhongChongTaiNanThuongTich','TongDai111','ThamGiaCuaTreEm','Khac'])[1 + floor(random() * 6)::int],
                   'bench', DATE '2020-01-01' + {Days}, 50 + floor(random() * 3000)::int, floor(random() * 500)::int, random() < 0.5, random() < 0.3, now(), 0
            FROM units u JOIN unit_types t ON t."Code" = u."TypeCode" CROSS JOIN generate_series(1, 12) g
            WHERE t."Tier" IN ('District', 'Commune')
            """,
            """
            INSERT INTO people ("UnitId", "Kind", "FullName", "NameSearch", "Position", "StartDate", "EndDate", "FullTime", "CreatedAt", "Version")
            SELECT u."Id", CASE t."Tier" WHEN 'Province' THEN 'CanBoTinh' WHEN 'District' THEN 'CanBoHuyen' WHEN 'Commune' THEN 'CanBoXa' ELSE 'CongTacVien' END,
                   'Cán bộ ' || u."Code" || '-' || g, 'can bo ' || u."Code" || '-' || g, 'Chuyên viên',
                   DATE '2015-01-01' + floor(random() * 2500)::int, CASE WHEN random() < 0.1 THEN DATE '2021-01-01' + floor(random() * 700)::int END,
                   true, now(), 0
            FROM units u JOIN unit_types t ON t."Code" = u."TypeCode"
            CROSS JOIN LATERAL generate_series(1, CASE t."Tier" WHEN 'Province' THEN 8 WHEN 'District' THEN 4 WHEN 'Commune' THEN 2 ELSE 1 END) g
            """,
            """
            INSERT INTO training_courses ("UnitId", "Year", "Title", "Topics", "CreatedAt", "Version")
            SELECT u."Id", y, 'bench ' || y, 1, now(), 0 FROM units u CROSS JOIN generate_series(2020, 2021) y WHERE u."ParentId" IS NULL
            """,
            """
            INSERT INTO training_sessions ("CourseId", "Date", "Hours", "Trainer", "Venue", "Version")
            SELECT c."Id", make_date(c."Year", 1, 1) + floor(random() * 360)::int, 8, 'bench', 'bench', 0
            FROM training_courses c CROSS JOIN generate_series(1, 30) g WHERE c."Title" LIKE 'bench%'
            """,
            """
            INSERT INTO training_participants ("SessionId", "PersonId", "FullName")
            SELECT s."Id", p."Id", p."FullName" FROM people p CROSS JOIN generate_series(2020, 2021) y
            CROSS JOIN LATERAL (SELECT ts."Id" FROM training_sessions ts JOIN training_courses tc ON tc."Id" = ts."CourseId"
                                WHERE tc."Year" = y AND tc."Title" LIKE 'bench%' ORDER BY random() + p."Id" * 0 LIMIT 1) s
            WHERE random() < 0.7
            """,
            """
            INSERT INTO child_funds ("UnitId", "Name", "IsActive", "Version")
            SELECT u."Id", 'Quỹ Bảo trợ trẻ em ' || u."Name", true, 0 FROM units u JOIN unit_types t ON t."Code" = u."TypeCode"
            WHERE t."Tier" IN ('Province', 'District') AND NOT EXISTS (SELECT 1 FROM child_funds f WHERE f."UnitId" = u."Id")
            """,
            $"""
            INSERT INTO fund_entries ("FundId", "UnitId", "Kind", "Date", "AmountVnd", "Description", "ReceiptType", "Donor", "CreatedAt")
            SELECT f."Id", f."UnitId", 'Receipt', DATE '2020-01-01' + {Days}, (1 + floor(random() * 50)) * 1000000, 'bench',
                   (ARRAY['TienMat','TienMat','HienVat','ChuongTrinh'])[1 + floor(random() * 4)::int], 'bench', now()
            FROM child_funds f CROSS JOIN generate_series(1, 50) g
            UNION ALL
            SELECT f."Id", f."UnitId", 'Disbursement', DATE '2020-01-01' + {Days}, (1 + floor(random() * 20)) * 1000000, 'bench', NULL, NULL, now()
            FROM child_funds f CROSS JOIN generate_series(1, 20) g
            """,
            """
            INSERT INTO fund_entries ("FundId", "UnitId", "Kind", "Date", "AmountVnd", "Description", "ReversesEntryId", "Reason", "CreatedAt")
            SELECT e."FundId", e."UnitId", 'Reversal', e."Date" + floor(random() * 30)::int, e."AmountVnd", 'bench', e."Id", 'Nhập nhầm', now()
            FROM fund_entries e WHERE e."Kind" <> 'Reversal' AND e."Description" = 'bench' AND random() < 0.03
            """,
        ];
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        foreach (var sql in statements)
        {
            await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 1800 };
            await cmd.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>
/// The baseline: one hand-written SQL query per figure of the report, with the meaning of the indicator engine
/// (<c>IndicatorEngine</c>): the total and each breakdown in one <c>GROUPING SETS</c> query, the unit breakdown
/// being the unit directly below the province (the third segment of the unit path).
/// </summary>
internal static class ReportSql
{
    /// <summary>A figure's query. <paramref name="Dims"/> are the breakdowns (dimension, SQL expression);
    /// <paramref name="Denominator"/> is set for percents (then <paramref name="Value"/> is the numerator).</summary>
    private sealed record Figure(string Code, string From, (string Dim, string Expr)[] Dims, string Value, string? Denominator = null, string? Raw = null);

    public sealed record Result(Dictionary<(bool Previous, string Code, string Key), (decimal Value, decimal? Denominator)> Values,
        List<(string Code, double Ms)> Times);

    private const string Managed = """
        c."MergedIntoId" IS NULL AND (CASE WHEN c."DateOfBirth" IS NOT NULL THEN c."DateOfBirth" <= @to ELSE c."BirthYear" <= @toYear END)
        AND (c."Status" = 'DangQuanLy' OR c."StatusDate" >= @from)
        """;

    private static string Overlap(string kind) =>
        $"""x."ChildId" = c."Id" AND x."Kind" = '{kind}' AND x."StartDate" <= @to AND (x."EndDate" IS NULL OR x."EndDate" > @from)""";

    private static Figure[] Figures(int depth)
    {
        var unit = $"NULLIF(split_part(u.\"Path\", '/', {depth}), '')";
        var children = $"""children c JOIN units u ON u."Id" = c."UnitId" WHERE u."Path" LIKE @prefix AND {Managed}""";
        (string, string) bySex = ("sex", "c.\"Sex\""), byUnit = ("unit", unit), byTUnit = ("unit", "t.unit");
        const string forms = """
            CROSS JOIN LATERAL (SELECT f.name FROM (VALUES (1, 'BaoLuc'), (2, 'BocLot'), (4, 'XamHaiTinhDuc'), (8, 'MuaBan'), (16, 'BoRoi'),
                                (32, 'BoMac'), (64, 'Khac')) f(bit, name) WHERE c."AbuseForms" & f.bit <> 0
                                UNION ALL SELECT 'KhongRo' WHERE c."AbuseForms" = 0) f
            """;
        const string received = """u."Path" LIKE @prefix AND c."ReceivedAt" >= @fromUtc AND c."ReceivedAt" < @untilUtc""";
        string Supported(string kind) => $"""
            (SELECT {unit} AS unit, EXISTS (SELECT 1 FROM support_records s WHERE s."ChildId" = c."Id" AND s."Date" BETWEEN @from AND @to) AS supported
             FROM {children} AND EXISTS (SELECT 1 FROM child_classifications x WHERE {Overlap(kind)})) t
            """;
        var injuries = """injury_records c JOIN units u ON u."Id" = c."UnitId" WHERE u."Path" LIKE @prefix AND c."Date" BETWEEN @from AND @to""";
        var support = """support_records s JOIN units u ON u."Id" = s."UnitId" WHERE u."Path" LIKE @prefix AND s."Date" BETWEEN @from AND @to""";
        var communication = """communication_activities a JOIN units u ON u."Id" = a."UnitId" WHERE u."Path" LIKE @prefix AND a."Date" BETWEEN @from AND @to""";
        var programmes = """programme_children r JOIN units u ON u."Id" = r."UnitId" WHERE u."Path" LIKE @prefix""";
        string Fund(string kind) => $"""
            (SELECT CASE WHEN e."Kind" = 'Reversal' THEN o."Kind" ELSE e."Kind" END AS kind,
                    CASE WHEN e."Kind" = 'Reversal' THEN -e."AmountVnd" ELSE e."AmountVnd" END AS amount,
                    CASE WHEN e."Kind" = 'Reversal' THEN o."ReceiptType" ELSE e."ReceiptType" END AS rtype
             FROM fund_entries e JOIN child_funds f ON f."Id" = e."FundId" JOIN units u ON u."Id" = f."UnitId"
             LEFT JOIN fund_entries o ON o."Id" = e."ReversesEntryId"
             WHERE u."Path" LIKE @prefix AND e."Date" BETWEEN @from AND @to) t WHERE t.kind = '{kind}'
            """;
        return
        [
            new("TE_SO_TRE", children, [bySex, byUnit], "count(*)"),
            new("TE_DTTS", children + " AND c.\"EthnicityCode\" <> '01'", [bySex, byUnit], "count(*)"),
            new("TE_KHUYET_TAT", children + " AND c.\"DisabilityType\" IS NOT NULL", [bySex, byUnit], "count(*)"),
            new("HCDB_SO_TRE", $"""children c JOIN units u ON u."Id" = c."UnitId" JOIN child_classifications x ON {Overlap("SpecialCircumstance")} WHERE u."Path" LIKE @prefix AND {Managed}""",
                [bySex, byUnit, ("group", "x.\"GroupCode\"")], "count(DISTINCT c.\"Id\")"),
            new("NGUY_CO_SO_TRE", $"""children c JOIN units u ON u."Id" = c."UnitId" JOIN child_classifications x ON {Overlap("AtRisk")} WHERE u."Path" LIKE @prefix AND {Managed}""",
                [bySex, byUnit], "count(DISTINCT c.\"Id\")"),
            new("HCDB_TRO_GIUP_PT", Supported("SpecialCircumstance"), [byTUnit], "count(*) FILTER (WHERE t.supported)", "count(*)"),
            new("NGUY_CO_TRO_GIUP_PT", Supported("AtRisk"), [byTUnit], "count(*) FILTER (WHERE t.supported)", "count(*)"),
            new("VU_VIEC_SO", $"""cases c JOIN units u ON u."Id" = c."UnitId" {forms} WHERE {received}""",
                [("form", "f.name"), byUnit], "count(DISTINCT c.\"Id\")"),
            new("TE_BI_XAM_HAI", $"""
                cases c JOIN units u ON u."Id" = c."UnitId" {forms}
                JOIN case_children cc ON cc."CaseId" = c."Id" LEFT JOIN children ch ON ch."Id" = cc."ChildId" WHERE {received}
                """,
                [("sex", "CASE WHEN cc.\"ChildId\" IS NOT NULL THEN ch.\"Sex\" ELSE cc.\"Sex\" END"), ("form", "f.name"), byUnit],
                "count(DISTINCT CASE WHEN cc.\"ChildId\" IS NOT NULL THEN 'c' || COALESCE(ch.\"MergedIntoId\", cc.\"ChildId\") ELSE 'p' || cc.\"Id\" END)"),
            new("XAM_HAI_KIP_THOI_PT", $"""
                (SELECT {unit} AS unit, (SELECT count(*) FROM case_children cc WHERE cc."CaseId" = c."Id") AS n,
                        NOT EXISTS (SELECT 1 FROM case_steps s WHERE s."CaseId" = c."Id" AND s."DueAt" IS NOT NULL
                                    AND COALESCE(s."CompletedAt", @now) > s."DueAt") AS ontime
                 FROM cases c JOIN units u ON u."Id" = c."UnitId" WHERE {received}) t
                """, [byTUnit], "COALESCE(sum(t.n) FILTER (WHERE t.ontime), 0)", "COALESCE(sum(t.n), 0)"),
            new("TNTT_SO", injuries, [("kind", "c.\"Kind\""), ("outcome", "c.\"Outcome\""), ("sex", "COALESCE(c.\"Sex\", 'KhongRo')"), byUnit], "count(*)"),
            new("TNTT_TU_VONG", injuries + " AND c.\"Outcome\" = 'TuVong'", [("kind", "c.\"Kind\""), byUnit], "count(*)"),
            new("TRO_GIUP_LUOT", support, [("form", "s.\"FormCode\""), ("source", "s.\"Source\""), byUnit], "count(*)"),
            new("TRO_GIUP_GIA_TRI", support, [("form", "s.\"FormCode\""), ("source", "s.\"Source\""), byUnit], "COALESCE(sum(s.\"ValueVnd\"), 0)"),
            new("SU_KIEN_HUYEN_PT", "", [], "", Raw: """
                WITH d AS (SELECT u."Id", u."Path" FROM units u JOIN unit_types t ON t."Code" = u."TypeCode"
                           WHERE t."Tier" = 'District' AND u."Path" LIKE @prefix AND u."Path" <> @root),
                     h AS (SELECT DISTINCT d."Id", e."Kind" FROM d JOIN units eu ON eu."Path" LIKE d."Path" || '%'
                           JOIN child_events e ON e."UnitId" = eu."Id"
                           WHERE e."StartDate" <= @to AND e."EndDate" >= @from AND e."Kind" IN ('ThangHanhDong', 'DienDan', 'TrungThu'))
                SELECT '' AS key, (SELECT count(*) FROM (SELECT h."Id" FROM h GROUP BY h."Id" HAVING count(*) = 3) x)::numeric, (SELECT count(*) FROM d)::numeric
                UNION ALL
                SELECT 'event:' || k.kind, (SELECT count(*) FROM h WHERE h."Kind" = k.kind)::numeric, (SELECT count(*) FROM d)::numeric
                FROM (VALUES ('ThangHanhDong'), ('DienDan'), ('TrungThu')) k(kind)
                """),
            new("TRUYEN_THONG_SO", communication, [("kind", "a.\"Channel\""), byUnit], "count(*)"),
            new("TRUYEN_THONG_LUOT", communication, [byUnit], "COALESCE(sum(a.\"Reach\"), 0)"),
            new("CAN_BO_TAP_HUAN_PT", $"""
                (SELECT {unit} AS unit, EXISTS (SELECT 1 FROM training_participants tp JOIN training_sessions ts ON ts."Id" = tp."SessionId"
                                                WHERE tp."PersonId" = p."Id" AND ts."Date" BETWEEN @from AND @to) AS trained
                 FROM people p JOIN units u ON u."Id" = p."UnitId"
                 WHERE u."Path" LIKE @prefix AND p."StartDate" <= @to AND (p."EndDate" IS NULL OR p."EndDate" >= @to)
                   AND p."Kind" IN ('CanBoTinh', 'CanBoHuyen', 'CanBoXa')) t
                """, [byTUnit], "count(*) FILTER (WHERE t.trained)", "count(*)"),
            new("KHAM_SANG_LOC_SO", programmes + " AND r.\"ScreenedOn\" BETWEEN @from AND @to", [byUnit], "count(DISTINCT r.\"ChildId\")"),
            new("PHAU_THUAT_SO", programmes + " AND r.\"SurgeryDone\" AND r.\"SurgeryDate\" BETWEEN @from AND @to", [byUnit], "count(DISTINCT r.\"ChildId\")"),
            new("CHAM_SOC_THAY_THE_SO", """care_placements r JOIN units u ON u."Id" = r."UnitId" WHERE u."Path" LIKE @prefix AND r."StartDate" <= @to AND (r."EndDate" IS NULL OR r."EndDate" >= @from)""",
                [byUnit], "count(DISTINCT r.\"ChildId\")"),
            new("QUY_VAN_DONG", Fund("Receipt"), [("kind", "t.rtype")], "COALESCE(sum(t.amount), 0)"),
            new("QUY_CHI", Fund("Disbursement"), [], "COALESCE(sum(t.amount), 0)"),
            new("KINH_PHI_TRE_EM", support, [("source", "s.\"Source\"")], "COALESCE(sum(s.\"ValueVnd\"), 0)"),
        ];
    }

    /// <summary>The SQL text of a figure: one row per total or breakdown line (key, value[, denominator]).</summary>
    private static string Sql(Figure f)
    {
        if (f.Raw is not null) return f.Raw;
        var den = f.Denominator is null ? "NULL::numeric" : $"({f.Denominator})::numeric";
        if (f.Dims.Length == 0) return $"SELECT '' AS key, ({f.Value})::numeric, {den} FROM {f.From}";
        var key = "CASE " + string.Concat(f.Dims.Select(d => $"WHEN GROUPING({d.Expr}) = 0 THEN '{d.Dim}:' || {d.Expr} ")) + "ELSE '' END";
        var sets = "()" + string.Concat(f.Dims.Select(d => $", ({d.Expr})"));
        return $"SELECT {key} AS key, ({f.Value})::numeric, {den} FROM {f.From} GROUP BY GROUPING SETS ({sets})";
    }

    /// <summary>Every figure for the period and for the same period of the previous year, one query each.</summary>
    public static async Task<Result> RunAsync(string cs, string rootPath, FigurePeriod period, DateTime now)
    {
        var figures = Figures(rootPath.Count(c => c == '/') + 1);
        var values = new Dictionary<(bool, string, string), (decimal, decimal?)>();
        var times = new List<(string, double)>();
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        foreach (var previous in new[] { false, true })
        {
            var p = previous ? period.PreviousYear() : period;
            foreach (var f in figures)
            {
                var w = Stopwatch.StartNew();
                await using var cmd = new NpgsqlCommand(Sql(f), conn) { CommandTimeout = 600 };
                cmd.Parameters.Add(new NpgsqlParameter("prefix", rootPath + "%"));
                cmd.Parameters.Add(new NpgsqlParameter("root", rootPath));
                cmd.Parameters.Add(new NpgsqlParameter("from", p.From));
                cmd.Parameters.Add(new NpgsqlParameter("to", p.To));
                cmd.Parameters.Add(new NpgsqlParameter("toYear", p.To.Year));
                cmd.Parameters.Add(new NpgsqlParameter("fromUtc", Display.StartOfDayUtc(p.From)));
                cmd.Parameters.Add(new NpgsqlParameter("untilUtc", Display.StartOfDayUtc(p.To.AddDays(1))));
                cmd.Parameters.Add(new NpgsqlParameter("now", now));
                await using (var reader = await cmd.ExecuteReaderAsync())
                    while (await reader.ReadAsync())
                    {
                        if (reader.IsDBNull(0)) continue;
                        values[(previous, f.Code, reader.GetString(0))] = (reader.IsDBNull(1) ? 0 : reader.GetDecimal(1),
                            reader.IsDBNull(2) ? null : reader.GetDecimal(2));
                    }
                times.Add((f.Code, w.Elapsed.TotalMilliseconds));
            }
        }
        // Both years of a figure count as one query time each: report the sum per figure.
        var perFigure = times.GroupBy(t => t.Item1).Select(g => (g.Key, g.Sum(t => t.Item2))).ToList();
        return new Result(values, perFigure);
    }

    /// <summary>The engine's share: percent rounded to one decimal, half away from zero; none without a denominator.</summary>
    private static decimal? Percent(decimal numerator, decimal denominator) =>
        denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Checks that TreEm's figures equal the SQL ones on every line the SQL computes (a line missing on one side is 0
    /// for a count or amount, no value for a percent); returns the number of values compared, throws on a difference.
    /// </summary>
    public static int Compare(List<ReportFigure> treem, Dictionary<(bool Previous, string Code, string Key), (decimal Value, decimal? Denominator)> sql)
    {
        var percents = IndicatorCatalogue.All.Where(d => d.Measure == IndicatorMeasure.Percent).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var dims = Figures(3).ToDictionary(f => f.Code, f => f.Raw is not null ? new HashSet<string>(StringComparer.Ordinal) { "event" } : f.Dims.Select(d => d.Dim).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var byLine = treem.ToDictionary(r => (r.Code, r.Key));
        var lines = treem.Where(r => dims.TryGetValue(r.Code, out var d) && (r.Key.Length == 0 || d.Contains(r.Key.Split(':')[0])))
            .Select(r => (r.Code, r.Key))
            .Concat(sql.Keys.Select(k => (k.Code, k.Key)))
            .Distinct()
            .ToList();
        var differences = new List<string>();
        var compared = 0;
        foreach (var (code, key) in lines)
            foreach (var previous in new[] { false, true })
            {
                var percent = percents.Contains(code);
                sql.TryGetValue((previous, code, key), out var s);
                var expected = percent ? Percent(s.Value, s.Denominator ?? 0) : s.Value;
                byLine.TryGetValue((code, key), out var row);
                var actual = previous ? row?.PreviousValue : row?.Value;
                if (!percent) actual ??= 0;
                compared++;
                if (actual != expected)
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{(previous ? "previous " : "")}{code} [{key}]: TreEm {actual}, SQL {expected}"));
                if (percent && !previous && row?.Value is not null && (row.Numerator != s.Value || row.Denominator != s.Denominator))
                    differences.Add(string.Create(CultureInfo.InvariantCulture, $"{code} [{key}]: TreEm {row.Numerator}/{row.Denominator}, SQL {s.Value}/{s.Denominator}"));
            }
        if (differences.Count > 0)
            throw new InvalidOperationException($"TreEm and SQL differ on {differences.Count} values:\n  " + string.Join("\n  ", differences.Take(40)));
        return compared;
    }
}
