using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain;
using TreEm.Domain.Children;

namespace TreEm.Data.Configurations;

internal sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> b)
    {
        b.ToTable("children");
        b.Property(c => c.FullName).HasMaxLength(200).IsRequired();
        b.Property(c => c.NameSearch).HasMaxLength(200).IsRequired();
        b.HasIndex(c => c.NameSearch);
        b.HasIndex(c => new { c.NameSearch, c.BirthYear });
        b.Property(c => c.IdentityNumber).HasMaxLength(12);
        // Unique only when present: many children have no number yet.
        b.HasIndex(c => c.IdentityNumber).IsUnique().HasFilter("\"IdentityNumber\" IS NOT NULL");
        b.Property(c => c.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(c => c.EthnicityCode).HasMaxLength(4).IsRequired();
        b.HasOne(c => c.Ethnicity).WithMany().HasForeignKey(c => c.EthnicityCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.UnitId, c.Status });
        b.HasIndex(c => c.BirthYear);
        b.Property(c => c.Address).HasMaxLength(300);
        b.Property(c => c.Poverty).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Schooling).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.DisabilityType).HasConversion<string>().HasMaxLength(24);
        b.Property(c => c.DisabilitySeverity).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Notes).HasMaxLength(2000);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasOne<Child>().WithMany().HasForeignKey(c => c.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(c => c.Caregivers).WithOne().HasForeignKey(g => g.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Classifications).WithOne(x => x.Child).HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.StatusHistory).WithOne().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.IsActive);
        b.Ignore(c => c.SixteenthBirthday);
    }
}

internal sealed class CaregiverConfiguration : IEntityTypeConfiguration<Caregiver>
{
    public void Configure(EntityTypeBuilder<Caregiver> b)
    {
        b.ToTable("caregivers");
        b.Property(g => g.Relation).HasConversion<string>().HasMaxLength(8);
        b.Property(g => g.FullName).HasMaxLength(200).IsRequired();
        b.Property(g => g.NameSearch).HasMaxLength(200).IsRequired();
        b.HasIndex(g => g.NameSearch);
        b.Property(g => g.Phone).HasMaxLength(20);
        b.Property(g => g.RelationshipText).HasMaxLength(100);
    }
}

internal sealed class ChildClassificationConfiguration : IEntityTypeConfiguration<ChildClassification>
{
    public void Configure(EntityTypeBuilder<ChildClassification> b)
    {
        b.ToTable("child_classifications");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(x => x.GroupCode).HasMaxLength(4);
        b.Property(x => x.SubgroupCode).HasMaxLength(8);
        b.Property(x => x.AtRiskCode).HasMaxLength(16);
        b.Property(x => x.Note).HasMaxLength(500);
        b.HasOne(x => x.Group).WithMany().HasForeignKey(x => x.GroupCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Subgroup).WithMany().HasForeignKey(x => x.SubgroupCode).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AtRisk).WithMany().HasForeignKey(x => x.AtRiskCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.Kind, x.GroupCode });
        b.HasIndex(x => x.AtRiskCode);
    }
}

internal sealed class ChildStatusChangeConfiguration : IEntityTypeConfiguration<ChildStatusChange>
{
    public void Configure(EntityTypeBuilder<ChildStatusChange> b)
    {
        b.ToTable("child_status_changes");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        b.HasOne(x => x.FromUnit).WithMany().HasForeignKey(x => x.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ToUnit).WithMany().HasForeignKey(x => x.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.FromUnitId);
    }
}

internal sealed class ChildMergeConfiguration : IEntityTypeConfiguration<ChildMerge>
{
    public void Configure(EntityTypeBuilder<ChildMerge> b)
    {
        b.ToTable("child_merges");
        b.Property(x => x.Reason).HasMaxLength(500).IsRequired();
        b.Property(x => x.UserName).HasMaxLength(256).IsRequired();
        b.Property(x => x.UndoneBy).HasMaxLength(256);
        b.HasOne<Child>().WithMany().HasForeignKey(x => x.SurvivorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Child>().WithMany().HasForeignKey(x => x.MergedId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CatalogueConfiguration :
    IEntityTypeConfiguration<Ethnicity>, IEntityTypeConfiguration<SpecialCircumstanceGroup>,
    IEntityTypeConfiguration<SpecialCircumstanceSubgroup>, IEntityTypeConfiguration<AtRiskSituation>
{
    public void Configure(EntityTypeBuilder<Ethnicity> b)
    {
        b.ToTable("ethnicities");
        b.HasKey(e => e.Code);
        b.Property(e => e.Code).HasMaxLength(4);
        b.Property(e => e.Name).HasMaxLength(50).IsRequired();
        b.Property(e => e.NameSearch).HasMaxLength(50).IsRequired();
        b.Ignore(e => e.IsMinority);
        b.HasData(CatalogueData.Ethnicities.Select((e, i) => new Ethnicity
        {
            Code = e.Code, Name = e.Name, NameSearch = VietnameseText.Normalize(e.Name), SortOrder = i + 1,
        }));
    }

    public void Configure(EntityTypeBuilder<SpecialCircumstanceGroup> b)
    {
        b.ToTable("special_circumstance_groups");
        b.HasKey(g => g.Code);
        b.Property(g => g.Code).HasMaxLength(4);
        b.Property(g => g.Name).HasMaxLength(300).IsRequired();
        b.Property(g => g.NameEn).HasMaxLength(300).IsRequired();
        b.Property(g => g.LegalBasis).HasMaxLength(200).IsRequired();
        b.HasMany(g => g.Subgroups).WithOne(s => s.Group).HasForeignKey(s => s.GroupCode).OnDelete(DeleteBehavior.Restrict);
        b.HasData(CatalogueData.Groups.Select((g, i) => new SpecialCircumstanceGroup
        {
            Code = g.Code, Name = g.Name, NameEn = g.NameEn, SortOrder = i + 1, ValidFrom = CatalogueData.LawInForce,
            LegalBasis = $"Luật Trẻ em 2016, Điều 10, khoản 1, điểm {g.Code}",
        }));
    }

    public void Configure(EntityTypeBuilder<SpecialCircumstanceSubgroup> b)
    {
        b.ToTable("special_circumstance_subgroups");
        b.HasKey(s => s.Code);
        b.Property(s => s.Code).HasMaxLength(8);
        b.Property(s => s.GroupCode).HasMaxLength(4);
        b.Property(s => s.Name).HasMaxLength(300).IsRequired();
        b.Property(s => s.LegalBasis).HasMaxLength(200).IsRequired();
        b.HasData(CatalogueData.Subgroups.Select((s, i) => new SpecialCircumstanceSubgroup
        {
            Code = s.Code, GroupCode = s.Group, Name = s.Name, LegalBasis = s.LegalBasis, SortOrder = i + 1, ValidFrom = CatalogueData.LawInForce,
        }));
    }

    public void Configure(EntityTypeBuilder<AtRiskSituation> b)
    {
        b.ToTable("at_risk_situations");
        b.HasKey(a => a.Code);
        b.Property(a => a.Code).HasMaxLength(16);
        b.Property(a => a.Name).HasMaxLength(300).IsRequired();
        b.Property(a => a.NameEn).HasMaxLength(300).IsRequired();
        b.HasData(CatalogueData.AtRisk.Select((a, i) => new AtRiskSituation { Code = a.Code, Name = a.Name, NameEn = a.NameEn, SortOrder = i + 1 }));
    }
}
