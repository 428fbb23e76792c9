namespace TreEm.Domain.Importing;

public enum ImportJobStatus
{
    /// <summary>Uploaded, waiting for the background worker.</summary>
    Queued = 1,
    Running = 2,
    /// <summary>Finished: a dry run with its findings, or a commit with what was written.</summary>
    Completed = 3,
    Failed = 4,
}

/// <summary>
/// One import of a spreadsheet, run in the background so that a large file neither blocks the server nor times out
/// the browser; the page polls <see cref="ProcessedRows"/> for progress. The uploaded file is kept in the data folder
/// until the job ends.
/// </summary>
public class ImportJob
{
    public Guid Id { get; set; }

    /// <summary>What is imported: "children", later others.</summary>
    public string Kind { get; set; } = "";
    public string FileName { get; set; } = "";

    /// <summary>Path of the stored upload, relative to the data folder.</summary>
    public string StoredFile { get; set; } = "";
    public bool DryRun { get; set; }
    public ImportJobStatus Status { get; set; }
    public string UserId { get; set; } = "";
    public string UserName { get; set; } = "";

    /// <summary>The unit the import was started from (its subtree bounds what the file may touch).</summary>
    public int? UnitId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public int TotalRows { get; set; }
    public int ProcessedRows { get; set; }
    public int CreatedRows { get; set; }
    public int UpdatedRows { get; set; }
    public int UnchangedRows { get; set; }
    public int ErrorRows { get; set; }

    /// <summary>Detected legacy encoding of the text ("TCVN3", "VNI") when the file was converted, else null.</summary>
    public string? ConvertedFrom { get; set; }

    /// <summary>JSON: the per-row findings (row, column, reason) and the rows that would be created or updated.</summary>
    public string? ResultJson { get; set; }

    /// <summary>A message for the whole file (unreadable, too large...).</summary>
    public string? Message { get; set; }
}
