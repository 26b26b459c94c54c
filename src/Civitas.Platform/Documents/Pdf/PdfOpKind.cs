namespace Civitas.Platform.Documents.Pdf;

internal enum PdfOpKind
{
    Text,
    Line,
    Fill,
    BeginElement,
    EndElement,
    BeginArtifact,
    EndArtifact,
}
