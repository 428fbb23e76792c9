using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TreEm.Auditing;
using TreEm.Domain.Children;
using TreEm.Security;

namespace TreEm.Data;

/// <summary>
/// Merges a duplicate record into the record that survives, and undoes such a merge. Both histories are kept:
/// the merged record stays (out of lists, with <see cref="Child.MergedIntoId"/> set) and its classifications move to
/// the survivor; which ones moved is written in <see cref="ChildMerge.MovedRecords"/> so that an administrator can
/// move them back. Each action is one audited SaveChanges carrying the user's reason.
/// </summary>
public sealed class ChildMergeCommand(TreEmDbContext db, IAuditActor actor, TimeProvider time)
{
    public const int MaxReasonLength = 500;

    /// <summary>Whether the user holds a role that merges records (district, province officers, administrators).</summary>
    public static bool CanMerge(UserScope scope)
    {
        var s = scope.For(Capabilities.ChildMerge);
        return s.All || s.Paths.Count > 0;
    }

    /// <summary>Records the user may merge: visible to them and registered in a unit where they hold a merge role.</summary>
    public static IQueryable<Child> Mergeable(IQueryable<Child> children, UserScope scope) =>
        children.VisibleTo(scope).ManagedBy(scope.For(Capabilities.ChildMerge));

    /// <summary>
    /// Merges <paramref name="mergedId"/> into <paramref name="survivorId"/>. Null when either record is outside what
    /// the user may merge (the caller answers 404); a refused merge throws <see cref="ChildRuleException"/>.
    /// </summary>
    public async Task<ChildMerge?> MergeAsync(UserScope scope, int survivorId, int mergedId, string? reason, DateOnly today, CancellationToken ct = default)
    {
        if (!CanMerge(scope)) throw new ChildRuleException("Chỉ cán bộ cấp huyện, cấp tỉnh và quản trị hệ thống được gộp hồ sơ trùng.");
        var why = CheckReason(reason);
        if (survivorId == mergedId) throw new ChildRuleException("Hãy chọn hai hồ sơ khác nhau.");
        var pair = await Mergeable(db.Children, scope)
            .Where(c => c.Id == survivorId || c.Id == mergedId)
            .Include(c => c.Classifications)
            .AsSplitQuery()
            .ToListAsync(ct);
        var survivor = pair.FirstOrDefault(c => c.Id == survivorId);
        var merged = pair.FirstOrDefault(c => c.Id == mergedId);
        if (survivor is null || merged is null) return null;
        if (survivor.MergedIntoId is not null || merged.MergedIntoId is not null)
            throw new ChildRuleException("Một trong hai hồ sơ đã được gộp vào hồ sơ khác.");

        var now = time.GetUtcNow().UtcDateTime;
        var moved = merged.Classifications.ToList();
        foreach (var x in moved)
        {
            x.Child = survivor;
            x.ChildId = survivor.Id;
        }
        // Support records (issue 4) will move here too, and be listed in MovedRecords beside the classifications.
        merged.MergedIntoId = survivor.Id;
        merged.UpdatedAt = now;
        survivor.UpdatedAt = now;
        Note(merged, today, now, $"Gộp vào hồ sơ #{survivor.Id}. Lý do: {why}");
        Note(survivor, today, now, $"Nhận hồ sơ trùng #{merged.Id} gộp vào. Lý do: {why}");
        var merge = new ChildMerge
        {
            SurvivorId = survivor.Id,
            MergedId = merged.Id,
            Reason = why,
            At = now,
            UserName = actor.UserName,
            MovedRecords = JsonSerializer.Serialize(new MovedRecords(moved.Select(x => x.Id).Order().ToList()), Json),
        };
        db.ChildMerges.Add(merge);
        actor.Reason = why;
        await db.SaveChangesAsync(ct);
        return merge;
    }

    /// <summary>
    /// Undoes a merge (administrators only): the recorded classifications go back, the merged record returns to the
    /// lists. Null when the merge does not exist; a refused undo throws <see cref="ChildRuleException"/>.
    /// </summary>
    public async Task<ChildMerge?> UndoAsync(UserScope scope, int mergeId, string? reason, DateOnly today, CancellationToken ct = default)
    {
        if (!scope.All) throw new ChildRuleException("Chỉ quản trị hệ thống được hoàn tác việc gộp hồ sơ.");
        var why = CheckReason(reason);
        var merge = await db.ChildMerges.FirstOrDefaultAsync(m => m.Id == mergeId, ct);
        if (merge is null) return null;
        if (merge.UndoneAt is not null)
            throw new ChildRuleException("Lần gộp này đã được hoàn tác trước đó.");
        var pair = await db.Children.VisibleTo(scope)
            .Where(c => c.Id == merge.SurvivorId || c.Id == merge.MergedId)
            .Include(c => c.Classifications)
            .AsSplitQuery()
            .ToListAsync(ct);
        var survivor = pair.FirstOrDefault(c => c.Id == merge.SurvivorId);
        var merged = pair.FirstOrDefault(c => c.Id == merge.MergedId);
        if (survivor is null || merged is null) return null;
        if (survivor.MergedIntoId is { } next)
            throw new ChildRuleException($"Hồ sơ giữ lại #{survivor.Id} đã được gộp tiếp vào hồ sơ #{next}: hãy hoàn tác lần gộp đó trước.");
        if (merged.MergedIntoId != survivor.Id)
            throw new ChildRuleException("Hồ sơ bị gộp không còn gắn với hồ sơ giữ lại.");

        var ids = ReadMoved(merge.MovedRecords).Classifications.ToHashSet();
        var now = time.GetUtcNow().UtcDateTime;
        // Only what is still on the survivor goes back; classifications added to it since the merge stay.
        foreach (var x in survivor.Classifications.Where(x => ids.Contains(x.Id)).ToList())
        {
            x.Child = merged;
            x.ChildId = merged.Id;
        }
        merged.MergedIntoId = null;
        merged.UpdatedAt = now;
        survivor.UpdatedAt = now;
        Note(merged, today, now, $"Hoàn tác việc gộp vào hồ sơ #{survivor.Id}. Lý do: {why}");
        Note(survivor, today, now, $"Hoàn tác việc gộp hồ sơ #{merged.Id}. Lý do: {why}");
        merge.UndoneAt = now;
        merge.UndoneBy = actor.UserName;
        actor.Reason = why;
        await db.SaveChangesAsync(ct);
        return merge;
    }

    private static string CheckReason(string? reason)
    {
        var why = reason?.Trim() ?? "";
        if (why.Length == 0) throw new ChildRuleException("Vui lòng nhập lý do.");
        if (why.Length > MaxReasonLength) throw new ChildRuleException("Lý do dài tối đa 500 ký tự.");
        return why;
    }

    /// <summary>A history row that records the merge without changing the status or the unit (no new sight for anyone).</summary>
    private void Note(Child child, DateOnly today, DateTime now, string text) => child.StatusHistory.Add(new ChildStatusChange
    {
        ChildId = child.Id,
        Status = child.Status,
        On = today,
        FromUnitId = child.UnitId,
        Reason = text.Length <= 500 ? text : text[..499] + "…",
        At = now,
        UserName = actor.UserName,
    });

    /// <summary>The content of <see cref="ChildMerge.MovedRecords"/>: <c>{"classifications":[ids]}</c>.</summary>
    public sealed record MovedRecords(List<int> Classifications);

    public static MovedRecords ReadMoved(string json) =>
        JsonSerializer.Deserialize<MovedRecords>(json, Json) is { Classifications: not null } m ? m : new MovedRecords([]);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
