using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Programmes;

namespace TreEm.Data.Configurations;

internal sealed class ScreeningProgrammeConfiguration : IEntityTypeConfiguration<ScreeningProgramme>
{
    public void Configure(EntityTypeBuilder<ScreeningProgramme> b)
    {
        b.ToTable("screening_programmes");
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Name).HasMaxLength(300).IsRequired();
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Partner).HasMaxLength(300);
        b.Property(p => p.Note).HasMaxLength(1000);
        b.Property(p => p.CreatedByUserId).HasMaxLength(450);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.UnitId, p.Year });
    }
}

internal sealed class ProgrammeChildConfiguration : IEntityTypeConfiguration<ProgrammeChild>
{
    public void Configure(EntityTypeBuilder<ProgrammeChild> b)
    {
        b.ToTable("programme_children");
        b.HasOne(c => c.Programme).WithMany().HasForeignKey(c => c.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Child).WithMany().HasForeignKey(c => c.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.Property(c => c.Result).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.ResultText).HasMaxLength(500);
        b.Property(c => c.ReferredTo).HasMaxLength(300);
        b.Property(c => c.Hospital).HasMaxLength(300);
        b.Property(c => c.Note).HasMaxLength(1000);
        b.Property(c => c.Version).IsConcurrencyToken();
        // A child is listed once per programme.
        b.HasIndex(c => new { c.ProgrammeId, c.ChildId }).IsUnique();
        b.HasIndex(c => c.ChildId);
    }
}
