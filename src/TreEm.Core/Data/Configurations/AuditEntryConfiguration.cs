using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Auditing;

namespace TreEm.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("audit_entries");
        b.Property(a => a.UserId).HasMaxLength(450);
        b.Property(a => a.UserName).HasMaxLength(256).IsRequired();
        b.Property(a => a.Entity).HasMaxLength(100).IsRequired();
        b.Property(a => a.Key).HasMaxLength(200).IsRequired();
        b.Property(a => a.Action).HasConversion<string>().HasMaxLength(16);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Entity, a.Key });
        b.HasIndex(a => a.UserId);
        b.HasIndex(a => a.UnitId);
    }
}
