namespace TreEm.Domain.Importing;

/// <summary>One data row of an imported file, its cells by template column, already in Unicode.</summary>
public sealed record ChildImportRow(int Row, IReadOnlyDictionary<ChildColumn, string> Cells);

public enum ImportRowAction
{
    Create = 1,
    Update = 2,
    Unchanged = 3,
}

/// <summary>A row that is (or would be) written: what happens to it.</summary>
public sealed record ImportPreviewRow(int Row, ImportRowAction Action, string FullName, string Birth, string UnitCode, int? ChildId);

/// <summary>A converted cell, before and after, to show the user what the conversion did.</summary>
public sealed record ConversionSample(string Before, string After);

/// <summary>
/// What an import found and did, stored as JSON with the job. The per-row findings and the preview are capped
/// (<see cref="MaxFindings"/>, <see cref="MaxPreview"/>); the counts are always complete.
/// </summary>
public sealed class ChildImportReport
{
    public const int MaxFindings = 5000;
    public const int MaxPreview = 200;

    public int HeaderRow { get; set; } = 1;
    public int TotalRows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int ErrorRows { get; set; }

    /// <summary>All findings, including those beyond the cap.</summary>
    public int FindingCount { get; set; }
    public List<ImportFinding> Findings { get; set; } = [];
    public List<ImportPreviewRow> Preview { get; set; } = [];

    /// <summary>"TCVN3", "VNI", "Windows-1258" when the text was converted.</summary>
    public string? ConvertedFrom { get; set; }
    public int ConvertedCells { get; set; }
    public List<ConversionSample> ConversionSamples { get; set; } = [];

    /// <summary>Headers of the file that are not template columns (their cells are not read).</summary>
    public List<string> IgnoredColumns { get; set; } = [];

    public bool FindingsTruncated => FindingCount > Findings.Count;

    public void AddFinding(ImportFinding finding)
    {
        FindingCount++;
        if (Findings.Count < MaxFindings) Findings.Add(finding);
    }

    public void AddPreview(ImportPreviewRow row)
    {
        if (Preview.Count < MaxPreview) Preview.Add(row);
    }
}
