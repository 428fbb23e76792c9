using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain;

namespace TreEm.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> b)
    {
        b.ToTable("units");
        b.Property(u => u.Code).HasMaxLength(32).IsRequired();
        b.HasIndex(u => u.Code).IsUnique();
        b.Property(u => u.Name).HasMaxLength(200).IsRequired();
        b.Property(u => u.NameSearch).HasMaxLength(200).IsRequired();
        b.HasIndex(u => u.NameSearch);
        b.Property(u => u.Path).HasMaxLength(400).IsRequired();
        b.HasIndex(u => u.Path);
        b.Property(u => u.TypeCode).HasMaxLength(32).IsRequired();
        b.HasOne(u => u.Type).WithMany().HasForeignKey(u => u.TypeCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(u => u.Depth);
    }
}

internal sealed class UnitTypeConfiguration : IEntityTypeConfiguration<UnitType>
{
    public void Configure(EntityTypeBuilder<UnitType> b)
    {
        b.ToTable("unit_types");
        b.HasKey(t => t.Code);
        b.Property(t => t.Code).HasMaxLength(32);
        b.Property(t => t.Name).HasMaxLength(100).IsRequired();
        b.Property(t => t.NameEn).HasMaxLength(100).IsRequired();
        b.Property(t => t.Tier).HasConversion<string>().HasMaxLength(16);
        b.HasData(UnitType.Standard.Select(t => new UnitType { Code = t.Code, Name = t.Name, NameEn = t.NameEn, Tier = t.Tier }));
    }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> b)
    {
        b.ToTable("unit_successions");
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.LegalBasis).HasMaxLength(300);
        b.HasOne(s => s.Predecessor).WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Successor).WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
    }
}
