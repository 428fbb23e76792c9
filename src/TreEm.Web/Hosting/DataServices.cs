using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TreEm.Data;

namespace TreEm.Web.Hosting;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The database the configuration names, resolved once.</summary>
public sealed class DatabaseSettings(IOptions<TreEmOptions> options, IHostEnvironment env)
{
    private readonly Lazy<(DatabaseProvider, string)> _resolved = new(() => Resolve(options.Value, env));

    public DatabaseProvider Provider => _resolved.Value.Item1;
    public string ConnectionString => _resolved.Value.Item2;

    public static bool IsPostgres(string connectionString) =>
        connectionString.Contains("Host=", StringComparison.OrdinalIgnoreCase) ||
        connectionString.Contains("Server=", StringComparison.OrdinalIgnoreCase) ||
        connectionString.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    private static (DatabaseProvider, string) Resolve(TreEmOptions o, IHostEnvironment env)
    {
        if (!string.IsNullOrWhiteSpace(o.Database))
            return IsPostgres(o.Database) ? (DatabaseProvider.Postgres, o.Database) : (DatabaseProvider.Sqlite, o.Database);
        var dir = DataDirectory(o, env);
        Directory.CreateDirectory(dir);
        return (DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dir, "treem.db")};Default Timeout=30");
    }

    public static string DataDirectory(TreEmOptions o, IHostEnvironment env) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(o.DataDirectory) ? Path.Combine(env.ContentRootPath, "data") : o.DataDirectory);
}

public static class DataServices
{
    public static IServiceCollection AddTreEmData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<TreEmOptions>(configuration.GetSection(TreEmOptions.Section));
        services.AddSingleton<DatabaseSettings>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteVietnameseCollation>();
        services.AddDbContext<TreEmDbContext>((sp, options) =>
        {
            var db = sp.GetRequiredService<DatabaseSettings>();
            if (db.Provider == DatabaseProvider.Postgres)
            {
                options.UseNpgsql(db.ConnectionString, o => o.MigrationsAssembly("TreEm.Migrations.Postgres"));
            }
            else
            {
                options.UseSqlite(db.ConnectionString, o => o.MigrationsAssembly("TreEm.Migrations.Sqlite"));
                options.AddInterceptors(sp.GetRequiredService<SqliteVietnameseCollation>());
            }
        });
        return services;
    }
}
