namespace Civitas.Platform.Documents.Pdf;

/// <summary>The /Scope attribute of a table header cell: what it heads.</summary>
internal enum PdfScope
{
    None,
    Column,
    Row,
}
