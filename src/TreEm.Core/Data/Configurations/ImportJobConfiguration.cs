using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Importing;

namespace TreEm.Data.Configurations;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> b)
    {
        b.ToTable("import_jobs");
        b.Property(j => j.Kind).HasMaxLength(32).IsRequired();
        b.Property(j => j.FileName).HasMaxLength(260).IsRequired();
        b.Property(j => j.StoredFile).HasMaxLength(400).IsRequired();
        b.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(j => j.UserId).HasMaxLength(450).IsRequired();
        b.Property(j => j.UserName).HasMaxLength(256).IsRequired();
        b.Property(j => j.ConvertedFrom).HasMaxLength(16);
        b.Property(j => j.Message).HasMaxLength(1000);
        b.HasIndex(j => new { j.Status, j.CreatedAt });
    }
}
