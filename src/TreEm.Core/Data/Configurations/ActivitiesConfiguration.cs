using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Activities;

namespace TreEm.Data.Configurations;

internal sealed class CommunicationActivityConfiguration : IEntityTypeConfiguration<CommunicationActivity>
{
    public void Configure(EntityTypeBuilder<CommunicationActivity> b)
    {
        b.ToTable("communication_activities");
        b.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Channel).HasConversion<string>().HasMaxLength(24);
        b.Property(a => a.Topic).HasConversion<string>().HasMaxLength(32);
        b.Property(a => a.Title).HasMaxLength(300).IsRequired();
        b.Property(a => a.Note).HasMaxLength(1000);
        b.Property(a => a.CreatedByUserId).HasMaxLength(450);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => new { a.UnitId, a.Date });
    }
}

internal sealed class InspectionVisitConfiguration : IEntityTypeConfiguration<InspectionVisit>
{
    public void Configure(EntityTypeBuilder<InspectionVisit> b)
    {
        b.ToTable("inspection_visits");
        b.HasOne(v => v.Unit).WithMany().HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(v => v.InspectorUnit).WithMany().HasForeignKey(v => v.InspectorUnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(v => v.Subject).HasMaxLength(300).IsRequired();
        b.Property(v => v.Members).HasMaxLength(1000);
        b.Property(v => v.Findings).HasMaxLength(4000).IsRequired();
        b.Property(v => v.Recommendations).HasMaxLength(4000);
        b.Property(v => v.FollowUpNote).HasMaxLength(2000);
        b.Property(v => v.CreatedByUserId).HasMaxLength(450);
        b.Property(v => v.Version).IsConcurrencyToken();
        b.HasIndex(v => new { v.UnitId, v.Date });
        b.HasIndex(v => v.InspectorUnitId);
    }
}

internal sealed class InjuryRecordConfiguration : IEntityTypeConfiguration<InjuryRecord>
{
    public void Configure(EntityTypeBuilder<InjuryRecord> b)
    {
        b.ToTable("injury_records");
        b.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(12);
        b.Property(r => r.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(r => r.EthnicityCode).HasMaxLength(4);
        b.Property(r => r.Place).HasMaxLength(300);
        b.Property(r => r.Description).HasMaxLength(2000);
        b.Property(r => r.CreatedByUserId).HasMaxLength(450);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasIndex(r => new { r.UnitId, r.Date });
        b.HasIndex(r => r.ChildId);
    }
}
