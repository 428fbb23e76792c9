using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;

namespace TreEm.Data.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> b)
    {
        b.ToTable("calendar_days");
        b.HasIndex(d => d.Date).IsUnique();
        b.Property(d => d.Name).HasMaxLength(200).IsRequired();
        b.HasData(HolidayData.Days.Select((d, i) => new CalendarDay { Id = i + 1, Date = d.Date, Name = d.Name, IsDayOff = d.IsDayOff }));
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.UnitId, c.Status });
        b.HasIndex(c => c.ReceivedAt);
        b.HasIndex(c => c.CreatedByUserId);
        b.HasIndex(c => c.HotlineReference);
        b.Property(c => c.Source).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Concern).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(c => c.HotlineReference).HasMaxLength(50);
        b.Property(c => c.ReporterName).HasMaxLength(200);
        b.Property(c => c.ReporterPhone).HasMaxLength(20);
        b.Property(c => c.ReporterAddress).HasMaxLength(300);
        b.Property(c => c.Place).HasMaxLength(300);
        b.Property(c => c.Description).HasMaxLength(8000).IsRequired();
        b.Property(c => c.ChildCondition).HasMaxLength(4000);
        b.Property(c => c.ActionsTaken).HasMaxLength(4000);
        b.Property(c => c.AllegedPerpetrator).HasMaxLength(300);
        b.Property(c => c.PerpetratorRelation).HasMaxLength(100);
        b.Property(c => c.CreatedByUserId).HasMaxLength(450);
        b.Property(c => c.ReceiverName).HasMaxLength(200);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.HasMany(c => c.Children).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Steps).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Assessments).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Separations).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Plans).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Referrals).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(c => c.Code);
        b.Ignore(c => c.IsClosed);
        b.Ignore(c => c.OpenSteps);
        b.Ignore(c => c.CurrentPlan);
        b.Ignore(c => c.RunningSeparation);
    }
}

internal sealed class CaseChildConfiguration : IEntityTypeConfiguration<CaseChild>
{
    public void Configure(EntityTypeBuilder<CaseChild> b)
    {
        b.ToTable("case_children");
        b.HasOne(x => x.Child).WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.FullName).HasMaxLength(200);
        b.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.EthnicityCode).HasMaxLength(4);
        b.Ignore(x => x.IsProvisional);
    }
}

internal sealed class CaseStepConfiguration : IEntityTypeConfiguration<CaseStep>
{
    public void Configure(EntityTypeBuilder<CaseStep> b)
    {
        b.ToTable("case_steps");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CompletedByUserId).HasMaxLength(450);
        b.Property(x => x.CompletedByName).HasMaxLength(200);
        b.Property(x => x.Note).HasMaxLength(2000);
        // The task lists and the deadline job look for open steps by due time.
        b.HasIndex(x => new { x.CompletedAt, x.DueAt });
        b.HasOne(x => x.EscalatedToUnit).WithMany().HasForeignKey(x => x.EscalatedToUnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.SeparationDecision).WithMany().HasForeignKey(x => x.SeparationDecisionId).OnDelete(DeleteBehavior.Restrict);
        b.Ignore(x => x.IsOpen);
    }
}

internal sealed class CaseAssessmentConfiguration : IEntityTypeConfiguration<CaseAssessment>
{
    public void Configure(EntityTypeBuilder<CaseAssessment> b)
    {
        b.ToTable("case_assessments");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Proposal).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.AssessedByUserId).HasMaxLength(450);
        b.Property(x => x.AssessorName).HasMaxLength(200);
        b.Property(x => x.Findings).HasMaxLength(8000).IsRequired();
        b.Property(x => x.MeetingParticipants).HasMaxLength(2000);
        b.Property(x => x.MeetingMinutes).HasMaxLength(8000);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CaseAssessmentItemConfiguration : IEntityTypeConfiguration<CaseAssessmentItem>
{
    public void Configure(EntityTypeBuilder<CaseAssessmentItem> b)
    {
        b.ToTable("case_assessment_items");
        b.Property(x => x.ItemCode).HasMaxLength(8).IsRequired();
        b.Property(x => x.Rating).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.Note).HasMaxLength(1000);
    }
}

