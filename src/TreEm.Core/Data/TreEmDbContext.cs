using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>
/// The one DbContext of TreEm, for SQLite and PostgreSQL alike. Every SaveChanges writes audit rows for the
/// entities it changes in the same transaction (<see cref="AuditWriter"/>).
/// </summary>
public class TreEmDbContext : IdentityDbContext<AppUser>
{
    private readonly AuditWriter _audit;

    public TreEmDbContext(DbContextOptions<TreEmDbContext> options, IAuditActor? actor = null, TimeProvider? time = null)
        : base(options)
    {
        _audit = new AuditWriter(this, actor ?? new SystemActor(), time ?? TimeProvider.System);
    }

    public DbSet<OrgUnit> Units => Set<OrgUnit>();
    public DbSet<UnitType> UnitTypes => Set<UnitType>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Records that a person opened the details of a sensitive record; saved with the next SaveChanges.</summary>
    public void AuditRead(string entity, string key, int? unitId) => _audit.AddRead(entity, key, unitId);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TreEmDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime (SQLite cannot compare DateTimeOffset); values read back from
        // SQLite come without a kind, so they are marked UTC here, which PostgreSQL's timestamptz also requires.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        _audit.SaveChanges(acceptAllChangesOnSuccess, base.SaveChanges);

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        _audit.SaveChangesAsync(acceptAllChangesOnSuccess, base.SaveChangesAsync, cancellationToken);

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
