using Microsoft.EntityFrameworkCore;
using TreEm.Domain;
using TreEm.Domain.People;
using TreEm.Domain.Training;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>
/// Who was trained in a year and how well a unit's network is covered (SPEC §3.6, the plan's "every officer
/// trained"). A person is trained in year Y when they attended at least one session dated in Y, whoever organised
/// the course: a commune officer trained by the province counts for the commune. The people counted are those the
/// user sees (<c>db.People.VisibleTo(scope)</c>); the totals count officers (cán bộ tỉnh, huyện, xã) and
/// collaborators active on the last day of the year.
/// </summary>
public static class TrainingFigures
{
    /// <summary>A person of the network trained in the year: sessions attended and hours.</summary>
    public sealed record PersonTrained(int PersonId, string FullName, string UnitCode, string UnitName, PersonKind Kind, string Position,
        int Sessions, decimal Hours);

    /// <summary>One line of the coverage table: a unit's subtree (or, with <see cref="Own"/>, the people of the unit itself).</summary>
    public sealed record CoverageRow(string UnitCode, string UnitName, bool Own, int OfficersTrained, int Officers,
        int CollaboratorsTrained, int Collaborators)
    {
        public int? OfficerPercent => Percent(OfficersTrained, Officers);
        public int? CollaboratorPercent => Percent(CollaboratorsTrained, Collaborators);
        public int? TotalPercent => Percent(OfficersTrained + CollaboratorsTrained, Officers + Collaborators);
    }

    /// <summary>An active officer who attended no session in the year.</summary>
    public sealed record Untrained(int PersonId, string FullName, string UnitCode, string UnitName, PersonKind Kind, string Position);

    public sealed record Coverage(int Year, string UnitCode, string UnitName, List<CoverageRow> Rows, CoverageRow Total, List<Untrained> UntrainedOfficers);

    /// <summary>Share in whole percent, rounded half up; null when there is nobody to count.</summary>
    public static int? Percent(int part, int whole) =>
        whole == 0 ? null : (int)Math.Round(100m * part / whole, MidpointRounding.AwayFromZero);

    public static DateOnly YearStart(int year) => new(year, 1, 1);

    public static DateOnly YearEnd(int year) => new(year, 12, 31);

    /// <summary>Sessions attended and hours, per person of <paramref name="people"/>, for sessions dated in the year.</summary>
    public static async Task<Dictionary<int, (int Sessions, decimal Hours)>> AttendanceAsync(
        TreEmDbContext db, IQueryable<Person> people, int year, CancellationToken ct = default)
    {
        var first = YearStart(year);
        var last = YearEnd(year);
        var rows = await (
            from a in db.TrainingParticipants.AsNoTracking()
            join p in people on a.PersonId equals (int?)p.Id
            where a.Session!.Date >= first && a.Session.Date <= last
            select new { PersonId = p.Id, a.Session!.Hours }).ToListAsync(ct);
        // Hours are summed here: SQLite cannot sum decimals.
        return rows.GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(r => r.Hours)));
    }

    /// <summary>People of the network (visible to the user, under <paramref name="unitPath"/> when given) trained in the year, by name.</summary>
    public static async Task<List<PersonTrained>> TrainedInYearAsync(
        TreEmDbContext db, UserScope scope, int year, string? unitPath = null, CancellationToken ct = default)
    {
        var people = db.People.AsNoTracking().VisibleTo(scope);
        if (unitPath is not null) people = people.Where(p => p.Unit!.Path.StartsWith(unitPath));
        var attendance = await AttendanceAsync(db, people, year, ct);
        var ids = attendance.Keys.ToList();
        var found = await people.Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.NameSearch, UnitCode = p.Unit!.Code, UnitName = p.Unit.Name, p.Kind, p.Position })
            .ToListAsync(ct);
        return found.OrderBy(p => p.NameSearch, StringComparer.Ordinal).ThenBy(p => p.Id)
            .Select(p => new PersonTrained(p.Id, p.FullName, p.UnitCode, p.UnitName, p.Kind, p.Position,
                attendance[p.Id].Sessions, attendance[p.Id].Hours))
            .ToList();
    }

    /// <summary>
    /// Coverage of a unit's network in a year: one row for the people of the unit itself (when it has any), one per
    /// child unit (its whole subtree), the total, and the active officers not trained.
    /// </summary>
    public static async Task<Coverage> CoverageAsync(TreEmDbContext db, UserScope scope, OrgUnit unit, int year, CancellationToken ct = default)
    {
        var end = YearEnd(year);
        var people = db.People.AsNoTracking().VisibleTo(scope)
            .Where(p => p.Unit!.Path.StartsWith(unit.Path))
            .Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= end))
            .Where(p => p.Kind == PersonKind.CanBoTinh || p.Kind == PersonKind.CanBoHuyen || p.Kind == PersonKind.CanBoXa
                || p.Kind == PersonKind.CongTacVien);
        var attendance = await AttendanceAsync(db, people, year, ct);
        var active = await people
            .Select(p => new { p.Id, p.FullName, p.NameSearch, p.Kind, p.Position, UnitCode = p.Unit!.Code, UnitName = p.Unit.Name, UnitPath = p.Unit.Path })
            .ToListAsync(ct);
        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unit.Id)
            .OrderBy(u => u.Code).Select(u => new { u.Code, u.Name, u.Path }).ToListAsync(ct);

        CoverageRow Count(string code, string name, bool own, Func<string, bool> inRow)
        {
            var mine = active.Where(p => inRow(p.UnitPath)).ToList();
            var officers = mine.Where(p => TrainingRules.IsOfficer(p.Kind)).ToList();
            var collaborators = mine.Where(p => p.Kind == PersonKind.CongTacVien).ToList();
            return new CoverageRow(code, name, own,
                officers.Count(p => attendance.ContainsKey(p.Id)), officers.Count,
                collaborators.Count(p => attendance.ContainsKey(p.Id)), collaborators.Count);
        }

        var rows = new List<CoverageRow>();
        if (active.Any(p => p.UnitPath == unit.Path))
            rows.Add(Count(unit.Code, unit.Name, own: true, path => path == unit.Path));
        foreach (var c in children)
            rows.Add(Count(c.Code, c.Name, own: false, path => path.StartsWith(c.Path, StringComparison.Ordinal)));
        var total = Count(unit.Code, unit.Name, own: false, _ => true);
        var untrained = active.Where(p => TrainingRules.IsOfficer(p.Kind) && !attendance.ContainsKey(p.Id))
            .OrderBy(p => p.UnitPath, StringComparer.Ordinal).ThenBy(p => p.NameSearch, StringComparer.Ordinal)
            .Select(p => new Untrained(p.Id, p.FullName, p.UnitCode, p.UnitName, p.Kind, p.Position)).ToList();
        return new Coverage(year, unit.Code, unit.Name, rows, total, untrained);
    }
}
