using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.Cases;
using TreEm.Domain.Children;
using TreEm.Domain.People;
using TreEm.Domain.Support;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>
/// The one place where a user's scope becomes a query filter. Every query of scoped data goes through
/// <c>VisibleTo</c>; what it filters out does not exist for the user (404, absent from lists).
/// </summary>
public static partial class Scoping
{
    public static IQueryable<OrgUnit> VisibleTo(this IQueryable<OrgUnit> units, UserScope scope) =>
        units.Where(PathIn<OrgUnit>(u => u.Path, scope));

    /// <summary>Users who hold at least one role at a unit inside the scope.</summary>
    public static IQueryable<AppUser> VisibleTo(this IQueryable<AppUser> users, UserScope scope)
    {
        if (scope.All) return users;
        var inScope = PathIn<RoleAssignment>(r => r.Unit == null ? "" : r.Unit.Path, scope);
        return users.Where(u => u.Roles.AsQueryable().Any(inScope));
    }

    /// <summary>
    /// Children the user may read: those registered in a unit of their register scope, and those who moved out of
    /// one (the sending unit keeps read-only sight of the history). Merged duplicates are included: lists leave
    /// them out themselves.
    /// </summary>
    public static IQueryable<Child> VisibleTo(this IQueryable<Child> children, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        if (s.All) return children;
        var current = PathIn<Child>(c => c.Unit!.Path, s);
        var former = PathIn<ChildStatusChange>(h => h.FromUnit!.Path, s);
        var param = current.Parameters[0];
        // c => current(c) || c.StatusHistory.Any(former)
        var history = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(ChildStatusChange)],
            Expression.Property(param, nameof(Child.StatusHistory)), former);
        return children.Where(Expression.Lambda<Func<Child, bool>>(Expression.OrElse(current.Body, history), param));
    }

    /// <summary>Children the user may change: those registered now in a unit of their register-write scope.</summary>
    public static IQueryable<Child> ManagedBy(this IQueryable<Child> children, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterWrite);
        return s.All ? children : children.Where(PathIn<Child>(c => c.Unit!.Path, s));
    }

    /// <summary>
    /// Cases the user may find: those of the units in their case scope, the intakes a hotline user recorded, and
    /// for a partner user the cases referred to their agency. What they may see of each is <see cref="CaseAccess"/>.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, UserScope scope)
    {
        var s = scope.For(Capabilities.CaseList);
        if (s.All) return cases;
        var unit = PathIn<Case>(c => c.Unit!.Path, s);
        var param = unit.Parameters[0];
        var body = unit.Body;
        if (scope.Has(Role.Hotline) && scope.UserId is not null)
        {
            var holder = new PrefixHolder(scope.UserId);
            body = Expression.OrElse(body, Expression.Equal(
                Expression.Property(param, nameof(Case.CreatedByUserId)),
                Expression.Property(Expression.Constant(holder), nameof(PrefixHolder.Prefix))));
        }
        if (scope.Has(Role.Partner) && scope.PartnerAgencyId is { } agency)
        {
            Expression<Func<Case, bool>> referred = c => c.Referrals.Any(r => r.AgencyId == agency);
            body = Expression.OrElse(body, new ReplaceParameter(referred.Parameters[0], param).Visit(referred.Body));
        }
        return cases.Where(Expression.Lambda<Func<Case, bool>>(body, param));
    }

    /// <summary>Roles that receive notices at their unit: supervisors (escalated case steps) and the officers who
    /// write the unit's reports (report reminders).</summary>
    public static readonly IReadOnlySet<Role> NoticeRoles = Capabilities.CaseSupervision.Union(Capabilities.ReportWrite).ToHashSet();

    /// <summary>Notices addressed to a unit where the user holds a notice role (not those of the units below).</summary>
    public static IQueryable<Notification> AddressedTo(this IQueryable<Notification> notices, UserScope scope)
    {
        var s = scope.For(NoticeRoles);
        if (s.All) return notices;
        var paths = s.Paths.ToList();
        return notices.Where(n => paths.Contains(n.Unit!.Path));
    }

    /// <summary>Support records of the units in the user's register scope (where the child lived when supported).</summary>
    public static IQueryable<SupportRecord> VisibleTo(this IQueryable<SupportRecord> records, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        return s.All ? records : records.Where(PathIn<SupportRecord>(r => r.Unit!.Path, s));
    }

    public static IQueryable<SupportCampaign> VisibleTo(this IQueryable<SupportCampaign> campaigns, UserScope scope)
    {
        var s = scope.For(Capabilities.ChildRegisterRead);
        return s.All ? campaigns : campaigns.Where(PathIn<SupportCampaign>(c => c.Unit!.Path, s));
    }

    /// <summary>Funds held by a unit inside the user's scope (the province fund for province users).</summary>
    public static IQueryable<ChildFund> VisibleTo(this IQueryable<ChildFund> funds, UserScope scope)
    {
        var s = scope.For(Capabilities.FundRead);
        return s.All ? funds : funds.Where(PathIn<ChildFund>(f => f.Unit!.Path, s));
    }

    /// <summary>Officers and collaborators of the units in the user's activity scope.</summary>
    public static IQueryable<Person> VisibleTo(this IQueryable<Person> people, UserScope scope)
    {
        var s = scope.For(Capabilities.ActivityRead);
        return s.All ? people : people.Where(PathIn<Person>(p => p.Unit!.Path, s));
    }

    /// <summary>Units where the user may register children (their register-write scope).</summary>
    public static IQueryable<OrgUnit> WhereChildrenCanBeRegisteredBy(this IQueryable<OrgUnit> units, UserScope scope) =>
        units.VisibleTo(scope.For(Capabilities.ChildRegisterWrite));

    /// <summary>
    /// Builds <c>x => path(x).StartsWith(p1) || path(x).StartsWith(p2) ...</c>: a prefix match on the
    /// materialised path translates to an indexable LIKE on SQLite and PostgreSQL alike.
    /// </summary>
    public static Expression<Func<T, bool>> PathIn<T>(Expression<Func<T, string>> path, UserScope scope)
    {
        if (scope.All) return _ => true;
        if (scope.Paths.Count == 0) return _ => false;
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        Expression? body = null;
        foreach (var p in scope.Paths)
        {
            // A closure keeps each prefix a query parameter rather than a literal.
            var holder = new PrefixHolder(p);
            var prefix = Expression.Property(Expression.Constant(holder), nameof(PrefixHolder.Prefix));
            var call = Expression.Call(path.Body, startsWith, prefix);
            body = body is null ? call : Expression.OrElse(body, call);
        }
        return Expression.Lambda<Func<T, bool>>(body!, path.Parameters);
    }

    /// <summary>Finds one unit by code inside the scope, or null (the caller answers 404).</summary>
    public static Task<OrgUnit?> FindVisibleAsync(this IQueryable<OrgUnit> units, UserScope scope, string code, CancellationToken ct = default) =>
        units.VisibleTo(scope).Include(u => u.Type).FirstOrDefaultAsync(u => u.Code == code, ct);

    private sealed record PrefixHolder(string Prefix);

    private sealed class ReplaceParameter(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
