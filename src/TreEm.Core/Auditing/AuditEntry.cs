namespace TreEm.Auditing;

public enum AuditAction
{
    Insert = 1,
    Update = 2,
    Delete = 3,
    /// <summary>A person opened the details of a sensitive record.</summary>
    Read = 4,

    /// <summary>A person exported a list (what was exported is in the key and new values).</summary>
    Export = 5,
}

/// <summary>One row of the audit log. Append-only: the application has no way to change or delete one.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }

    /// <summary>The sign-in name at the time, kept even if the user is renamed.</summary>
    public string UserName { get; set; } = "";

    /// <summary>The unit the record belongs to, where it has one (for filtering by unit).</summary>
    public int? UnitId { get; set; }

    public string Entity { get; set; } = "";
    public string Key { get; set; } = "";
    public AuditAction Action { get; set; }

    /// <summary>JSON object of changed properties before the change (null for inserts and reads).</summary>
    public string? OldValues { get; set; }

    /// <summary>JSON object of changed properties after the change (null for deletes and reads).</summary>
    public string? NewValues { get; set; }

    public string? Reason { get; set; }
}
