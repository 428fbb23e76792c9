using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;

namespace TreEm.Web.Pages.Children;

/// <summary>Everything the details page shows of one child the user may read, or null (404).</summary>
public static class ChildDetailsQuery
{
    public sealed record ClassificationRow(int Id, ClassificationKind Kind, string Code, string Name, string? SubgroupCode,
        string? SubgroupName, DateOnly Start, DateOnly? End, string? Note);

    public sealed record HistoryRow(DateOnly On, ChildStatus Status, string FromUnit, string? ToUnit, string? Reason, string UserName, DateTime At);

    public sealed class Result
    {
        public required Child Child { get; init; }
        public required string EthnicityName { get; init; }
        public required ChildUnits.Place Place { get; init; }

        /// <summary>The user may change the record (it is registered now in their write scope).</summary>
        public required bool CanWrite { get; init; }

        /// <summary>The user sees the record only because it moved out of one of their units.</summary>
        public required bool MovedAway { get; init; }

        public required int Age { get; init; }
        public required List<ClassificationRow> Current { get; init; }
        public required List<ClassificationRow> Past { get; init; }
        public required List<HistoryRow> History { get; init; }

        /// <summary>For a merged record: the survivor, and whether the user may open it.</summary>
        public int? MergedIntoId { get; init; }
        public bool MergedIntoVisible { get; init; }
    }

    public static async Task<Result?> LoadAsync(TreEmDbContext db, UserScope scope, int id, DateOnly today, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().VisibleTo(scope)
            .Include(c => c.Ethnicity)
            .Include(c => c.Caregivers)
            .Include(c => c.Classifications).ThenInclude(x => x.Group)
            .Include(c => c.Classifications).ThenInclude(x => x.Subgroup)
            .Include(c => c.Classifications).ThenInclude(x => x.AtRisk)
            .Include(c => c.StatusHistory)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return null;

        var places = await ChildUnits.PlacesAsync(db,
            child.StatusHistory.SelectMany(h => new[] { h.FromUnitId, h.ToUnitId ?? h.FromUnitId }).Append(child.UnitId), ct);
        var place = places[child.UnitId];
        var canWrite = await db.Children.ManagedBy(scope).AnyAsync(c => c.Id == id, ct);
        var movedAway = !canWrite && !scope.For(Capabilities.ChildRegisterRead).Covers(place.Path);

        var rows = child.Classifications
            .Select(x => x.Kind == ClassificationKind.SpecialCircumstance
                ? new ClassificationRow(x.Id, x.Kind, x.GroupCode ?? "", x.Group is { } g ? ChildText.Name(g.Name, g.NameEn) : x.GroupCode ?? "",
                    x.SubgroupCode, x.Subgroup?.Name, x.StartDate, x.EndDate, x.Note)
                : new ClassificationRow(x.Id, x.Kind, x.AtRiskCode ?? "", x.AtRisk is { } a ? ChildText.Name(a.Name, a.NameEn) : x.AtRiskCode ?? "",
                    null, null, x.StartDate, x.EndDate, x.Note))
            .OrderBy(r => r.Kind).ThenBy(r => r.Code, StringComparer.Ordinal).ThenByDescending(r => r.Start)
            .ToList();
        bool IsPast(ClassificationRow r) => r.End is { } end && end <= today;

        var mergedVisible = child.MergedIntoId is { } survivor && await db.Children.VisibleTo(scope).AnyAsync(c => c.Id == survivor, ct);
        return new Result
        {
            Child = child,
            EthnicityName = child.Ethnicity?.Name ?? child.EthnicityCode,
            Place = place,
            CanWrite = canWrite && child.MergedIntoId is null,
            MovedAway = movedAway,
            Age = child.AgeOn(today),
            Current = rows.Where(r => !IsPast(r)).ToList(),
            Past = rows.Where(IsPast).OrderByDescending(r => r.End).ToList(),
            History = child.StatusHistory
                .OrderByDescending(h => h.On).ThenByDescending(h => h.At).ThenByDescending(h => h.Id)
                .Select(h => new HistoryRow(h.On, h.Status, places.GetValueOrDefault(h.FromUnitId)?.Text ?? "",
                    h.ToUnitId is { } to ? places.GetValueOrDefault(to)?.Text : null, h.Reason, h.UserName, h.At))
                .ToList(),
            MergedIntoId = child.MergedIntoId,
            MergedIntoVisible = mergedVisible,
        };
    }
}
