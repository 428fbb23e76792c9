using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Support;

namespace TreEm.Data.Configurations;

internal sealed class SupportFormConfiguration : IEntityTypeConfiguration<SupportForm>
{
    public void Configure(EntityTypeBuilder<SupportForm> b)
    {
        b.ToTable("support_forms");
        b.HasKey(f => f.Code);
        b.Property(f => f.Code).HasMaxLength(16);
        b.Property(f => f.Name).HasMaxLength(200).IsRequired();
        b.Property(f => f.NameEn).HasMaxLength(200).IsRequired();
        b.HasData(SupportForm.Standard.Select((f, i) => new SupportForm { Code = f.Code, Name = f.Name, NameEn = f.NameEn, SortOrder = i + 1 }));
    }
}

internal sealed class SupportRecordConfiguration : IEntityTypeConfiguration<SupportRecord>
{
    public void Configure(EntityTypeBuilder<SupportRecord> b)
    {
        b.ToTable("support_records");
        b.HasOne(s => s.Child).WithMany().HasForeignKey(s => s.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Form).WithMany().HasForeignKey(s => s.FormCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Campaign).WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FundEntry>().WithMany().HasForeignKey(s => s.FundEntryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.FormCode).HasMaxLength(16);
        b.Property(s => s.ValueVnd).HasPrecision(18, 0);
        b.Property(s => s.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(12);
        b.Property(s => s.DonorName).HasMaxLength(200);
        b.Property(s => s.Provider).HasMaxLength(200);
        b.Property(s => s.Note).HasMaxLength(1000);
        b.Property(s => s.CreatedByUserId).HasMaxLength(450);
        b.HasIndex(s => new { s.ChildId, s.Date });
        b.HasIndex(s => new { s.UnitId, s.Date });
    }
}

internal sealed class SupportCampaignConfiguration : IEntityTypeConfiguration<SupportCampaign>
{
    public void Configure(EntityTypeBuilder<SupportCampaign> b)
    {
        b.ToTable("support_campaigns");
        b.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SupportForm>().WithMany().HasForeignKey(s => s.FormCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FundEntry>().WithMany().HasForeignKey(s => s.FundEntryId).OnDelete(DeleteBehavior.Restrict);
        b.Property(s => s.Name).HasMaxLength(300).IsRequired();
        b.Property(s => s.FormCode).HasMaxLength(16);
        b.Property(s => s.ValuePerChildVnd).HasPrecision(18, 0);
        b.Property(s => s.Source).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Level).HasConversion<string>().HasMaxLength(12);
        b.Property(s => s.DonorName).HasMaxLength(200);
        b.Property(s => s.Provider).HasMaxLength(200);
        b.Property(s => s.CreatedByUserId).HasMaxLength(450);
    }
}

internal sealed class ChildFundConfiguration : IEntityTypeConfiguration<ChildFund>
{
    public void Configure(EntityTypeBuilder<ChildFund> b)
    {
        b.ToTable("child_funds");
        b.HasOne(f => f.Unit).WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => f.UnitId).IsUnique();
        b.Property(f => f.Name).HasMaxLength(200).IsRequired();
        b.Property(f => f.Version).IsConcurrencyToken();
        b.HasMany(f => f.Entries).WithOne(e => e.Fund).HasForeignKey(e => e.FundId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(f => f.Targets).WithOne().HasForeignKey(t => t.FundId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class FundTargetConfiguration : IEntityTypeConfiguration<FundTarget>
{
    public void Configure(EntityTypeBuilder<FundTarget> b)
    {
        b.ToTable("fund_targets");
        b.HasIndex(t => new { t.FundId, t.Year }).IsUnique();
        b.Property(t => t.AmountVnd).HasPrecision(18, 0);
    }
}

internal sealed class FundEntryConfiguration : IEntityTypeConfiguration<FundEntry>
{
    public void Configure(EntityTypeBuilder<FundEntry> b)
    {
        b.ToTable("fund_entries");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.ReceiptType).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.AmountVnd).HasPrecision(18, 0);
        b.Property(e => e.Donor).HasMaxLength(300);
        b.Property(e => e.Earmark).HasMaxLength(300);
        b.Property(e => e.DocumentNumber).HasMaxLength(50);
        b.Property(e => e.Description).HasMaxLength(1000).IsRequired();
        b.Property(e => e.Reason).HasMaxLength(1000);
        b.Property(e => e.CreatedByUserId).HasMaxLength(450);
        b.HasOne<FundEntry>().WithMany().HasForeignKey(e => e.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);
        // One reversal per entry at most.
        b.HasIndex(e => e.ReversesEntryId).IsUnique().HasFilter("\"ReversesEntryId\" IS NOT NULL");
        b.HasIndex(e => new { e.FundId, e.Date });
    }
}
