using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Training;

namespace TreEm.Data.Configurations;

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> b)
    {
        b.ToTable("training_courses");
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Title).HasMaxLength(300).IsRequired();
        // Flags: stored as their number so a topic filter is a bitwise test on both providers.
        b.Property(c => c.Topics);
        b.Property(c => c.FundingNote).HasMaxLength(300);
        b.Property(c => c.CreatedByUserId).HasMaxLength(450);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasMany(c => c.Sessions).WithOne(s => s.Course).HasForeignKey(s => s.CourseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.UnitId, c.Year });
    }
}

internal sealed class TrainingSessionConfiguration : IEntityTypeConfiguration<TrainingSession>
{
    public void Configure(EntityTypeBuilder<TrainingSession> b)
    {
        b.ToTable("training_sessions");
        b.Property(s => s.Hours).HasPrecision(4, 1);
        b.Property(s => s.Venue).HasMaxLength(300);
        b.Property(s => s.Trainer).HasMaxLength(300);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.HasMany(s => s.Participants).WithOne(p => p.Session).HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.CourseId, s.Date });
        b.HasIndex(s => s.Date);
    }
}

internal sealed class TrainingParticipantConfiguration : IEntityTypeConfiguration<TrainingParticipant>
{
    public void Configure(EntityTypeBuilder<TrainingParticipant> b)
    {
        b.ToTable("training_participants");
        b.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.FullName).HasMaxLength(200);
        b.Property(p => p.Organisation).HasMaxLength(300);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Sex).HasConversion<string>().HasMaxLength(8);
        // A person of the network attends a session once.
        b.HasIndex(p => new { p.SessionId, p.PersonId }).IsUnique().HasFilter("\"PersonId\" IS NOT NULL");
        b.HasIndex(p => p.PersonId);
    }
}
