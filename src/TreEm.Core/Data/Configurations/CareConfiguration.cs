using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Care;

namespace TreEm.Data.Configurations;

internal sealed class CareNeedConfiguration : IEntityTypeConfiguration<CareNeed>
{
    public void Configure(EntityTypeBuilder<CareNeed> b)
    {
        b.ToTable("care_needs");
        b.HasOne(n => n.Child).WithMany().HasForeignKey(n => n.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(n => n.Unit).WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(n => n.Reason).HasMaxLength(1000).IsRequired();
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(n => n.ApprovedBy).HasMaxLength(200);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasIndex(n => new { n.ChildId, n.Status });
        b.HasIndex(n => new { n.UnitId, n.IdentifiedOn });
    }
}

internal sealed class AlternativeCareGiverConfiguration : IEntityTypeConfiguration<CareGiver>
{
    public void Configure(EntityTypeBuilder<CareGiver> b)
    {
        b.ToTable("care_givers");
        b.HasOne(g => g.Unit).WithMany().HasForeignKey(g => g.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(g => g.FullName).HasMaxLength(200).IsRequired();
        b.Property(g => g.NameSearch).HasMaxLength(200).IsRequired();
        b.Property(g => g.Address).HasMaxLength(300);
        b.Property(g => g.Phone).HasMaxLength(30);
        b.Property(g => g.Kinship).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.Relation).HasMaxLength(100);
        b.Property(g => g.Note).HasMaxLength(1000);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.HasIndex(g => g.NameSearch);
        b.HasIndex(g => g.UnitId);
    }
}

internal sealed class CarePlacementConfiguration : IEntityTypeConfiguration<CarePlacement>
{
    public void Configure(EntityTypeBuilder<CarePlacement> b)
    {
        b.ToTable("care_placements");
        b.HasOne(p => p.Child).WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.CareGiver).WithMany().HasForeignKey(p => p.CareGiverId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Need).WithMany().HasForeignKey(p => p.NeedId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.EndReason).HasMaxLength(1000);
        b.Property(p => p.DecisionNumber).HasMaxLength(50);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.Visits).WithOne(v => v.Placement).HasForeignKey(v => v.PlacementId).OnDelete(DeleteBehavior.Restrict);
        // One open placement per child.
        b.HasIndex(p => p.ChildId).IsUnique().HasFilter("\"EndDate\" IS NULL");
        b.HasIndex(p => p.CareGiverId);
    }
}

internal sealed class CareVisitConfiguration : IEntityTypeConfiguration<CareVisit>
{
    public void Configure(EntityTypeBuilder<CareVisit> b)
    {
        b.ToTable("care_visits");
        b.Property(v => v.By).HasMaxLength(200).IsRequired();
        b.Property(v => v.ChildCondition).HasMaxLength(2000).IsRequired();
        b.Property(v => v.Note).HasMaxLength(1000);
        b.HasIndex(v => new { v.PlacementId, v.Date });
    }
}
