namespace Civitas.Platform.Documents;

/// <summary>A data table: a header row, rows of text cells and an optional total row. Long cell text
/// wraps; in PDF and DOCX the header row repeats on every page the table spans.</summary>
/// <param name="Caption">What the table shows ("Zestawienie kosztów"); the table's accessible name.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows; each has exactly one cell per column. Cells are formatted text
/// (format amounts with the document's culture before adding them).</param>
/// <param name="TotalRow">A closing row of totals (one cell per column), or null.</param>
public sealed record TableBlock(
    string Caption,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string>? TotalRow = null) : DocumentBlock;
