using TreEm.Domain.Activities;
using TreEm.Security;

namespace TreEm.Data;

public static partial class Scoping
{
    /// <summary>Communication activities of the units in the user's activity scope.</summary>
    public static IQueryable<CommunicationActivity> VisibleTo(this IQueryable<CommunicationActivity> activities, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? activities : activities.Where(PathIn<CommunicationActivity>(a => a.Unit!.Path, s));
    }

    /// <summary>Inspection visits of the inspected units in the user's activity scope (the inspecting unit above sees
    /// them too, the inspected unit being inside its subtree).</summary>
    public static IQueryable<InspectionVisit> VisibleTo(this IQueryable<InspectionVisit> visits, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? visits : visits.Where(PathIn<InspectionVisit>(v => v.Unit!.Path, s));
    }

    /// <summary>Injuries that happened in the units of the user's activity scope.</summary>
    public static IQueryable<InjuryRecord> VisibleTo(this IQueryable<InjuryRecord> injuries, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? injuries : injuries.Where(PathIn<InjuryRecord>(r => r.Unit!.Path, s));
    }
}
