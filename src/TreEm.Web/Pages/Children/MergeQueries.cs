using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TreEm.Data;
using TreEm.Domain.Children;
using TreEm.Security;
using TreEm.Web.Hosting;

namespace TreEm.Web.Pages.Children;

/// <summary>One of the two records shown side by side on the merge page, written for people.</summary>
public sealed record MergeSide(
    int Id, string FullName, string Birth, string Sex, string Ethnicity, string? IdentityNumber, string Unit, string? Address,
    IReadOnlyList<string> Caregivers, IReadOnlyList<string> Groups, IReadOnlyList<string> AtRisk, string Status,
    int? MergedIntoId, int ClassificationCount, DateTime CreatedAt, DateTime UpdatedAt);

/// <summary>A likely duplicate of the child that the user may merge.</summary>
public sealed record MergeCandidate(int Id, string FullName, string Birth, string Unit, string Reason);

/// <summary>Reads for the merge pages; every one goes through the merge scope (<see cref="ChildMergeCommand.Mergeable"/>).</summary>
public static class MergeQueries
{
    private static bool English => CultureInfo.CurrentUICulture.Name == "en-US";

    public static async Task<MergeSide?> SideAsync(TreEmDbContext db, UserScope scope, int id, DateOnly today, CancellationToken ct)
    {
        var c = await ChildMergeCommand.Mergeable(db.Children.AsNoTracking(), scope)
            .Include(x => x.Unit)
            .Include(x => x.Ethnicity)
            .Include(x => x.Caregivers)
            .Include(x => x.Classifications).ThenInclude(x => x.Group)
            .Include(x => x.Classifications).ThenInclude(x => x.AtRisk)
            .AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return null;
        var en = English;
        var current = c.Classifications.Where(x => x.IsCurrentOn(today)).OrderBy(x => x.StartDate).ToList();
        return new MergeSide(
            c.Id, c.FullName, Birth(c), ChildLabels.Sex(c.Sex, en), c.Ethnicity?.Name ?? c.EthnicityCode, c.IdentityNumber,
            c.Unit?.Name ?? "", c.Address,
            c.Caregivers.OrderBy(g => g.Id).Select(g =>
                $"{ChildLabels.Relation(g.Relation, en)}: {g.FullName}" + (g.BirthYear is { } y ? $" ({y})" : "")).ToList(),
            current.Where(x => x.Kind == ClassificationKind.SpecialCircumstance)
                .Select(x => $"{x.GroupCode}. {(en ? x.Group?.NameEn : x.Group?.Name)}").ToList(),
            current.Where(x => x.Kind == ClassificationKind.AtRisk)
                .Select(x => en ? x.AtRisk?.NameEn ?? x.AtRiskCode ?? "" : x.AtRisk?.Name ?? x.AtRiskCode ?? "").ToList(),
            ChildLabels.Status(c.Status, en), c.MergedIntoId, c.Classifications.Count, c.CreatedAt, c.UpdatedAt);
    }

    /// <summary>Likely duplicates of the child (the register's rules, over the province) that the user may merge.</summary>
    public static async Task<List<MergeCandidate>> CandidatesAsync(TreEmDbContext db, UserScope scope, int id, CancellationToken ct)
    {
        var child = await db.Children.AsNoTracking().Include(c => c.Caregivers).Include(c => c.Unit)
            .FirstOrDefaultAsync(c => c.Id == id, ct);
        if (child is null) return [];
        var found = await DuplicateFinder.FindAsync(db, ChildDraft.From(child, child.Unit!.Code), child.Id, ct);
        var reasons = found.ToDictionary(f => f.ChildId, f => f.Reason);
        var ids = reasons.Keys.ToList();
        var rows = await ChildMergeCommand.Mergeable(db.Children.AsNoTracking(), scope)
            .Where(c => ids.Contains(c.Id))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.FullName, c.DateOfBirth, c.BirthYear, UnitName = c.Unit!.Name })
            .ToListAsync(ct);
        return rows.Select(r => new MergeCandidate(
                r.Id, r.FullName, r.DateOfBirth is { } d ? Display.Date(d) : r.BirthYear.ToString(CultureInfo.InvariantCulture),
                r.UnitName, DuplicateRules.Describe(reasons[r.Id])))
            .ToList();
    }

    private static string Birth(Child c) => c.DateOfBirth is { } d
        ? Display.Date(d)
        : (English ? "born about " : "năm sinh ước tính ") + c.BirthYear.ToString(CultureInfo.InvariantCulture);
}
