using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Activities;

namespace TreEm.Data.Configurations;

internal sealed class ChildEventConfiguration : IEntityTypeConfiguration<ChildEvent>
{
    public void Configure(EntityTypeBuilder<ChildEvent> b)
    {
        b.ToTable("child_events");
        b.HasOne(e => e.Unit).WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Venue).HasMaxLength(300).IsRequired();
        b.Property(e => e.Theme).HasMaxLength(500).IsRequired();
        b.Property(e => e.Results).HasMaxLength(4000);
        b.Property(e => e.IssuesRaised).HasMaxLength(4000);
        b.Property(e => e.CreatedByUserId).HasMaxLength(450);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.Ignore(e => e.Children);
        b.HasMany(e => e.Attachments).WithOne(a => a.Event).HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(e => new { e.UnitId, e.StartDate });
        b.HasIndex(e => new { e.Kind, e.StartDate });
    }
}

internal sealed class EventAttachmentConfiguration : IEntityTypeConfiguration<EventAttachment>
{
    public void Configure(EntityTypeBuilder<EventAttachment> b)
    {
        b.ToTable("event_attachments");
        b.Property(a => a.FileName).HasMaxLength(200).IsRequired();
        b.Property(a => a.ContentType).HasMaxLength(50).IsRequired();
        b.Property(a => a.Content).IsRequired();
        b.Property(a => a.UploadedByUserId).HasMaxLength(450);
        b.HasIndex(a => a.EventId);
    }
}
