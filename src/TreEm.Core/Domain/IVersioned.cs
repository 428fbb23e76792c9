namespace TreEm.Domain;

/// <summary>
/// A record people edit: its version is checked and incremented by every save, so a stale edit is refused
/// (DbUpdateConcurrencyException) instead of silently overwriting someone else's change. Works alike on SQLite
/// and PostgreSQL, which have no common row-version column.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
