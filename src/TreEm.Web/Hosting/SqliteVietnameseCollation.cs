using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TreEm.Web.Hosting;

/// <summary>
/// SQLite knows only binary order. Each connection gets a "vi" collation that sorts as Vietnamese readers
/// expect (PostgreSQL has it as the ICU collation vi-VN-x-icu), and a busy timeout and WAL journal so that
/// the embedded database copes with several users at once.
/// </summary>
public sealed class SqliteVietnameseCollation : DbConnectionInterceptor
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Configure(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Configure(connection);
        return Task.CompletedTask;
    }

    private static void Configure(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        sqlite.CreateCollation("vi", (a, b) => Vietnamese.Compare(a, b));
        using var cmd = sqlite.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000;";
        cmd.ExecuteNonQuery();
    }
}
