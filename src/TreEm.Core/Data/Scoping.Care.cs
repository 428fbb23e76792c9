using System.Linq.Expressions;
using TreEm.Domain.Care;
using TreEm.Domain.Programmes;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>Programmes and alternative care concern children: they are read with the child register's scope.</summary>
public static partial class Scoping
{
    /// <summary>
    /// Programmes organised by a unit of the user's register scope, or by a unit above it (the province's heart
    /// screening is open to the communes that send children to it).
    /// </summary>
    public static IQueryable<ScreeningProgramme> VisibleTo(this IQueryable<ScreeningProgramme> programmes, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        if (s.All) return programmes;
        var above = Ancestors(s);
        var within = PathIn<ScreeningProgramme>(p => p.Unit!.Path, s);
        Expression<Func<ScreeningProgramme, bool>> organisedAbove = p => above.Contains(p.Unit!.Path);
        var param = within.Parameters[0];
        var body = Expression.OrElse(within.Body, new ReplaceParameter(organisedAbove.Parameters[0], param).Visit(organisedAbove.Body));
        return programmes.Where(Expression.Lambda<Func<ScreeningProgramme, bool>>(body, param));
    }

    /// <summary>The children of programmes, by the unit of the child when added.</summary>
    public static IQueryable<ProgrammeChild> VisibleTo(this IQueryable<ProgrammeChild> records, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        return s.All ? records : records.Where(PathIn<ProgrammeChild>(r => r.Unit!.Path, s));
    }

    public static IQueryable<CareNeed> VisibleTo(this IQueryable<CareNeed> needs, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        return s.All ? needs : needs.Where(PathIn<CareNeed>(n => n.Unit!.Path, s));
    }

    public static IQueryable<CareGiver> VisibleTo(this IQueryable<CareGiver> givers, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        return s.All ? givers : givers.Where(PathIn<CareGiver>(g => g.Unit!.Path, s));
    }

    public static IQueryable<CarePlacement> VisibleTo(this IQueryable<CarePlacement> placements, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        return s.All ? placements : placements.Where(PathIn<CarePlacement>(p => p.Unit!.Path, s));
    }

    /// <summary>The paths strictly above the scope's units ("/64/633/23944/" gives "/64/" and "/64/633/").</summary>
    private static List<string> Ancestors(UserScope scope)
    {
        var result = new List<string>();
        foreach (var path in scope.Paths)
        {
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var prefix = "/";
            for (var i = 0; i < parts.Length - 1; i++)
            {
                prefix += parts[i] + "/";
                if (!result.Contains(prefix, StringComparer.Ordinal)) result.Add(prefix);
            }
        }
        return result;
    }
}
