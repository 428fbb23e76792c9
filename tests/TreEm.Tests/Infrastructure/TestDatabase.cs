using Npgsql;

namespace TreEm.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database for one test class: a SQLite file by default, or a new PostgreSQL database on the
/// server named by TREEM_TEST_PG when TREEM_TEST_DB=postgres (the test script runs the suite once each way).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _pgAdmin;
    private readonly string _name;

    private TestDatabase(string connectionString, string name, string? pgAdmin)
    {
        ConnectionString = connectionString;
        _name = name;
        _pgAdmin = pgAdmin;
    }

    public string ConnectionString { get; }
    public bool IsPostgres => _pgAdmin is not null;

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("TREEM_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        if (!UsePostgres)
        {
            var dir = Path.Combine(Path.GetTempPath(), "treem-tests");
            Directory.CreateDirectory(dir);
            return new TestDatabase($"Data Source={Path.Combine(dir, name + ".db")};Pooling=False", name, null);
        }
        var admin = Environment.GetEnvironmentVariable("TREEM_TEST_PG");
        // A missing server must fail the run, never skip it silently.
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException("TREEM_TEST_DB=postgres but TREEM_TEST_PG holds no connection string.");
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", conn);
            await cmd.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(cs, name, admin);
    }

    public async ValueTask DisposeAsync()
    {
        if (_pgAdmin is null)
        {
            var file = ConnectionString["Data Source=".Length..ConnectionString.IndexOf(';', StringComparison.Ordinal)];
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                try { File.Delete(f); } catch (IOException) { }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(_pgAdmin);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