internal sealed class SeparationDecisionConfiguration : IEntityTypeConfiguration<SeparationDecision>
{
    public void Configure(EntityTypeBuilder<SeparationDecision> b)
    {
        b.ToTable("separation_decisions");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.DecisionNumber).HasMaxLength(50);
        b.Property(x => x.DecidedByUserId).HasMaxLength(450);
        b.Property(x => x.DeciderName).HasMaxLength(200);
        b.Property(x => x.CarePlace).HasMaxLength(300);
        b.Property(x => x.Carer).HasMaxLength(200);
        b.Property(x => x.Measures).HasMaxLength(4000).IsRequired();
        b.Property(x => x.EndReason).HasMaxLength(2000);
        b.HasOne<SeparationDecision>().WithMany().HasForeignKey(x => x.ExtendsDecisionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InterventionPlanConfiguration : IEntityTypeConfiguration<InterventionPlan>
{
    public void Configure(EntityTypeBuilder<InterventionPlan> b)
    {
        b.ToTable("intervention_plans");
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.DraftedByUserId).HasMaxLength(450);
        b.Property(x => x.DrafterName).HasMaxLength(200);
        b.Property(x => x.Objectives).HasMaxLength(4000).IsRequired();
        b.Property(x => x.Activities).HasMaxLength(8000);
        b.Property(x => x.DecidedByUserId).HasMaxLength(450);
        b.Property(x => x.DeciderName).HasMaxLength(200);
        b.Property(x => x.ApprovalNumber).HasMaxLength(50);
        b.Property(x => x.DecisionNote).HasMaxLength(2000);
        b.HasMany(x => x.Tasks).WithOne().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanTaskConfiguration : IEntityTypeConfiguration<PlanTask>
{
    public void Configure(EntityTypeBuilder<PlanTask> b)
    {
        b.ToTable("plan_tasks");
        b.Property(x => x.Title).HasMaxLength(500).IsRequired();
        b.HasOne(x => x.Case).WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AssigneeUser).WithMany().HasForeignKey(x => x.AssigneeUserId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AssigneeAgency).WithMany().HasForeignKey(x => x.AssigneeAgencyId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.DoneByName).HasMaxLength(200);
        b.Property(x => x.Outcome).HasMaxLength(4000);
        b.HasIndex(x => new { x.DoneAt, x.DueOn });
    }
}

internal sealed class PartnerAgencyConfiguration : IEntityTypeConfiguration<PartnerAgency>
{
    public void Configure(EntityTypeBuilder<PartnerAgency> b)
    {
        b.ToTable("partner_agencies");
        b.Property(x => x.Name).HasMaxLength(200).IsRequired();
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.Phone).HasMaxLength(20);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("referrals");
        b.HasOne(x => x.Agency).WithMany().HasForeignKey(x => x.AgencyId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PlanTask>().WithMany().HasForeignKey(x => x.PlanTaskId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.AgencyId);
        b.Property(x => x.ReferredByUserId).HasMaxLength(450);
        b.Property(x => x.ReferrerName).HasMaxLength(200);
        b.Property(x => x.Request).HasMaxLength(4000).IsRequired();
        b.Property(x => x.ConsentBy).HasConversion<string>().HasMaxLength(16);
        b.Property(x => x.ConsentNote).HasMaxLength(1000);
        b.Property(x => x.OverrideReason).HasMaxLength(2000);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.HasMany(x => x.Actions).WithOne().HasForeignKey(a => a.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralActionConfiguration : IEntityTypeConfiguration<ReferralAction>
{
    public void Configure(EntityTypeBuilder<ReferralAction> b)
    {
        b.ToTable("referral_actions");
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.UserName).HasMaxLength(200);
        b.Property(x => x.Text).HasMaxLength(4000).IsRequired();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CaseStep>().WithMany().HasForeignKey(x => x.CaseStepId).OnDelete(DeleteBehavior.Restrict);
        b.Property(x => x.Title).HasMaxLength(500).IsRequired();
        b.Property(x => x.ReadByUserId).HasMaxLength(450);
        b.HasIndex(x => new { x.UnitId, x.ReadAt });
        // One notice per escalated step.
        b.HasIndex(x => x.CaseStepId).IsUnique().HasFilter("\"CaseStepId\" IS NOT NULL");
    }
}
