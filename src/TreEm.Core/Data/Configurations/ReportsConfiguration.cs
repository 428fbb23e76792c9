using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Plans;
using TreEm.Domain.Reports;

namespace TreEm.Data.Configurations;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> b)
    {
        b.ToTable("plans");
        b.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(p => p.ParentPlan).WithMany().HasForeignKey(p => p.ParentPlanId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Number).HasMaxLength(60).IsRequired();
        b.Property(p => p.Title).HasMaxLength(500).IsRequired();
        b.Property(p => p.CreatedBy).HasMaxLength(256);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasMany(p => p.Targets).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.UnitId, p.Year });
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> b)
    {
        b.ToTable("plan_targets");
        b.Property(t => t.IndicatorCode).HasMaxLength(60).IsRequired();
        b.Property(t => t.Comparator).HasConversion<string>().HasMaxLength(24);
        b.Property(t => t.Value).HasPrecision(18, 2);
        b.Property(t => t.Text).HasMaxLength(500);
    }
}

internal sealed class ReportPeriodConfiguration : IEntityTypeConfiguration<ReportPeriod>
{
    public void Configure(EntityTypeBuilder<ReportPeriod> b)
    {
        b.ToTable("report_periods");
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => new { p.Year, p.Kind }).IsUnique();
        b.Ignore(p => p.Figures);
    }
}

internal sealed class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> b)
    {
        b.ToTable("reports");
        b.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Period).WithMany().HasForeignKey(r => r.PeriodId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Number).HasMaxLength(60);
        b.Property(r => r.SignerName).HasMaxLength(200);
        b.Property(r => r.SignerTitle).HasMaxLength(200);
        b.Property(r => r.CreatedBy).HasMaxLength(256);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Figures).WithOne().HasForeignKey(f => f.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Transitions).WithOne().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
        // One report per unit and period.
        b.HasIndex(r => new { r.PeriodId, r.UnitId }).IsUnique();
        b.HasIndex(r => new { r.UnitId, r.Status });
    }
}

internal sealed class ReportSectionConfiguration : IEntityTypeConfiguration<ReportSection>
{
    public void Configure(EntityTypeBuilder<ReportSection> b)
    {
        b.ToTable("report_sections");
        b.Property(s => s.Key).HasMaxLength(16).IsRequired();
        b.Property(s => s.UpdatedBy).HasMaxLength(256);
        b.HasIndex(s => new { s.ReportId, s.Key }).IsUnique();
    }
}

internal sealed class ReportFigureConfiguration : IEntityTypeConfiguration<ReportFigure>
{
    public void Configure(EntityTypeBuilder<ReportFigure> b)
    {
        b.ToTable("report_figures");
        b.Property(f => f.Code).HasMaxLength(60).IsRequired();
        b.Property(f => f.Key).HasMaxLength(80).IsRequired();
        b.Property(f => f.Value).HasPrecision(20, 2);
        b.Property(f => f.Numerator).HasPrecision(20, 2);
        b.Property(f => f.Denominator).HasPrecision(20, 2);
        b.Property(f => f.PreviousValue).HasPrecision(20, 2);
        b.HasIndex(f => new { f.ReportId, f.Code, f.Key }).IsUnique();
    }
}

internal sealed class ReportTransitionConfiguration : IEntityTypeConfiguration<ReportTransition>
{
    public void Configure(EntityTypeBuilder<ReportTransition> b)
    {
        b.ToTable("report_transitions");
        b.Property(t => t.From).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.To).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.Reason).HasMaxLength(4000);
        b.Property(t => t.UserName).HasMaxLength(256);
        b.HasIndex(t => t.ReportId);
    }
}

internal sealed class AppendixLayoutConfiguration : IEntityTypeConfiguration<AppendixLayout>
{
    public void Configure(EntityTypeBuilder<AppendixLayout> b)
    {
        b.ToTable("appendix_layouts");
        b.Property(a => a.Title).HasMaxLength(300).IsRequired();
        b.Property(a => a.UpdatedBy).HasMaxLength(256);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => a.Number).IsUnique();
        // The default appendices 1–4 (SPEC §3.8) exist on every installation; an administrator edits them afterwards.
        b.HasData(AppendixRows.Defaults.Select(d => new AppendixLayout
        {
            Id = d.Number,
            Number = d.Number,
            Title = d.Title,
            RowsJson = AppendixRows.Serialize(d.Rows),
            UpdatedAt = new DateTime(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            UpdatedBy = "",
            Version = 1,
        }));
    }
}
