using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TreEm.Data;

namespace TreEm.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the web application.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TreEmDbContext>
{
    public TreEmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TreEmDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
