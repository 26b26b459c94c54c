namespace Civitas.Platform.Documents;

/// <summary>Label–value pairs, e.g. an offeror's data. HTML renders a <c>dl</c>; PDF and DOCX a
/// two-column table whose first column is the row header.</summary>
/// <param name="Caption">What the pairs describe ("Dane oferenta"), or null when a heading just above says it.</param>
/// <param name="Rows">The pairs.</param>
public sealed record KeyValueBlock(string? Caption, IReadOnlyList<KeyValueRow> Rows) : DocumentBlock;
