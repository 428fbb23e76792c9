using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.People;

namespace TreEm.Data.Configurations;

internal sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> b)
    {
        b.ToTable("committees");
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Name).HasMaxLength(300).IsRequired();
        b.Property(c => c.DecisionNumber).HasMaxLength(50);
        b.Property(c => c.Note).HasMaxLength(1000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasMany(c => c.Members).WithOne(m => m.Committee).HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Meetings).WithOne(m => m.Committee).HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.UnitId, c.Kind });
    }
}

internal sealed class CommitteeMemberConfiguration : IEntityTypeConfiguration<CommitteeMember>
{
    public void Configure(EntityTypeBuilder<CommitteeMember> b)
    {
        b.ToTable("committee_members");
        b.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(m => m.FullName).HasMaxLength(200).IsRequired();
        b.Property(m => m.Position).HasMaxLength(200);
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(12);
        b.Property(m => m.EndReason).HasMaxLength(500);
        b.HasIndex(m => m.PersonId);
    }
}

internal sealed class CommitteeMeetingConfiguration : IEntityTypeConfiguration<CommitteeMeeting>
{
    public void Configure(EntityTypeBuilder<CommitteeMeeting> b)
    {
        b.ToTable("committee_meetings");
        b.Property(m => m.Subject).HasMaxLength(300).IsRequired();
        b.Property(m => m.Conclusions).HasMaxLength(4000);
        b.HasIndex(m => new { m.CommitteeId, m.Date });
    }
}
