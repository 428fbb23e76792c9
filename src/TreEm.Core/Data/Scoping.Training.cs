using TreEm.Domain.Training;
using TreEm.Security;

namespace TreEm.Data;

public static partial class Scoping
{
    /// <summary>Training courses organised by a unit in the user's activity scope.</summary>
    public static IQueryable<TrainingCourse> VisibleTo(this IQueryable<TrainingCourse> courses, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? courses : courses.Where(PathIn<TrainingCourse>(c => c.Unit!.Path, s));
    }

    /// <summary>Sessions of the courses the user sees.</summary>
    public static IQueryable<TrainingSession> VisibleTo(this IQueryable<TrainingSession> sessions, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? sessions : sessions.Where(PathIn<TrainingSession>(x => x.Course!.Unit!.Path, s));
    }

    /// <summary>Participants of the sessions the user sees.</summary>
    public static IQueryable<TrainingParticipant> VisibleTo(this IQueryable<TrainingParticipant> participants, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? participants : participants.Where(PathIn<TrainingParticipant>(p => p.Session!.Course!.Unit!.Path, s));
    }
}
