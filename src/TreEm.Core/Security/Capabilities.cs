namespace TreEm.Security;

/// <summary>Which roles open which part of the system. Scope (where) is separate: see <see cref="UserScope.For"/>.</summary>
public static class Capabilities
{
    /// <summary>Read the child register: everyone who works with children in their units, and inspectors.
    /// Partner agencies and the hotline see children only through the cases referred to them.</summary>
    public static readonly IReadOnlySet<Role> ChildRegisterRead = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.Leader, Role.DistrictOfficer, Role.CommuneWorker,
        Role.CommuneChairman, Role.VillageCollaborator, Role.Inspector,
    };

    /// <summary>Register and update children.</summary>
    public static readonly IReadOnlySet<Role> ChildRegisterWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker, Role.VillageCollaborator,
    };

    /// <summary>Merge duplicate records (district and province officers).</summary>
    public static readonly IReadOnlySet<Role> ChildMerge = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer,
    };

    /// <summary>See the cases of their units in lists (no narrative) and their status and steps.</summary>
    public static readonly IReadOnlySet<Role> CaseList = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.Leader, Role.DistrictOfficer, Role.CommuneWorker,
        Role.CommuneChairman, Role.Inspector,
    };

    /// <summary>
    /// Read a case in full, narrative and assessments included (SPEC §3.2, issue "protection of case data"): the
    /// case workers and the chairman of its commune, the supervising officers and inspectors above it. Not the
    /// system administrator, nor leaders, partners or the hotline.
    /// </summary>
    public static readonly IReadOnlySet<Role> CaseNarrative = new HashSet<Role>
    {
        Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker, Role.CommuneChairman, Role.Inspector,
    };

    /// <summary>Record an intake (Mẫu 01). The hotline records intakes for any commune of its scope.</summary>
    public static readonly IReadOnlySet<Role> CaseIntake = new HashSet<Role>
    {
        Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker, Role.Hotline,
    };

    /// <summary>Carry out the steps of the procedure (assessments, plan, tasks, reviews, referrals, closing).</summary>
    public static readonly IReadOnlySet<Role> CaseWork = new HashSet<Role>
    {
        Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker,
    };

    /// <summary>Decisions of the commune chairman: Mẫu 05 approval, Mẫu 07 emergency and separation.</summary>
    public static readonly IReadOnlySet<Role> CaseChairman = new HashSet<Role> { Role.CommuneChairman };

    /// <summary>Refer a case without the consent of the child or caregiver (audited with its reason).</summary>
    public static readonly IReadOnlySet<Role> ReferralOverride = new HashSet<Role> { Role.ProvinceOfficer, Role.DistrictOfficer };

    /// <summary>Supervisors: overdue steps of the units below them escalate to them.</summary>
    public static readonly IReadOnlySet<Role> CaseSupervision = new HashSet<Role>
    {
        Role.ProvinceOfficer, Role.DistrictOfficer, Role.Leader,
    };

    /// <summary>Record support given to children (single or a campaign).</summary>
    public static readonly IReadOnlySet<Role> SupportWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker,
    };

    /// <summary>Read a fund's ledger (funds of units in scope).</summary>
    public static readonly IReadOnlySet<Role> FundRead = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.Leader, Role.DistrictOfficer, Role.Inspector,
    };

    /// <summary>Record receipts, disbursements and reversals of a fund.</summary>
    public static readonly IReadOnlySet<Role> FundWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer,
    };

    /// <summary>See activities, people, training and programmes of the units in scope: these records name officers
    /// and places, not children's stories, so leaders see them too.</summary>
    public static readonly IReadOnlySet<Role> ActivityRead = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.Leader, Role.DistrictOfficer, Role.CommuneWorker,
        Role.CommuneChairman, Role.Inspector,
    };

    /// <summary>Record events, communication, injuries, programmes and training of their units.</summary>
    public static readonly IReadOnlySet<Role> ActivityWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker,
    };

    /// <summary>Record inspection visits and their follow-up (the units above, and inspectors).</summary>
    public static readonly IReadOnlySet<Role> InspectionWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer, Role.Inspector,
    };

    /// <summary>Keep the officers, collaborators, steering committees and standing groups of their units.</summary>
    public static readonly IReadOnlySet<Role> PeopleWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker,
    };

    /// <summary>See plans, targets, the dashboard and the reports of the units in scope (aggregates, no child's
    /// story), so leaders and inspectors see them too.</summary>
    public static readonly IReadOnlySet<Role> ReportRead = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.Leader, Role.DistrictOfficer, Role.CommuneWorker,
        Role.CommuneChairman, Role.Inspector,
    };

    /// <summary>Write their own unit's report and submit it (the officers who write the reports, and the commune
    /// worker).</summary>
    public static readonly IReadOnlySet<Role> ReportWrite = new HashSet<Role>
    {
        Role.ProvinceOfficer, Role.DistrictOfficer, Role.CommuneWorker,
    };

    /// <summary>Return or accept the reports of the units below, and consolidate them.</summary>
    public static readonly IReadOnlySet<Role> ReportReview = new HashSet<Role>
    {
        Role.ProvinceOfficer, Role.DistrictOfficer,
    };

    /// <summary>Keep plans and their targets (derive a district plan from the province's).</summary>
    public static readonly IReadOnlySet<Role> PlanWrite = new HashSet<Role>
    {
        Role.Administrator, Role.ProvinceOfficer, Role.DistrictOfficer,
    };
}
