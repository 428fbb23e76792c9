using TreEm.Domain.Plans;
using TreEm.Domain.Reports;
using TreEm.Security;

namespace TreEm.Data;

public static partial class Scoping
{
    /// <summary>Reports of the units in the user's report scope (their own unit's and those of the units below).</summary>
    public static IQueryable<Report> VisibleTo(this IQueryable<Report> reports, UserScope scope)
    {
        var s = scope.For(Capabilities.ReportRead);
        return s.All ? reports : reports.Where(PathIn<Report>(r => r.Unit!.Path, s));
    }

    /// <summary>Plans of the units in scope, and the plans of the units above them that theirs derive from are
    /// found through <see cref="Plan.ParentPlan"/> only.</summary>
    public static IQueryable<Plan> VisibleTo(this IQueryable<Plan> plans, UserScope scope)
    {
        var s = scope.For(Capabilities.ReportRead);
        return s.All ? plans : plans.Where(PathIn<Plan>(p => p.Unit!.Path, s));
    }
}
