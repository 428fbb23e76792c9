namespace TreEm.Security;

/// <summary>How much of a case a user may see.</summary>
public enum CaseView
{
    None = 0,

    /// <summary>Status and steps with their due times: the hotline for its intakes, administrators, leaders.</summary>
    Status = 1,

    /// <summary>A partner agency: the children, what was referred to it and its own actions; no narrative.</summary>
    Partner = 2,

    /// <summary>Everything, narrative and assessments included.</summary>
    Full = 3,
}

/// <summary>
/// What a user may see and do on one case they can already find (<see cref="Data.Scoping"/>): pages and the API
/// ask here rather than test roles themselves.
/// </summary>
public static class CaseAccess
{
    public static CaseView ViewOf(UserScope scope, string unitPath, string? createdByUserId, IEnumerable<int> referredAgencyIds)
    {
        if (Covers(scope, Capabilities.CaseNarrative, unitPath)) return CaseView.Full;
        if (scope.PartnerAgencyId is { } agency && scope.Has(Role.Partner) && referredAgencyIds.Contains(agency)) return CaseView.Partner;
        if (scope.For(Capabilities.CaseList).Covers(unitPath)) return CaseView.Status;
        if (scope.Has(Role.Hotline) && createdByUserId is not null && createdByUserId == scope.UserId) return CaseView.Status;
        return CaseView.None;
    }

    /// <summary>Carry out steps (assessments, plan, tasks, reviews, referrals, closing) on a case of this unit.</summary>
    public static bool CanWork(UserScope scope, string unitPath) => Covers(scope, Capabilities.CaseWork, unitPath);

    /// <summary>The commune chairman's decisions (Mẫu 05, Mẫu 07).</summary>
    public static bool IsChairman(UserScope scope, string unitPath) => Covers(scope, Capabilities.CaseChairman, unitPath);

    public static bool CanOverrideConsent(UserScope scope, string unitPath) => Covers(scope, Capabilities.ReferralOverride, unitPath);

    /// <summary>
    /// Administrators hold every capability for configuration but not for casework: the narrative of a case and
    /// its decisions belong to the people the law names.
    /// </summary>
    private static bool Covers(UserScope scope, IReadOnlySet<Role> roles, string unitPath)
    {
        if (scope.All) return false;
        return scope.For(roles).Covers(unitPath);
    }
}
