using TreEm.Domain.People;
using TreEm.Security;

namespace TreEm.Data;

public static partial class Scoping
{
    /// <summary>Steering committees and standing groups of the units in the user's activity scope.</summary>
    public static IQueryable<Committee> VisibleTo(this IQueryable<Committee> committees, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? committees : committees.Where(PathIn<Committee>(c => c.Unit!.Path, s));
    }
}
