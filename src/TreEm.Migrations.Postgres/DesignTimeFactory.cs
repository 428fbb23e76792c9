using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TreEm.Data;

namespace TreEm.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TreEmDbContext>
{
    public TreEmDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TreEmDbContext>()
            .UseNpgsql("Host=localhost;Database=treem_design", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
