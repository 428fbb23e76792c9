using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TreEm.Auditing;
using TreEm.Domain;
using TreEm.Domain.Calendar;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Domain.Importing;
using TreEm.Domain.People;
using TreEm.Domain.Support;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>
/// The one DbContext of TreEm, for SQLite and PostgreSQL alike. Every SaveChanges writes audit rows for the
/// entities it changes in the same transaction (<see cref="AuditWriter"/>).
/// </summary>
public partial class TreEmDbContext : IdentityDbContext<AppUser>
{
    private readonly AuditWriter _audit;

    public TreEmDbContext(DbContextOptions<TreEmDbContext> options, IAuditActor? actor = null, TimeProvider? time = null)
        : base(options)
    {
        _audit = new AuditWriter(this, actor ?? new SystemActor(), time ?? TimeProvider.System);
    }

    public DbSet<OrgUnit> Units => Set<OrgUnit>();
    public DbSet<UnitType> UnitTypes => Set<UnitType>();
    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Child> Children => Set<Child>();
    public DbSet<Caregiver> Caregivers => Set<Caregiver>();
    public DbSet<ChildClassification> ChildClassifications => Set<ChildClassification>();
    public DbSet<ChildStatusChange> ChildStatusChanges => Set<ChildStatusChange>();
    public DbSet<ChildMerge> ChildMerges => Set<ChildMerge>();
    public DbSet<Ethnicity> Ethnicities => Set<Ethnicity>();
    public DbSet<SpecialCircumstanceGroup> SpecialCircumstanceGroups => Set<SpecialCircumstanceGroup>();
    public DbSet<SpecialCircumstanceSubgroup> SpecialCircumstanceSubgroups => Set<SpecialCircumstanceSubgroup>();
    public DbSet<AtRiskSituation> AtRiskSituations => Set<AtRiskSituation>();
    public DbSet<ImportJob> ImportJobs => Set<ImportJob>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseChild> CaseChildren => Set<CaseChild>();
    public DbSet<CaseStep> CaseSteps => Set<CaseStep>();
    public DbSet<CaseAssessment> CaseAssessments => Set<CaseAssessment>();
    public DbSet<SeparationDecision> SeparationDecisions => Set<SeparationDecision>();
    public DbSet<InterventionPlan> InterventionPlans => Set<InterventionPlan>();
    public DbSet<PlanTask> PlanTasks => Set<PlanTask>();
    public DbSet<PartnerAgency> PartnerAgencies => Set<PartnerAgency>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralAction> ReferralActions => Set<ReferralAction>();
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<SupportForm> SupportForms => Set<SupportForm>();
    public DbSet<SupportRecord> SupportRecords => Set<SupportRecord>();
    public DbSet<SupportCampaign> SupportCampaigns => Set<SupportCampaign>();
    public DbSet<ChildFund> ChildFunds => Set<ChildFund>();
    public DbSet<FundTarget> FundTargets => Set<FundTarget>();
    public DbSet<FundEntry> FundEntries => Set<FundEntry>();

    public DbSet<Person> People => Set<Person>();

    /// <summary>Records that a person opened the details of a sensitive record; saved with the next SaveChanges.</summary>
    public void AuditRead(string entity, string key, int? unitId) => _audit.AddRead(entity, key, unitId);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TreEmDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are stored as UTC DateTime (SQLite cannot compare DateTimeOffset); values read back from
        // SQLite come without a kind, so they are marked UTC here, which PostgreSQL's timestamptz also requires.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return _audit.SaveChanges(acceptAllChangesOnSuccess, base.SaveChanges);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return _audit.SaveChangesAsync(acceptAllChangesOnSuccess, base.SaveChangesAsync, cancellationToken);
    }

    /// <summary>
    /// Every changed versioned record gets the next version; the UPDATE is guarded by the version the editor saw
    /// (set it as the original value to check an edit made from a form or an API call).
    /// </summary>
    private void BumpVersions()
    {
        ChangeTracker.DetectChanges();
        // The fund's ledger is append-only: a correction is a reversing entry (FundLedger).
        if (ChangeTracker.Entries<FundEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Fund entries are never changed or deleted; record a reversing entry.");
        // A submitted report's figures are its snapshot: later changes to the records must not alter it.
        if (ChangeTracker.Entries<Domain.Reports.ReportFigure>().Any(e => e.State is EntityState.Modified))
            throw new InvalidOperationException("A report's frozen figures are never changed.");
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State != EntityState.Modified) continue;
            var version = entry.Property(e => e.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc)) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
