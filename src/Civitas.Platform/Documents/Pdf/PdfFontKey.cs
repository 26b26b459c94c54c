namespace Civitas.Platform.Documents.Pdf;

/// <summary>A face and size of the document font.</summary>
internal readonly record struct PdfFontKey(TextStyle Style, double Size);
