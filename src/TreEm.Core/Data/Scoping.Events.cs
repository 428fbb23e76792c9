using TreEm.Domain.Activities;
using TreEm.Security;

namespace TreEm.Data;

public static partial class Scoping
{
    /// <summary>Events organised by a unit in the user's activity scope.</summary>
    public static IQueryable<ChildEvent> VisibleTo(this IQueryable<ChildEvent> events, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? events : events.Where(PathIn<ChildEvent>(e => e.Unit!.Path, s));
    }

    /// <summary>Files of the events the user may see.</summary>
    public static IQueryable<EventAttachment> VisibleTo(this IQueryable<EventAttachment> files, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? files : files.Where(PathIn<EventAttachment>(f => f.Event!.Unit!.Path, s));
    }
}
