namespace Civitas.Platform.Documents.Pdf;

/// <summary>One laid-out line: segments at offsets from the line's left edge.</summary>
internal sealed class PdfTextLine
{
    public List<PdfTextSegment> Segments { get; } = [];
    public double Width { get; set; }
    public bool IsEmpty => Segments.Count == 0;
}
