using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.People;

namespace TreEm.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.FullName).HasMaxLength(200).IsRequired();
        b.Property(p => p.NameSearch).HasMaxLength(200).IsRequired();
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(p => p.EthnicityCode).HasMaxLength(4);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Position).HasMaxLength(200);
        b.Property(p => p.Phone).HasMaxLength(30);
        b.Property(p => p.UserId).HasMaxLength(450);
        b.Property(p => p.Note).HasMaxLength(1000);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.UnitId, p.Kind });
        b.HasIndex(p => p.NameSearch);
    }
}
