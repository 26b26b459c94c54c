namespace Civitas.Platform.Documents;

/// <summary>A column of a <see cref="TableBlock"/>.</summary>
/// <param name="Header">The header cell's text.</param>
/// <param name="Width">Relative width: the column gets <c>Width / sum of widths</c> of the table's width.</param>
/// <param name="Alignment">Alignment of the column's cells.</param>
public sealed record TableColumn(string Header, double Width = 1, ColumnAlignment Alignment = ColumnAlignment.Left);
