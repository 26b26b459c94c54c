using System.Text;

namespace Civitas.Platform.Documents.Pdf;

/// <summary>A run of one style on a line, drawn with one DrawString (spaces included, so text
/// extraction reads the words as they were written).</summary>
internal sealed class PdfTextSegment(TextStyle style, double x)
{
    public StringBuilder Text { get; } = new();
    public TextStyle Style { get; } = style;
    public double X { get; } = x;
    public double Width { get; set; }
}
