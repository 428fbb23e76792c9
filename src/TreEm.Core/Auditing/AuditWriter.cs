using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace TreEm.Auditing;

/// <summary>
/// Turns the changes of one SaveChanges into audit rows and saves them in the same transaction: the entities
/// are saved first (so generated keys are known), then the audit rows, then the transaction commits. If either
/// step fails, nothing of the two is kept.
/// </summary>
internal sealed class AuditWriter(DbContext db, IAuditActor actor, TimeProvider time)
{
    // Secrets never reach the audit log; that a secret changed is still recorded.
    private static readonly HashSet<string> Masked = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash",
    };

    private readonly List<AuditEntry> _reads = [];

    public void AddRead(string entity, string key, int? unitId) =>
        _reads.Add(NewEntry(entity, key, unitId, AuditAction.Read, null, null));

    public int SaveChanges(bool accept, Func<bool, int> save)
    {
        var pending = Capture();
        if (pending.Count == 0) return SaveReads(accept, save);
        var ownTx = db.Database.CurrentTransaction is null ? db.Database.BeginTransaction() : null;
        try
        {
            var count = save(accept);
            AddEntries(pending);
            save(accept);
            ownTx?.Commit();
            actor.Reason = null;
            return count;
        }
        finally
        {
            ownTx?.Dispose();
        }
    }

    public async Task<int> SaveChangesAsync(bool accept, Func<bool, CancellationToken, Task<int>> save, CancellationToken ct)
    {
        var pending = Capture();
        if (pending.Count == 0) return await SaveReadsAsync(accept, save, ct);
        IDbContextTransaction? ownTx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var count = await save(accept, ct);
            AddEntries(pending);
            await save(accept, ct);
            if (ownTx is not null) await ownTx.CommitAsync(ct);
            actor.Reason = null;
            return count;
        }
        finally
        {
            if (ownTx is not null) await ownTx.DisposeAsync();
        }
    }

    private int SaveReads(bool accept, Func<bool, int> save)
    {
        FlushReads();
        return save(accept);
    }

    private Task<int> SaveReadsAsync(bool accept, Func<bool, CancellationToken, Task<int>> save, CancellationToken ct)
    {
        FlushReads();
        return save(accept, ct);
    }

    private void FlushReads()
    {
        if (_reads.Count == 0) return;
        db.Set<AuditEntry>().AddRange(_reads);
        _reads.Clear();
    }

    private List<Pending> Capture()
    {
        db.ChangeTracker.DetectChanges();
        var list = new List<Pending>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
                continue;
            }
            switch (entry.State)
            {
                case EntityState.Added:
                    list.Add(new Pending(entry, AuditAction.Insert, null));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    if (changed.Count == 0) continue;
                    list.Add(new Pending(entry, AuditAction.Update, ToJson(changed.Select(p => (p.Metadata, p.OriginalValue))))
                    {
                        ChangedNames = changed.Select(p => p.Metadata.Name).ToHashSet(),
                    });
                    break;
                case EntityState.Deleted:
                    list.Add(new Pending(entry, AuditAction.Delete, ToJson(entry.Properties.Select(p => (p.Metadata, p.OriginalValue))))
                    {
                        Key = KeyOf(entry),
                        UnitId = (entry.Entity as IHasUnit)?.AuditUnitId,
                    });
                    break;
            }
        }
        return list;
    }

    private void AddEntries(List<Pending> pending)
    {
        foreach (var p in pending)
        {
            string? newValues = p.Action switch
            {
                AuditAction.Insert => ToJson(p.Entry.Properties.Select(x => (x.Metadata, x.CurrentValue))),
                AuditAction.Update => ToJson(p.Entry.Properties.Where(x => p.ChangedNames!.Contains(x.Metadata.Name))
                    .Select(x => (x.Metadata, x.CurrentValue))),
                _ => null,
            };
            var key = p.Key ?? KeyOf(p.Entry);
            var unitId = p.Action == AuditAction.Delete ? p.UnitId : (p.Entry.Entity as IHasUnit)?.AuditUnitId;
            db.Set<AuditEntry>().Add(NewEntry(p.Entry.Metadata.ClrType.Name, key, unitId, p.Action, p.OldValues, newValues));
        }
        FlushReads();
    }

    private AuditEntry NewEntry(string entity, string key, int? unitId, AuditAction action, string? oldValues, string? newValues) => new()
    {
        At = time.GetUtcNow().UtcDateTime,
        UserId = actor.UserId,
        UserName = actor.UserName,
        UnitId = unitId,
        Entity = entity,
        Key = key,
        Action = action,
        OldValues = oldValues,
        NewValues = newValues,
        Reason = actor.Reason,
    };

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        if (key is null) return "";
        return string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue ?? entry.Property(p.Name).OriginalValue, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string ToJson(IEnumerable<(Microsoft.EntityFrameworkCore.Metadata.IProperty Property, object? Value)> values)
    {
        var dict = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (property, value) in values)
        {
            var name = property.Name;
            // Case narratives are readable only by the people the law names; the audit log records that they
            // changed, not what they say (its readers include administrators).
            var sensitive = Masked.Contains(name) || property.PropertyInfo?.IsDefined(typeof(SensitiveTextAttribute), inherit: false) == true;
            dict[name] = sensitive && value is not null ? "***" : value;
        }
        return JsonSerializer.Serialize(dict, JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private sealed record Pending(EntityEntry Entry, AuditAction Action, string? OldValues)
    {
        public HashSet<string>? ChangedNames { get; init; }
        public string? Key { get; init; }
        public int? UnitId { get; init; }
    }
}
